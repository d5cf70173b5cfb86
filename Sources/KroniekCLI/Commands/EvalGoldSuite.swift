import ArgumentParser
import Foundation
import KroniekCore
import KroniekEvents
import KroniekPipeline

/// `kroniek eval events SUITE.jsonl`: a JSON Lines gold suite of raw sentences (format in
/// Tests/KroniekEventsTests/DutchRegression.md), run through Kroniek's tokenizer, the
/// bundled parser model of each record's language and the coder, scored strictly.
extension EvalEventsCommand {
    func runGoldSuite() throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let records = try GoldSuiteRecord.read(String(decoding: data, as: UTF8.self), origin: file)
        var configuration = try PipelineConfiguration(loaded: try DictionaryChoice.load(dictionaryOptions))
        configuration.includesEmbeddedEvents = embedded
        let pipeline = Pipeline(configuration)
        let clock = ContinuousClock()
        let start = clock.now
        let score = GoldSuiteRun.score(records, pipeline: pipeline)
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if verbose { score.report.forEach { print($0) } }
        var fields: [String: Any] = Self.fields(score.events)
        fields["modality_agreement"] = score.fields["modality_agreement"]
        fields["modality_checked"] = score.modalityChecked
        fields["date_agreement"] = score.fields["date_agreement"]
        fields["dates_checked"] = score.datesChecked
        fields["sentences_per_second"] = seconds > 0 ? (Double(records.count) / seconds).rounded() : 0
        if json {
            let out = try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
            print(String(decoding: out, as: UTF8.self))
        } else {
            let s = score.events
            print(String(format: "records %d  gold %d  correct %d  uncoded %d  extra %d  recall %.1f%%  precision %.1f%%  F1 %.1f%%",
                         s.records, s.gold, s.correct, s.uncoded, s.extra, s.recall * 100, s.precision * 100, s.f1 * 100))
            print("modality flags right on \(score.modalityAgreeing) of \(score.modalityChecked) correct events that list them; "
                + "dates right on \(score.datesAgreeing) of \(score.datesChecked)")
        }
    }
}
