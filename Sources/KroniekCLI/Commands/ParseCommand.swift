import ArgumentParser
import Foundation
import KroniekCore
import KroniekIO
import KroniekSyntax
import KroniekText

/// `kroniek parse`: tags, lemmatises and parses text or CoNLL-U and writes CoNLL-U with the
/// sentence text and each token's character span (`TokenRange`) in MISC.
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Tag, lemmatize and parse documents; write CoNLL-U with token spans."
    )

    @Option(help: "Language code (nl or en).") var lang: String = "nl"
    @Option(help: "A model file instead of the bundled model.") var model: String?
    @Argument(help: "Input files: .conllu (its tokenization is kept) or plain text; - for standard input.")
    var files: [String]

    mutating func run() throws {
        let pipeline = try model.map { try SyntaxPipeline(contentsOf: URL(fileURLWithPath: $0)) }
            ?? SyntaxPipeline.bundled(for: Language(lang))
        let writer = CoNLLUWriter()
        for path in files {
            for var document in try documents(at: path) {
                for i in document.sentences.indices { pipeline.annotate(&document.sentences[i]) }
                var out = ""
                writer.write(document, into: &out)
                FileHandle.standardOutput.write(Data(out.utf8))
            }
        }
    }

    private func documents(at path: String) throws -> [Document] {
        let text = path == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            : try String(contentsOfFile: path, encoding: .utf8)
        if path.hasSuffix(".conllu") {
            return try CoNLLUReader().read(text, origin: path, defaultID: URL(fileURLWithPath: path).lastPathComponent)
        }
        var document = Document(metadata: DocumentMetadata(id: URL(fileURLWithPath: path).lastPathComponent,
                                                           language: Language(lang), origin: path), text: text)
        Segmenter().segment(&document)
        return [document]
    }
}
