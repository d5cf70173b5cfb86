import Foundation
import Testing
import KroniekPipeline
import KroniekEvents
import KroniekTestSupport

/// Kroniek's own PETRARCH records (PetrarchParityRecords.xml: wire-style sentences written
/// for these tests, with the codings UniversalPetrarch's rules give under the Phoenix
/// dictionaries) scored strictly through the full pipeline, as `kroniek eval events`
/// scores them.
@Suite struct PetrarchParityRecordsTests {
    static let records = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("PetrarchParityRecords.xml")
    static let phoenix = TestData.shared("events/petrarch")

    @Test(.enabled(if: phoenix != nil, "needs ../shared/data/events/petrarch"))
    func everyRecordCodesAsUniversalPetrarchDoes() throws {
        var evaluation = PetrarchEvaluation()
        evaluation.dictionaries = DictionarySelection(directory: Self.phoenix!.path)
        let result = try evaluation.run(file: Self.records.path)
        #expect(result.total.records == 77)
        #expect(result.total.gold == 78)
        // Each kind of record on its own, so that a regression says where it is.
        for (kind, score) in result.categories.sorted(by: { $0.key < $1.key }) {
            #expect(score.correct == score.gold && score.extra == 0, "\(kind): \(score.correct) of \(score.gold), \(score.extra) extra")
        }
        #expect(result.lines.isEmpty, "\(result.lines.joined(separator: "\n"))")
    }
}
