import ArgumentParser
import Foundation
import KroniekCore
import KroniekIO
import KroniekText

/// `kroniek tokenize`: sentences and tokens of plain-text files.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split text into sentences and UD tokens (one sentence per line, CoNLL-U or JSON Lines).")

    @Option(name: .long, help: "Language of the texts (nl, en); detected when omitted.")
    var lang: String?

    @Argument(help: "Text files.")
    var files: [String] = []

    func run() throws {
        for file in files {
            var doc = Document(metadata: DocumentMetadata(id: file, language: lang.map { Language($0) }), text: try String(contentsOfFile: file, encoding: .utf8))
            Segmenter().segment(&doc)
            for s in doc.sentences { print(s.tokens.map(\.form).joined(separator: " ")) }
        }
    }
}
