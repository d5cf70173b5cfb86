import ArgumentParser
import Foundation
import KroniekCore
import KroniekIO
import KroniekSyntax
import KroniekText

/// `kroniek parse`: tags, lemmatises and parses any readable input and writes CoNLL-U with
/// the sentence text and each token's character span (`TokenRange`) in MISC.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse documents; write CoNLL-U with token spans.",
        discussion: """
        CoNLL-U input keeps its tokenization; other inputs are tokenized first. The language \
        is detected per document unless --lang is given.
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Language of every input (nl or en); detected per document when omitted.") var lang: String?
    @Option(help: "A model file instead of the bundled model (implies its language for every input).") var model: String?

    mutating func run() throws {
        let fixed = try model.map { try SyntaxPipeline(contentsOf: URL(fileURLWithPath: $0)) }
        let out = OutputBuffer()
        let segmenter = Segmenter()
        let writer = CoNLLUWriter()
        let language = lang.map { Language($0) }
        try DocumentRun(input, output: out).forEachDocument { document in
            if let language { document.metadata.language = language }
            if document.sentences.isEmpty { segmenter.segment(&document) }
            let pipeline = try fixed ?? SyntaxPipeline.bundled(for: supported(document.metadata.language))
            for i in document.sentences.indices { pipeline.annotate(&document.sentences[i]) }
            var text = ""
            writer.write(document, into: &text)
            out.write(text)
        }
    }

    /// Languages without a model are parsed with the Dutch one rather than not at all.
    private func supported(_ language: Language?) -> Language {
        guard let language, language.isSupported else { return .dutch }
        return language
    }
}
