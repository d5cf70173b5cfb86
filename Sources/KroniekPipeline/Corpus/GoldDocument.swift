import Foundation
import KroniekCore

/// One document of Kroniek's stand-off event gold (docs/annotation.md, section 5): where
/// its text lies in `../shared/data`, its reading order, and its events. Holds ids and
/// indices only, never the text, which the licences forbid copying.
public struct GoldDocument: Sendable, Codable, Hashable {
    public var id: String
    /// The corpus file, relative to the data directory (`ner/nl/ned.train`).
    public var file: String
    /// The 0-based `-DOCSTART-` document of that file.
    public var doc: Int
    public var language: Language
    /// The document date.
    public var date: PartialDate
    /// The country the document is mostly about (informational).
    public var country: String?
    /// The articles on the page in reading order, headline first, each a list of the
    /// file's sentence numbers; nil means every sentence in file order, one article.
    public var items: [[Int]]?
    public var events: [GoldEvent]

    /// The sentences of the document in reading order (file numbering), by article.
    public func readingOrder(sentenceCount: Int) -> [[Int]] {
        items ?? [Array(0..<sentenceCount)]
    }
}

/// An event of the gold: the sentence it is clearest in (file numbering), its actors,
/// CAMEO code, date and modality flags.
public struct GoldEvent: Sendable, Codable, Hashable {
    public var sentence: Int
    public var source: String
    public var target: String
    public var code: String
    public var date: PartialDate?
    public var flags: [String]

    public init(sentence: Int, source: String, target: String, code: String, date: PartialDate? = nil, flags: [String] = []) {
        self.sentence = sentence; self.source = source; self.target = target; self.code = code
        self.date = date; self.flags = flags
    }

    enum CodingKeys: String, CodingKey { case sentence, source, target, code, date, flags }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sentence = try c.decode(Int.self, forKey: .sentence)
        source = try c.decode(String.self, forKey: .source)
        target = try c.decode(String.self, forKey: .target)
        code = try c.decode(String.self, forKey: .code)
        date = try c.decodeIfPresent(PartialDate.self, forKey: .date)
        flags = try c.decodeIfPresent([String].self, forKey: .flags) ?? []
    }
}

extension GoldDocument {
    /// Reads a stand-off gold file (one document per line). Blank lines are skipped; a
    /// line that is not a gold document is an error naming it.
    public static func read(_ text: String, origin: String) throws -> [GoldDocument] {
        let decoder = JSONDecoder()
        var documents: [GoldDocument] = []
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.allSatisfy(\.isWhitespace) {
            do { documents.append(try decoder.decode(GoldDocument.self, from: Data(line.utf8))) } catch {
                throw InputError(origin: origin, line: n + 1, message: "not a gold document: \(error)")
            }
        }
        return documents
    }

    public static func read(contentsOf path: String) throws -> [GoldDocument] {
        guard let data = FileManager.default.contents(atPath: path) else { throw InputError(origin: path, message: "cannot read gold file") }
        return try read(String(decoding: data, as: UTF8.self), origin: path)
    }

    /// Whether a JSON Lines text holds stand-off gold documents (rather than a suite of
    /// sentences): its first record names a corpus `file` and `doc`.
    public static func looksLikeGold(_ text: String) -> Bool {
        guard let first = text.split(separator: "\n").first(where: { !$0.allSatisfy(\.isWhitespace) }),
              let object = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any] else { return false }
        return object["file"] != nil && object["doc"] != nil
    }
}
