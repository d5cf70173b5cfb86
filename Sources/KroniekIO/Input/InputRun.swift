import KroniekCore

/// Reads every input of a command-line run, one at a time, and keeps the tally for
/// the closing summary. Inputs are independent: a failure in one never stops the next.
public struct InputRun: Sendable {
    public let arguments: [String]
    public let loader: DocumentLoader
    public private(set) var summary = RunSummary()

    /// `arguments` as given on the command line (`-` for standard input);
    /// `format` forces one reader for all of them.
    public init(arguments: [String], format: InputFormat?) {
        self.arguments = arguments
        self.loader = DocumentLoader(format: format)
    }

    /// Calls `handle` with each input's outcome, in argument order. Arguments that name
    /// nothing readable come first, as failed outcomes without documents.
    public mutating func forEachOutcome<E: Error>(_ handle: (ReadOutcome) throws(E) -> Void) throws(E) {
        let (items, failures) = InputPaths(takeAllFiles: loader.format != nil).expand(arguments)
        for failure in failures {
            var outcome = ReadOutcome(origin: failure.origin)
            outcome.errors.append(failure)
            summary.add(outcome)
            try handle(outcome)
        }
        for item in items {
            let outcome = loader.load(item)
            summary.add(outcome)
            try handle(outcome)
        }
    }
}

/// The closing line of a run: "3 inputs read (12 documents), 1 failed: bad.json".
public struct RunSummary: Sendable, CustomStringConvertible {
    public private(set) var inputs = 0
    public private(set) var documents = 0
    public private(set) var warnings = 0
    public private(set) var failedOrigins: [String] = []
    /// Records left out on purpose, counted by reason.
    public private(set) var skippedRecords: [String: Int] = [:]

    public init() {}

    public mutating func add(_ outcome: ReadOutcome) {
        inputs += 1
        documents += outcome.documents.count
        warnings += outcome.warnings.count
        for record in outcome.skipped { skippedRecords[record.reason, default: 0] += 1 }
        if outcome.failed { failedOrigins.append(outcome.origin) }
    }

    public var anyFailed: Bool { !failedOrigins.isEmpty }

    public var description: String {
        var s = "\(counted(inputs, "input")) read (\(counted(documents, "document"))"
        if !skippedRecords.isEmpty {
            let reasons = skippedRecords.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            s += "; \(counted(skippedRecords.values.reduce(0, +), "record")) skipped: " + reasons.joined(separator: ", ")
        }
        s += ")"
        if warnings > 0 { s += ", \(counted(warnings, "warning"))" }
        if anyFailed { s += ", \(failedOrigins.count) failed: " + failedOrigins.joined(separator: ", ") }
        return s
    }
}
