import ArgumentParser
import Foundation
import KroniekCore
import KroniekSyntax

/// `kroniek eval syntax`: tags, lemmatises and parses the gold tokenization of a treebank
/// and scores the result.
struct EvalSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Score tagging, lemmas and parsing against a gold CoNLL-U file (gold tokenization)."
    )

    @Option(help: "Language code (nl or en).") var lang: String
    @Option(help: "A model file instead of the bundled model.") var model: String?
    @Flag(help: "Print the scores as JSON.") var json = false
    @Argument(help: "Gold CoNLL-U file.") var gold: String

    mutating func run() throws {
        let pipeline = try model.map { try SyntaxPipeline(contentsOf: URL(fileURLWithPath: $0)) }
            ?? SyntaxPipeline.bundled(for: Language(lang))
        let goldSentences = try Treebank.sentences(at: gold)
        var predicted = goldSentences.map(Treebank.stripped)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for i in predicted.indices { pipeline.annotate(&predicted[i]) }
        }
        var scores = GoldTokenizationScores()
        for (g, p) in zip(goldSentences, predicted) { scores.add(gold: g, predicted: p) }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let figures: [(String, Double)] = [
            ("upos", scores.uposAccuracy), ("xpos", scores.xposAccuracy), ("ufeats", scores.ufeatsAccuracy),
            ("lemma", scores.lemmaAccuracy), ("uas", scores.unlabelledAttachment), ("las", scores.labelledAttachment),
        ]
        let wordsPerSecond = seconds > 0 ? Double(scores.words) / seconds : 0
        if json {
            let body = figures.map { "\"\($0.0)\": \(String(format: "%.2f", $0.1))" }.joined(separator: ", ")
            print("{\(body), \"words\": \(scores.words), \"words_per_second\": \(Int(wordsPerSecond))}")
        } else {
            for (name, value) in figures { print("\(name.uppercased().padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(format: "%6.2f", value))") }
            print("words    \(scores.words)\nwords/s  \(Int(wordsPerSecond))")
        }
    }
}
