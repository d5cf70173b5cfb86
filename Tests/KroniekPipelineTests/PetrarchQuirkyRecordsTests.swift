import Foundation
import Testing
import KroniekPipeline
import KroniekTestSupport

/// Copies of some PETRARCH unit-test records, made at test time from the shared file (not
/// kept in the repository), in two forms: a clean one that strict XML reads, and a quirky
/// one written the way UniversalPetrarch's validation files are (a header comment holding
/// another comment, self-closed `<Sentence … />` starts closed again by `</Sentence>`,
/// `<PLEvent {…}>` pseudo-tags, bare `&`). Both must score exactly alike.
@Suite struct PetrarchQuirkyRecordsTests {
    static let records = TestData.shared("events/petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml")

    /// The environment and the DEMO and first SYNSET records (SYNSET_02 has an `&amp;`),
    /// plus one more copy of DEMO_00 marked `evaluate="false"`.
    static func cleanCopy(of source: String) throws -> String {
        let environment = try #require(matches("<Environment>.*?</Environment>", in: source).first)
        let chosen = try matches("<Sentence [^>]*id=\"(DEMO_|SYNSET_0)[^>]*>.*?</Sentence>", in: source)
        let notEvaluated = chosen[0].replacingOccurrences(of: "id=\"DEMO_00\"", with: "id=\"DEMO_99\" evaluate=\"false\"")
        return "<?xml version='1.0' encoding='utf-8'?>\n<Validation>\n<!-- copies of PETRARCH unit-test records -->\n"
            + environment + "\n<Sentences>\n" + (chosen + [notEvaluated]).joined(separator: "\n") + "\n</Sentences>\n</Validation>\n"
    }

    /// Every stretch of `text` that `pattern` matches, lines included.
    static func matches(_ pattern: String, in text: String) throws -> [String] {
        try NSRegularExpression(pattern: pattern, options: .dotMatchesLineSeparators)
            .matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
    }

    static func quirkyCopy(of clean: String) throws -> String {
        let start = try NSRegularExpression(pattern: "<Sentence ([^>]*)>")
        var quirky = start.stringByReplacingMatches(in: clean, range: NSRange(clean.startIndex..., in: clean),
                                                    withTemplate: "<Sentence $1/>\n<PLEvent {\"event\": \"012\", \"source\": [\"ARN\"], \"give\": 1}>")
        quirky = quirky.replacingOccurrences(of: "<!-- copies of PETRARCH unit-test records -->",
                                             with: "<!-- copies of <!-- PETRARCH --> unit-test records -->")
        return quirky.replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(.enabled(if: records != nil, "needs ../shared/data/events/petrarch"))
    func quirkyCopiesScoreAsTheCleanCopies() throws {
        let source = try String(contentsOf: Self.records!, encoding: .utf8)
        let clean = try Self.cleanCopy(of: source)
        let quirky = try Self.quirkyCopy(of: clean)
        #expect(quirky.contains("id=\"DEMO_99\" evaluate=\"false\" sentence=\"true\"/>") && quirky.contains("Arnor will abandon full &TIETYPE"))
        let folder = try ScratchDirectory()
        var evaluation = PetrarchEvaluation()
        evaluation.dictionaries.directory = Self.records!.deletingLastPathComponent().path
        func score(_ text: String, _ name: String) throws -> PetrarchEvaluation.Result {
            try evaluation.run(file: folder.write(name, text))
        }
        let cleanResult = try score(clean, "clean.xml")
        let quirkyResult = try score(quirky, "quirky.xml")
        #expect(cleanResult.total.records >= 40)
        #expect(cleanResult.total.correct > cleanResult.total.gold / 2, "the copies code as the unit tests do")
        #expect(cleanResult.recordsRead == cleanResult.total.records + 1)
        #expect(cleanResult.skipped == ["marked evaluate=\"false\"": 1])
        func figures(_ result: PetrarchEvaluation.Result) -> [String: [Int]] {
            var out = result.categories.mapValues { [$0.records, $0.gold, $0.correct, $0.extra] }
            out["total"] = [result.total.records, result.total.gold, result.total.correct, result.total.extra]
            return out
        }
        #expect(figures(quirkyResult) == figures(cleanResult))
        #expect(quirkyResult.recordsRead == cleanResult.recordsRead)
        #expect(quirkyResult.skipped == cleanResult.skipped)
        #expect(quirkyResult.warnings.contains { $0.contains("quirky.xml:3: a comment holds another") })
        #expect(quirkyResult.warnings.contains { $0.contains("<PLEvent>") })
    }
}
