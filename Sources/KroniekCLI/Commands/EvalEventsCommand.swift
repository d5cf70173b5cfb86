import ArgumentParser
import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO
import KroniekPipeline

/// `kroniek eval events FILE.xml`: strict event scores on PETRARCH validation records.
struct EvalEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score the event coder on PETRARCH validation XML, strictly (code, source and target must all match).",
        discussion: "Record files are read as PETRARCH reads them (docs/petrarch.md); records marked evaluate=\"false\" or outside the <Include> categories are skipped and counted.")

    @Argument(help: "PETRARCH validation XML file, a stand-off real-news gold file (gold/<lang>/<split>.jsonl, docs/annotation.md), or a JSON Lines gold suite of raw sentences (.jsonl).")
    var file: String

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @OptionGroup var data: DataOptions

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List every missed and extra event.")
    var verbose = false

    @Flag(help: "Also code events that are only the condition or the feared or denied content of another event, and score the gold events marked embedded.")
    var embedded = false

    @Flag(help: "Re-parse each record's <Text> with Kroniek's own pipeline instead of using its <Parse>.")
    var reparse = false

    func run() throws {
        if file.hasSuffix(".jsonl") {
            let text = String(decoding: FileManager.default.contents(atPath: file) ?? Data(), as: UTF8.self)
            return try GoldDocument.looksLikeGold(text) ? runCorpus() : runGoldSuite()
        }
        var evaluation = PetrarchEvaluation()
        evaluation.dictionaries = dictionaryOptions.selection()
        evaluation.includesEmbeddedEvents = embedded
        evaluation.reparses = reparse
        let report = try evaluation.run(file: file)
        for warning in report.warnings { Diagnostics.warning(warning) }
        for note in report.notes { Diagnostics.note("note: " + note) }
        let total = report.total
        if verbose { for line in report.lines { print(line) } }
        if json {
            var out = Self.fields(total)
            out["sentences_per_second"] = report.sentencesPerSecond.rounded()
            out["records_read"] = report.recordsRead
            out["records_skipped"] = report.skipped
            out["categories"] = report.categories.mapValues { Self.fields($0) }
            let data = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(String(format: "records %d  gold %d  correct %d  uncoded %d  extra %d  recall %.1f%%  precision %.1f%%  F1 %.1f%%  %.0f sentences/s",
                         total.records, total.gold, total.correct, total.uncoded, total.extra,
                         total.recall * 100, total.precision * 100, total.f1 * 100, report.sentencesPerSecond))
            let skipped = report.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
            print("records read \(report.recordsRead), scored \(total.records)"
                + (skipped.isEmpty ? "" : ", skipped " + skipped.joined(separator: ", ")))
            for (name, s) in report.categories.sorted(by: { $0.key < $1.key }) {
                print(String(format: "  %-10@ records %3d  gold %3d  correct %3d  extra %3d  recall %5.1f%%  precision %5.1f%%",
                             name as NSString, s.records, s.gold, s.correct, s.extra, s.recall * 100, s.precision * 100))
            }
        }
    }

    static func fields(_ s: StrictEventScore) -> [String: Any] {
        func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
        return ["records": s.records, "gold": s.gold, "correct": s.correct, "uncoded": s.uncoded, "extra": s.extra,
                "recall": round4(s.recall), "precision": round4(s.precision), "f1": round4(s.f1)]
    }
}
