/// One article: its verbatim text, its metadata and, once analysed, its sentences.
///
/// The text is never altered. Every sentence, token and word points back into it
/// with a `Span`, so any result can be traced to the characters it came from.
public struct Document: Sendable {
    public var metadata: DocumentMetadata
    /// The article text, verbatim (title excluded unless the source had it in the body).
    public var text: String
    /// Sentences in text order, filled in by the tokenizer or by a pre-parsed reader.
    public var sentences: [Sentence]
    /// Paragraph spans, where the source marks them (blank lines, `<p>`, `# newpar`).
    public var paragraphs: [Span]
    /// Event codings shipped with the input (PETRARCH validation records), kept for evaluation.
    public var goldCodings: [GoldCoding]

    public init(metadata: DocumentMetadata, text: String, sentences: [Sentence] = [],
                paragraphs: [Span] = [], goldCodings: [GoldCoding] = []) {
        self.metadata = metadata
        self.text = text
        self.sentences = sentences
        self.paragraphs = paragraphs
        self.goldCodings = goldCodings
    }

    public var id: String { metadata.id }
}

public struct DocumentMetadata: Sendable, Codable, Hashable {
    public var id: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    /// The declared or detected language; `nil` until known.
    public var language: Language?
    public var date: PartialDate?
    /// Where the document came from: a path, `-` for standard input, or `path#item` inside a feed.
    public var origin: String?
    /// Fields of the source that Kroniek has no slot for, kept verbatim (JSON text of each value).
    public var extra: [String: String]

    public init(id: String, title: String? = nil, url: String? = nil, outlet: String? = nil,
                language: Language? = nil, date: PartialDate? = nil, origin: String? = nil,
                extra: [String: String] = [:]) {
        self.id = id; self.title = title; self.url = url; self.outlet = outlet
        self.language = language; self.date = date; self.origin = origin; self.extra = extra
    }
}

/// A hand-coded event shipped with an input record (e.g. PETRARCH `<EventCoding>`).
public struct GoldCoding: Sendable, Codable, Hashable {
    public var eventCode: String
    public var sourceCode: String
    public var targetCode: String
    /// The sentence it belongs to, when the record holds several.
    public var sentenceIndex: Int?
    public init(eventCode: String, sourceCode: String, targetCode: String, sentenceIndex: Int? = nil) {
        self.eventCode = eventCode; self.sourceCode = sourceCode; self.targetCode = targetCode
        self.sentenceIndex = sentenceIndex
    }
}
