import ArgumentParser
import Dispatch
import Foundation
import KroniekCore
import KroniekSyntax

/// `kroniek bench syntax`: words per second for tagging + lemmatisation + parsing of the
/// gold tokenization of a CoNLL-U file, on one core and on all cores.
struct BenchSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Words per second of tag+lemmatize+parse, on one core and on all cores."
    )

    @Option(help: "Language code (nl or en).") var lang: String
    @Option(help: "A model file instead of the bundled model.") var model: String?
    @Option(help: "Passes over the file per measurement.") var repeats: Int = 3
    @Argument(help: "CoNLL-U file whose tokenization is used.") var file: String

    mutating func run() throws {
        let loadClock = ContinuousClock()
        var loaded: SyntaxPipeline?
        let loadTime = try loadClock.measure {
            loaded = try SyntaxModelChoice.pipeline(model: model, language: Language(lang))
        }
        let pipeline = loaded!
        let sentences = try Treebank.sentences(at: file).map(Treebank.stripped)
        let words = sentences.reduce(0) { $0 + $1.words.count } * repeats
        print("model load: \(String(format: "%.3f", loadTime.seconds)) s")
        print("text: \(sentences.count) sentences, \(words / repeats) words, \(repeats) passes")

        let cpuBefore = CPUClock.threadSeconds()
        let single = ContinuousClock().measure {
            for _ in 0..<repeats {
                for s in sentences { var copy = s; pipeline.annotate(&copy) }
            }
        }
        let cpu = CPUClock.threadSeconds() - cpuBefore
        // On a shared machine wall time includes waiting for the CPU; CPU time does not.
        print("one core:  \(Int(Double(words) / single.seconds)) words/s wall clock, \(Int(Double(words) / cpu)) words per CPU second")

        let cores = ProcessInfo.processInfo.activeProcessorCount
        let passes = repeats
        let parallel = ContinuousClock().measure {
            DispatchQueue.concurrentPerform(iterations: cores) { worker in
                for _ in 0..<passes {
                    for k in stride(from: worker, to: sentences.count, by: cores) { var copy = sentences[k]; pipeline.annotate(&copy) }
                }
            }
        }
        print("\(cores) cores:   \(Int(Double(words) / parallel.seconds)) words/s")
    }
}
