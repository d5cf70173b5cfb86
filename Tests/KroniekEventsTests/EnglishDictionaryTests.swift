import Foundation
import Testing
import KroniekCore
import KroniekIO
@testable import KroniekEvents

/// The bundled English patterns load, cover every CAMEO root, and code hand-parsed
/// English sentences (EnglishParsed.conllu) as the comments in that file say.
@Suite struct EnglishDictionaryTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func dictionary() throws -> EventDictionary { try DictionaryLoader.loadBundled() }

    /// The event code of every English pattern: each verb head (with its light-verb or
    /// particle words), each refinement line once per `verb` block, and each noun.
    static func englishCodes(_ d: EventDictionary) -> [String] {
        // Generated inflections of `word+` heads are not patterns of their own.
        let entries = d.verbs.values.joined().filter { $0.origin.contains("/en/") && $0.lemma == $0.base }
        // The heads of one block share its refinement lines; `origin` names the block's line.
        let blocks = Dictionary(grouping: entries, by: \.origin)
        var codes = entries.compactMap { $0.code?.primary }
        for heads in blocks.values { codes += d.families[heads[0].family].patterns.compactMap(\.code.primary) }
        codes += d.nouns.values.joined().filter { $0.origin.contains("/en/") }.compactMap(\.code.primary)
        return codes
    }

    @Test func englishPatternsCoverEveryRoot() throws {
        let codes = Self.englishCodes(try Self.dictionary())
        #expect(codes.count >= 450, "\(codes.count) English patterns")
        let perRoot = Dictionary(grouping: codes, by: { String($0.prefix(2)) }).mapValues(\.count)
        for root in (1...20).map({ String(format: "%02d", $0) }) {
            #expect(perRoot[root, default: 0] >= 5, "CAMEO root \(root): \(perRoot[root, default: 0]) English patterns")
        }
    }

    /// `# expect = RUS UKR 1123; USA RUS 1312 future` lines, by document id.
    static func expectations(_ text: String) -> [String: [(triple: String, flags: [String])]] {
        var out: [String: [(String, [String])]] = [:]
        var id = ""
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# newdoc id = ") { id = String(line.dropFirst(14)) }
            guard line.hasPrefix("# expect =") else { continue }
            out[id] = line.dropFirst(10).split(separator: ";").compactMap { item in
                let parts = item.split(separator: " ").map(String.init)
                guard parts.count >= 3 else { return nil }  // "# expect =" alone: no event
                return (parts.prefix(3).joined(separator: " "), parts.count > 3 ? parts[3].split(separator: ",").map(String.init) : [])
            }
        }
        return out
    }

    static func flags(_ m: Modality) -> Set<String> {
        let all = ["negated": m.negated, "conditional": m.conditional, "hypothetical": m.hypothetical,
                   "future": m.future, "reported": m.reported]
        return Set(all.filter(\.value).keys)
    }

    /// Every expected event is produced with its flags, and every other complete event the
    /// coder produces is at least marked as not having happened (conditional or hypothetical).
    @Test func handParsedSentencesCodeAsExpected() throws {
        let path = Self.folder.appendingPathComponent("EnglishParsed.conllu").path
        let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        let expected = Self.expectations(text)
        let documents = try CoNLLUReader().read(text, origin: path, defaultID: "en")
        #expect(documents.count == expected.count && documents.count >= 25)
        let coder = EventCoder(dictionary: try Self.dictionary())
        for var document in documents {
            document.metadata.language = .english
            let complete = coder.code(document).filter { $0.target != nil }
            let produced = Dictionary(complete.map { ("\($0.source.code) \($0.target!.code) \($0.code)", $0) }) { a, _ in a }
            let wanted = expected[document.id] ?? []
            for (triple, flags) in wanted {
                let event = produced[triple]
                #expect(event != nil, "\(document.id): missing \(triple)")
                if let e = event { #expect(Set(flags) == Self.flags(e.modality), "\(document.id): \(triple) flags") }
            }
            for (triple, e) in produced where !wanted.contains(where: { $0.triple == triple }) {
                #expect(e.modality.conditional || e.modality.hypothetical, "\(document.id): extra \(triple) (\(e.evidence))")
            }
        }
    }
}
