import ArgumentParser
import Foundation
import KroniekCore
import KroniekSyntax
import KroniekText

/// `kroniek eval syntax`: tags, lemmatises and parses a treebank's text and scores the result
/// with the CoNLL 2018 shared-task measures (`UDScorer`).
struct EvalSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Score tagging, lemmas and parsing against a gold CoNLL-U file (CoNLL 2018 measures).",
        discussion: """
        By default the gold tokenization is kept; --raw starts from the text, through Kroniek's \
        tokenizer, and aligns words as the official script does.
        """
    )

    @Option(help: "Language code (nl or en).") var lang: String
    @Option(help: "A model file instead of the bundled model.") var model: String?
    @Flag(help: "Tokenize the raw text instead of using the gold tokenization.") var raw = false
    @Flag(help: "Print the scores as JSON.") var json = false
    @Argument(help: "Gold CoNLL-U file.") var gold: String

    mutating func run() throws {
        let pipeline = try SyntaxModelChoice.pipeline(model: model, language: Language(lang))
        let goldDocuments = try Treebank.documents(at: gold)
        var system = raw ? goldDocuments.map { tokenized($0) } : goldDocuments.map { Treebank.stripped($0) }
        var words = 0
        let elapsed = ContinuousClock().measure {
            for d in system.indices {
                for s in system[d].sentences.indices {
                    pipeline.annotate(&system[d].sentences[s])
                    words += system[d].sentences[s].words.count
                }
            }
        }
        let scores = try UDScorer().score(gold: goldDocuments.flatMap(\.sentences), system: system.flatMap(\.sentences))
        let figures: [(String, UDScore)] = [
            ("upos", scores.upos), ("xpos", scores.xpos), ("ufeats", scores.ufeats),
            ("lemma", scores.lemmas), ("uas", scores.uas), ("las", scores.las),
        ]
        let wordsPerSecond = Int(Double(words) / elapsed.seconds)
        if json {
            let body = figures.map { "\"\($0.0)\": \(udPercent($0.1.f1))" }.joined(separator: ", ")
            print("{\(body), \"words\": \(scores.words.goldTotal), \"words_per_second\": \(wordsPerSecond)}")
        } else {
            for (name, score) in figures { print("\(name.padding(toLength: 8, withPad: " ", startingAt: 0)) \(udPercent(score.f1))") }
            print("words    \(scores.words.goldTotal)\nwords/s  \(wordsPerSecond)")
        }
    }

    private func tokenized(_ document: Document) -> Document {
        var d = Document(metadata: document.metadata, text: document.text)
        d.metadata.language = Language(lang)
        Segmenter().segment(&d)
        return d
    }
}
