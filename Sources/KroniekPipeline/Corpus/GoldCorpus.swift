import Foundation
import KroniekCore

/// A stand-off gold file made whole: each gold document's text rebuilt from the corpus
/// files in the data directory, as a dated plain-text article.
public struct GoldCorpus: Sendable {
    public struct Entry: Sendable {
        public var gold: GoldDocument
        /// The article as Kroniek reads it: metadata (id, date) and text; the language is
        /// left for the pipeline to identify, as for any article.
        public var document: Document
        /// The text of each sentence the gold lists, by its file number (for reports).
        public var sentenceTexts: [Int: String]
        /// Where each of those sentences lies in the article's text.
        public var sentenceSpans: [Int: Span]
        /// How many sentences of article text the document has (metadata left out).
        public var sentenceCount: Int { sentenceTexts.count }
    }

    public var entries: [Entry]

    /// Builds every document of `gold` from the corpus files under `dataDirectory`.
    /// A document whose file, document number or sentence numbers do not exist there is
    /// an error naming it: the gold and the data do not belong together.
    public init(_ gold: [GoldDocument], dataDirectory: String) throws {
        var files: [String: NERCorpusFile] = [:]
        entries = try gold.map { g in
            let path = dataDirectory + "/" + g.file
            if files[g.file] == nil { files[g.file] = try NERCorpusFile(contentsOf: path) }
            let corpus = files[g.file]!
            guard corpus.documents.indices.contains(g.doc) else {
                throw InputError(origin: path, message: "\(g.id): the file has no document \(g.doc)")
            }
            return try Self.entry(g, sentences: corpus.documents[g.doc], origin: path)
        }
    }

    /// The article of one gold document: its articles in reading order, a blank line
    /// between paragraphs, one line per sentence. Headlines, place lines and subheadings
    /// (lines without a sentence-final mark) stand as paragraphs of their own.
    static func entry(_ g: GoldDocument, sentences: [[String]], origin: String) throws -> Entry {
        let detokenizer = Detokenizer(language: g.language)
        var texts: [Int: String] = [:]
        var spans: [Int: Span] = [:]
        var text = ""
        var offset = 0
        func append(_ piece: String) { text += piece; offset += piece.unicodeScalars.count }
        for item in g.readingOrder(sentenceCount: sentences.count) where !item.isEmpty {
            var startsParagraph = true
            for (n, s) in item.enumerated() {
                guard sentences.indices.contains(s) else {
                    throw InputError(origin: origin, message: "\(g.id): document \(g.doc) has no sentence \(s)")
                }
                let line = detokenizer.text(sentences[s])
                let standsAlone = n == 0 || !Self.endsSentence(line)
                if !text.isEmpty { append(standsAlone || startsParagraph ? "\n\n" : "\n") }
                spans[s] = Span(offset, offset + line.unicodeScalars.count)
                append(line)
                texts[s] = line
                startsParagraph = standsAlone
            }
        }
        let metadata = DocumentMetadata(id: g.id, date: g.date, origin: g.file + "#" + String(g.doc))
        return Entry(gold: g, document: Document(metadata: metadata, text: text + "\n"), sentenceTexts: texts, sentenceSpans: spans)
    }

    /// Whether a line ends as a sentence does (a full stop, question or exclamation mark,
    /// possibly inside closing quotes or brackets).
    static func endsSentence(_ line: String) -> Bool {
        let trailing: Set<Character> = ["\"", "'", ")", "»", "”", "’"]
        guard let last = line.reversed().first(where: { !trailing.contains($0) }) else { return false }
        return [".", "!", "?", "…", ":"].contains(last)
    }

    /// Writes each document as `ID.txt` in `directory`: a ` date` header line, then the text.
    public func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for e in entries {
            let header = " date \(e.gold.date)\n"
            try Data((header + e.document.text).utf8).write(to: URL(fileURLWithPath: directory + "/" + e.gold.id + ".txt"))
        }
    }
}
