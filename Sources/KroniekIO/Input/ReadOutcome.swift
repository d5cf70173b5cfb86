import KroniekCore

/// One input's text, ready for a reader.
public struct SourceText: Sendable {
    public var text: String
    /// Path, `-` or other label for messages and `DocumentMetadata.origin`.
    public var origin: String
    /// The id for a document whose format has no id: the file's base name.
    public var defaultID: String

    public init(text: String, origin: String, defaultID: String) {
        self.text = text; self.origin = origin; self.defaultID = defaultID
    }

    /// The id of the `index`-th (0-based) of several records without their own id.
    func recordID(_ index: Int) -> String { "\(defaultID)#\(index + 1)" }
}

/// What reading one input gave. An input with errors has failed, but the documents
/// read before (or besides) the error are kept: a bad line in a JSON Lines file does
/// not lose the good ones.
public struct ReadOutcome: Sendable {
    public let origin: String
    public var documents: [Document] = []
    public var warnings: [InputError] = []
    public var errors: [InputError] = []
    /// Records found but not made into documents, each with the reason.
    public var skipped: [SkippedRecord] = []

    public init(origin: String) { self.origin = origin }

    public var failed: Bool { !errors.isEmpty }
}

/// A record of a multi-record input that was found and left out on purpose (not an
/// error), so the run can say how many and why.
public struct SkippedRecord: Sendable {
    public let id: String
    public let reason: String

    public init(id: String, reason: String) { self.id = id; self.reason = reason }
}

/// A reader of one input format.
protocol DocumentReader: Sendable {
    /// Adds the documents of `source` to `outcome`; throws the error that stops the input.
    func read(_ source: SourceText, into outcome: inout ReadOutcome) throws(InputError)
}
