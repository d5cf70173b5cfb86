import ArgumentParser
import Foundation
import KroniekCore
import KroniekPipeline

/// `kroniek bench pipeline`: raw text to events (segmenting, parsing, the entity stage and
/// coding, exactly as `kroniek code` runs them), in words per CPU second on one core; and,
/// with `--scaling`, time per word for documents of 1, 10, 100 and 1,000 paragraphs, so
/// that work growing faster than the text shows.
struct BenchPipelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Words per CPU second from raw text to events (one core), and time per word as documents grow.")

    @Argument(help: "Gold files whose articles are coded (default: gold/nl/dev.jsonl and gold/en/dev.jsonl, built from the data).")
    var gold: [String] = []
    @OptionGroup var data: DataOptions
    @OptionGroup var dictionaryOptions: DictionaryOptions
    @Flag(help: "Also code one article repeated to 1, 10, 100 and 1,000 paragraphs and print the time per word of each.")
    var scaling = false

    func run() throws {
        let pipeline = Pipeline(try PipelineConfiguration(loaded: DictionaryChoice.load(dictionaryOptions)))
        let files = gold.isEmpty ? ["gold/nl/dev.jsonl", "gold/en/dev.jsonl"] : gold
        for file in files {
            let corpus = try GoldCorpus(try GoldDocument.read(contentsOf: file), dataDirectory: data.directory)
            let documents = corpus.entries.map(\.document)
            // Each language's model is loaded before the clock starts.
            for language in Set(corpus.entries.map(\.gold.language)) { _ = pipeline.analyse(Document(metadata: DocumentMetadata(id: "warm", language: language), text: "Warm up.")) }
            let (words, events, seconds) = measure(documents, pipeline)
            print(String(format: "%@: %d documents, %d words, %d events; %.0f words per CPU second",
                         file as NSString, documents.count, words, events, Double(words) / seconds))
            if scaling, let article = documents.first { try scale(article, pipeline) }
        }
    }

    /// Words, events and thread CPU seconds of analysing the documents one after another.
    func measure(_ documents: [Document], _ pipeline: Pipeline) -> (Int, Int, Double) {
        var words = 0, events = 0
        let start = CPUClock.threadSeconds()
        for d in documents {
            let analysed = pipeline.analyse(d)
            words += analysed.document.sentences.reduce(0) { $0 + $1.words.count }
            events += analysed.events.count
        }
        return (words, events, CPUClock.threadSeconds() - start)
    }

    /// Codes an article's first paragraphs repeated to 1, 10, 100 and 1,000 paragraphs.
    func scale(_ article: Document, _ pipeline: Pipeline) throws {
        let paragraphs = article.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
        guard !paragraphs.isEmpty else { return }
        for count in [1, 10, 100, 1000] {
            let text = (0..<count).map { paragraphs[$0 % paragraphs.count] }.joined(separator: "\n\n")
            var metadata = article.metadata
            metadata.id = "\(article.id)x\(count)"
            let (words, _, seconds) = measure([Document(metadata: metadata, text: text)], pipeline)
            print(String(format: "  %5d paragraphs: %7d words, %.1f µs per word", count, words, seconds / Double(max(1, words)) * 1e6))
        }
    }
}
