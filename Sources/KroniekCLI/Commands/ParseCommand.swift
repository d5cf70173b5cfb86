import ArgumentParser
import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO
import KroniekPipeline
import KroniekSyntax

/// `kroniek parse`: tags, lemmatises and parses any readable input and writes CoNLL-U with
/// the sentence text and each token's character span (`TokenRange`) in MISC.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse documents; write CoNLL-U with token spans.",
        discussion: """
        CoNLL-U input keeps its tokenization; other inputs are tokenized first. The language \
        is detected per document unless --lang is given; a document in a language Kroniek \
        has no model for is parsed as English.
        """
    )

    @OptionGroup var input: InputOptions
    @Option(help: "Language of every input (nl or en); detected per document when omitted.") var lang: String?
    @Option(help: "A model file instead of the bundled model (implies its language for every input).") var model: String?

    mutating func run() throws {
        var configuration = PipelineConfiguration(dictionary: EventDictionary())
        configuration.syntaxModel = try model.map { try SyntaxPipeline(contentsOf: URL(fileURLWithPath: $0)) }
        let pipeline = Pipeline(configuration)
        let out = OutputBuffer()
        let writer = CoNLLUWriter()
        let language = lang.map { Language($0) }
        try DocumentRun(input, output: out).forEachDocument { document in
            if let language { document.metadata.language = language }
            let analysed = pipeline.analyse(document, through: .syntax)
            if let problem = analysed.problem {
                Diagnostics.warning("\(document.id): \(problem); written without a parse")
            }
            var text = ""
            writer.write(analysed.document, into: &text)
            out.write(text)
        }
    }
}
