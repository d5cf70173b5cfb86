import ArgumentParser
import Foundation
import KroniekCore
import KroniekText

/// `kroniek bench tokenize`: how fast the segmenter (tokenizer, sentence splitter and
/// language identification) runs, in characters per second on one core.
struct BenchTokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Measure tokenization and sentence splitting speed (characters per second, one core).")

    @Argument(help: "Plain-text files. Default: the raw text of the UD dev sets under ../shared/data (or $KRONIEK_DATA).")
    var files: [String] = []

    @Option(help: "Seconds to run each measurement.")
    var seconds: Double = 3

    func run() throws {
        let texts = try inputs()
        let characters = texts.reduce(0) { $0 + $1.text.unicodeScalars.count }
        print("input: \(texts.count) texts, \(characters) characters")
        let segmenter = Segmenter()
        for mode in ["language given", "language detected"] {
            let clock = ContinuousClock()
            let start = clock.now
            var rounds = 0, tokens = 0
            repeat {
                for (text, language) in texts {
                    var doc = Document(metadata: DocumentMetadata(id: "bench", language: mode == "language given" ? language : nil),
                                       text: text)
                    segmenter.segment(&doc)
                    tokens += doc.sentences.reduce(0) { $0 + $1.tokens.count }
                }
                rounds += 1
            } while clock.now - start < .seconds(seconds)
            let elapsed = (clock.now - start) / .seconds(1)
            let rate = Double(characters * rounds) / elapsed
            print(String(format: "%@: %.2f M characters/s, %.0f k tokens/s", mode, rate / 1e6, Double(tokens) / elapsed / 1e3))
        }
    }

    private func inputs() throws -> [(text: String, language: Language?)] {
        if !files.isEmpty {
            return try files.map { (try String(contentsOfFile: $0, encoding: .utf8), nil) }
        }
        let data = ProcessInfo.processInfo.environment["KRONIEK_DATA"] ?? "../shared/data"
        let dev: [(String, Language)] = [("ud/en/en_ewt-dev.conllu", .english), ("ud/nl/nl_alpino-dev.conllu", .dutch),
                                         ("ud/nl/nl_lassysmall-dev.conllu", .dutch)]
        return try dev.map { path, language in
            (GoldRawText.rebuild(conllu: try String(contentsOfFile: data + "/" + path, encoding: .utf8)), language)
        }
    }
}
