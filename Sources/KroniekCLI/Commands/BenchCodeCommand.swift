import ArgumentParser
import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO
import KroniekPipeline

/// `kroniek bench code`: how fast the pipeline codes pre-parsed documents (the entity
/// stage and the coder, exactly as `kroniek code` runs them), on one core and on all
/// cores, and how long the dictionaries take to load.
struct BenchCodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Measure event coding speed on pre-parsed sentences (one core and all cores).",
        discussion: "Without --dictionaries or --petrarch-config it codes with the full PETRARCH set in the data directory's events/petrarch.")

    @Argument(help: "Parsed input (.conllu or PETRARCH .xml). Default: ../shared/data/ud/en/en_ewt-dev.conllu.")
    var file: String?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: "Seconds to run each measurement.")
    var seconds: Double = 3

    @Option(help: "Code the input this many times in each measurement instead of for --seconds: a fixed amount of work, whose instruction count (valgrind --tool=callgrind) repeats exactly.")
    var passes: Int?

    func run() throws {
        let data = ProcessInfo.processInfo.environment["KRONIEK_DATA"] ?? "../shared/data"
        let input = file ?? data + "/ud/en/en_ewt-dev.conllu"
        let defaultDictionaries = data + "/events/petrarch"

        let clock = ContinuousClock()
        let loadStart = clock.now
        let configuration = try PipelineConfiguration(
            loaded: DictionaryChoice.load(dictionaryOptions, defaultDirectory: defaultDictionaries))
        let loadTime = clock.now - loadStart

        var documents: [Document] = []
        var run = InputRun(arguments: [input], format: nil)
        run.forEachOutcome { documents += $0.documents }
        for i in documents.indices where documents[i].metadata.date == nil {
            documents[i].metadata.date = PartialDate(year: 2020, month: 1, day: 1)
        }
        let loaded = documents
        let sentenceCount = documents.reduce(0) { $0 + $1.sentences.count }
        guard sentenceCount > 0 else { throw ValidationError("\(input) has no sentences") }
        let pipeline = Pipeline(configuration)

        let quota = passes.map { $0 * loaded.count }
        /// Codes documents from `offset`, stepping by `stride`, until the time is up or the
        /// passes are done; counts their sentences.
        @Sendable func work(offset: Int, stride: Int) -> (sentences: Int, events: Int) {
            let end = clock.now + .milliseconds(Int(seconds * 1000))
            var coded = 0, events = 0, i = offset
            while quota.map({ i < $0 }) ?? (clock.now < end) {
                let document = loaded[i % loaded.count]
                events += pipeline.analyse(document).events.count
                coded += document.sentences.count; i += stride
            }
            return (coded, events)
        }

        let cpuStart = CPUClock.threadSeconds()
        let singleStart = clock.now
        let single = work(offset: 0, stride: 1)
        let singleTime = clock.now - singleStart
        let cpuSeconds = CPUClock.threadSeconds() - cpuStart
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let results = Mutex<[(Int, Int)]>([])
        let parallelStart = clock.now
        DispatchQueue.concurrentPerform(iterations: cores) { k in
            let r = work(offset: k, stride: cores)
            results.withLock { $0.append(r) }
        }
        let parallelTime = clock.now - parallelStart
        let total = results.withLock { $0.reduce(0) { $0 + $1.0 } }

        func inSeconds(_ d: Duration) -> Double { Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18 }
        func perSecond(_ n: Int, _ d: Duration) -> Double { Double(n) / inSeconds(d) }
        print("input: \(input) (\(documents.count) documents, \(sentenceCount) sentences)")
        print("dictionaries: \(dictionaryOptions.dictionaries ?? dictionaryOptions.petrarchConfig ?? defaultDictionaries), loaded in \(String(format: "%.3f", inSeconds(loadTime))) s")
        print(String(format: "one core:  %.0f sentences/s wall clock, %.0f per CPU second (%d events per %d sentences)",
                     perSecond(single.sentences, singleTime), Double(single.sentences) / cpuSeconds, single.events, single.sentences))
        print(String(format: "%d cores:   %.0f sentences/s", cores, perSecond(total, parallelTime)))
    }
}

/// A small lock for collecting results from worker threads.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) -> R) -> R { lock.lock(); defer { lock.unlock() }; return body(&value) }
}
