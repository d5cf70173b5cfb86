import Foundation
import Testing
import KroniekCore
@testable import KroniekEvents

/// The Dutch regression suite is well formed, and its scorer counts strictly.
@Suite struct DutchRegressionSuiteTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("DutchRegression.jsonl").path

    static func records() throws -> [GoldSuiteRecord] {
        let data = try #require(FileManager.default.contents(atPath: path))
        return try GoldSuiteRecord.read(String(decoding: data, as: UTF8.self), origin: path)
    }

    @Test func suiteIsWellFormed() throws {
        let records = try Self.records()
        #expect(records.count >= 150)
        #expect(Set(records.map(\.id)).count == records.count, "ids are unique")
        let codePattern = /[A-Z]{3}[A-Z]*/
        for r in records {
            #expect(r.lang == .dutch && r.date != nil && !r.text.isEmpty, "\(r.id)")
            for e in r.events {
                #expect(CameoOntology.entry(e.cameo) != nil, "\(r.id): unknown CAMEO code \(e.cameo)")
                #expect(e.source.wholeMatch(of: codePattern) != nil && e.target.wholeMatch(of: codePattern) != nil, "\(r.id)")
                for flag in e.modality ?? [] {
                    #expect(["negated", "conditional", "hypothetical", "future", "reported"].contains(flag), "\(r.id): \(flag)")
                }
            }
        }
        // Every CAMEO root is exercised.
        let roots = Set(records.flatMap(\.events).map { $0.cameo.prefix(2) })
        #expect(roots.count == 20)
    }

    @Test func readerRejectsABadLineWithItsNumber() {
        let text = #"{"id":"a","date":"2021","lang":"nl","text":"x","events":[]}"# + "\n\n{\"id\": 3}\n"
        #expect(throws: InputError.self) { try GoldSuiteRecord.read(text, origin: "t") }
        do { _ = try GoldSuiteRecord.read(text, origin: "t") } catch let e as InputError { #expect(e.line == 3) } catch {}
    }

    private func event(_ code: String, _ source: String, _ target: String, future: Bool = false, date: String? = nil) -> CodedEvent {
        var m = Modality()
        m.future = future
        return CodedEvent(documentID: "d", sentenceIndex: 0, sentenceSpan: Span(0, 1), date: date.flatMap { PartialDate(iso: $0) },
                          source: ActorReference(code: source, text: source, span: nil),
                          target: ActorReference(code: target, text: target, span: nil),
                          code: code, modality: m, reportedBy: nil, evidence: "test")
    }

    @Test func scoresStrictlyWithModalityAndDates() throws {
        let line = #"{"id":"x","date":"2021-12","lang":"nl","text":"t","events":["#
            + #"{"source":"RUS","target":"UKR","cameo":"192","modality":["future"],"date":"2022-01-10"},"#
            + #"{"source":"USA","target":"RUS","cameo":"1312"}]}"#
        let record = try #require(try GoldSuiteRecord.read(line, origin: "t").first)
        var score = GoldSuiteScore()
        score.add(record, produced: [event("192", "RUS", "UKR", future: true, date: "2022-01-10"),
                                     event("192", "RUS", "UKR", future: true, date: "2022-01-10"),
                                     event("130", "USA", "RUS")])
        #expect(score.events.gold == 2)
        #expect(score.events.correct == 1)
        #expect(score.events.extra == 1)
        #expect(score.modalityChecked == 1 && score.modalityAgreeing == 1)
        #expect(score.datesChecked == 1 && score.datesAgreeing == 1)
        #expect(score.report.contains("MISS  x  1312 USA -> RUS"))
    }
}
