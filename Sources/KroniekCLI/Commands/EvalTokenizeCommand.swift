import ArgumentParser
import Foundation
import KroniekCore
import KroniekIO
import KroniekText

/// `kroniek eval tokenize`: the tokenizer and sentence splitter against a UD treebank.
struct EvalTokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Score tokenization and sentence splitting against a UD CoNLL-U file.",
        discussion: """
        Rebuilds the raw text from the gold file (# text lines, SpaceAfter=No, a blank line at \
        # newpar and # newdoc), segments it with Kroniek and scores tokens, words and sentences \
        as the CoNLL 2018 shared task does (F1 in percent).
        """)

    @Option(name: .long, help: "Language of the treebank: nl or en.")
    var lang: String

    @Argument(help: "Gold CoNLL-U file.")
    var gold: String

    @Flag(name: .long, help: "Print the F1 figures as one JSON object.")
    var json = false

    func run() throws {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: gold)) } catch {
            throw ValidationError("cannot read \(gold): \(error.localizedDescription)")
        }
        let conllu = String(decoding: data, as: UTF8.self)
        let goldSentences = try CoNLLUReader().read(conllu, origin: gold, defaultID: "gold").flatMap(\.sentences)
        let scores = try TokenizationEvaluation().evaluate(conllu: conllu, gold: goldSentences, language: Language(lang))
        if json {
            print("{\"tokens_f1\": \(udPercent(scores.tokens.f1)), \"words_f1\": \(udPercent(scores.words.f1)), "
                  + "\"sentences_f1\": \(udPercent(scores.sentences.f1))}")
        } else {
            print(UDScoreTable.render([("Tokens", scores.tokens), ("Sentences", scores.sentences), ("Words", scores.words)]))
        }
    }
}

/// The official script's table layout: metric, precision, recall, F1 (percent).
enum UDScoreTable {
    static func render(_ rows: [(name: String, score: UDScore)]) -> String {
        func cell(_ v: Double) -> String { String(format: "%10.2f", 100 * v) }
        var out = "Metric     | Precision |    Recall |  F1 Score\n-----------+-----------+-----------+-----------\n"
        for (name, s) in rows {
            out += name.padding(toLength: 11, withPad: " ", startingAt: 0) + "|" + cell(s.precision) + " |"
                + cell(s.recall) + " |" + cell(s.f1) + "\n"
        }
        return out
    }
}
