import ArgumentParser
import Foundation
import KroniekPipeline

/// `kroniek eval events gold/nl/dev.jsonl`: the real-news gold (docs/annotation.md) rebuilt
/// from the data, coded by the pipeline as plain-text articles, and scored at the strict,
/// root and dyad levels.
extension EvalEventsCommand {
    func runCorpus() throws {
        let corpus = try GoldCorpus(try GoldDocument.read(contentsOf: file), dataDirectory: data.directory)
        var configuration = try PipelineConfiguration(loaded: try DictionaryChoice.load(dictionaryOptions))
        configuration.includesEmbeddedEvents = embedded
        let result = CorpusEvaluation.run(corpus, pipeline: Pipeline(configuration), verbose: verbose)
        if verbose { result.lines.forEach { print($0) } }
        print(json ? try EventScoreText.json(result.score) : EventScoreText.table(result.score))
    }
}
