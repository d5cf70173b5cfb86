import KroniekCore

/// Bounds that keep one input from stalling or swamping a run. Each is an option of the
/// commands that code (`--max-document-characters`, `--max-sentence-words`,
/// `--document-seconds`); docs/limits.md says why each default is what it is.
public struct DocumentLimits: Sendable {
    /// A document longer than this many characters is coded in parts split at paragraph
    /// (else line, else word) boundaries, each a document of its own (`id#2`, …), so
    /// memory is bounded by a part, not by the file.
    public var maxCharacters = 1_000_000
    /// A sentence longer than this many words is not parsed or coded (a table, a list or
    /// a text without punctuation, not a sentence a parser was trained on).
    public var maxSentenceWords = 250
    /// Parsing and coding of one document stop after this long; what was coded by then
    /// is kept and the document is reported.
    public var timePerDocument: Duration = .seconds(120)

    public init() {}
}

extension Document {
    /// The document in parts of at most `maxCharacters` characters, cut at the last
    /// paragraph break before the limit (else line break, else space, else the limit
    /// itself), made one at a time. A short document is its own only part.
    public func parts(maxCharacters: Int) -> DocumentParts { DocumentParts(document: self, limit: max(1, maxCharacters)) }
}

/// The parts of a long document (`Document.parts(maxCharacters:)`), made on demand.
public struct DocumentParts: Sequence, Sendable {
    let document: Document
    let limit: Int

    public func makeIterator() -> Iterator { Iterator(document: document, limit: limit) }

    public struct Iterator: IteratorProtocol {
        let document: Document
        let limit: Int
        let scalars: String.UnicodeScalarView
        var start: String.UnicodeScalarView.Index
        var number = 0

        init(document: Document, limit: Int) {
            self.document = document; self.limit = limit
            scalars = document.text.unicodeScalars
            start = scalars.startIndex
        }

        public mutating func next() -> Document? {
            guard start < scalars.endIndex else { return nil }
            number += 1
            let hardEnd = scalars.index(start, offsetBy: limit, limitedBy: scalars.endIndex) ?? scalars.endIndex
            if number == 1 && hardEnd == scalars.endIndex {
                start = hardEnd
                return document
            }
            let end = hardEnd == scalars.endIndex ? hardEnd : Self.cut(scalars, from: start, before: hardEnd)
            var metadata = document.metadata
            metadata.id = "\(document.id)#\(number)"
            let text = String(scalars[start..<end])
            start = end
            return Document(metadata: metadata, text: text)
        }

        /// The end of the part: after the last paragraph break before `limit`, else the
        /// last line break, else the last space, else `limit`.
        static func cut(_ s: String.UnicodeScalarView, from start: String.UnicodeScalarView.Index,
                        before limit: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
            var lastLine: String.UnicodeScalarView.Index?
            var lastSpace: String.UnicodeScalarView.Index?
            var i = limit
            while i > start {
                let p = s.index(before: i)
                if s[p] == "\n" {
                    if p > start, s[s.index(before: p)] == "\n" { return i }
                    if lastLine == nil { lastLine = i }
                } else if s[p] == " " || s[p] == "\t", lastSpace == nil {
                    lastSpace = i
                }
                i = p
            }
            return lastLine ?? lastSpace ?? limit
        }
    }
}
