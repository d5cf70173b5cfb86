import ArgumentParser
import Foundation
import KroniekCore
import KroniekIO
import KroniekText

/// `kroniek train langid`: rebuilds the language identification model from the UD TRAIN
/// files (never dev or test) and Kroniek's own other-language sample.
struct TrainLangidCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "langid",
        abstract: "Train the nl/en/other language identifier from the UD train files.",
        discussion: """
        Reads ud/nl/nl_alpino-train-partial-2017.conllu, ud/nl/nl_lassysmall-train.conllu and \
        ud/en/en_ewt-train.conllu under the data folder (never the dev or test files), adds \
        Kroniek's own other-language sample, and writes the model as TSV. Run it from the \
        package root to replace the bundled model.
        """)

    @Option(name: .long, help: "Data folder holding ud/ (default: $KRONIEK_DATA or ../shared/data).")
    var data: String?

    @Option(name: .long, help: "Where to write the model.")
    var output = "Sources/KroniekText/Resources/langid.tsv"

    func run() throws {
        let root = data ?? ProcessInfo.processInfo.environment["KRONIEK_DATA"] ?? "../shared/data"
        func sentences(_ path: String) throws -> [String] {
            let url = URL(fileURLWithPath: root).appendingPathComponent(path)
            let text = try String(contentsOf: url, encoding: .utf8)
            return try CoNLLUReader().read(text, origin: path, defaultID: "train").flatMap { doc in
                let scalars = ScalarText(doc.text)
                return doc.sentences.map { scalars[$0.span] }
            }
        }
        let dutch = try sentences("ud/nl/nl_alpino-train-partial-2017.conllu") + sentences("ud/nl/nl_lassysmall-train.conllu")
        let english = try sentences("ud/en/en_ewt-train.conllu")
        let model = LanguageModelTrainer().train(samples: [
            (.dutch, dutch), (.english, english), (Language("other"), OtherLanguageSample.texts),
        ])
        try model.write(toFile: output, atomically: true, encoding: .utf8)
        print("wrote \(output): \(dutch.count) Dutch, \(english.count) English, \(OtherLanguageSample.texts.count) other sentences")
    }
}
