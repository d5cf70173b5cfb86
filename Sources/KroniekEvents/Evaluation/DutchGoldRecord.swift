import Foundation
import KroniekCore

/// One sentence of a JSON Lines gold suite (Tests/KroniekEventsTests/DutchRegression.md
/// documents the format): the text, its document date and the events a human coder gives it.
public struct DutchGoldRecord: Sendable, Decodable {
    public struct Event: Sendable, Decodable, Hashable {
        public var source: String
        public var target: String
        public var cameo: String
        /// The modality flags that must be set (`negated`, `conditional`, …).
        public var modality: [String]?
        /// The event's own date when the sentence dates it; else the document date applies.
        public var date: PartialDate?
        /// Expected only when embedded events are coded (`EventEmbedding`): the condition
        /// or the feared or denied content of another event.
        public var embedded: Bool?

        public var triple: EventTriple { EventTriple(code: cameo, source: source, target: target) }
    }

    public var id: String
    public var date: PartialDate?
    public var lang: Language
    public var text: String
    public var events: [Event]

    /// Reads a JSON Lines suite; blank lines are skipped, a bad line is an error naming it.
    public static func read(_ text: String, origin: String) throws -> [DutchGoldRecord] {
        var records: [DutchGoldRecord] = []
        let decoder = JSONDecoder()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            do {
                records.append(try decoder.decode(DutchGoldRecord.self, from: Data(line.utf8)))
            } catch {
                throw InputError(origin: origin, line: n + 1, message: "not a gold record: \(error)")
            }
        }
        return records
    }

    /// A document holding just this sentence, for the pipeline to segment and parse.
    public var document: Document {
        Document(metadata: DocumentMetadata(id: id, language: lang, date: date), text: text)
    }
}
