import ArgumentParser
import KroniekCore
import KroniekIO
import KroniekText

/// `kroniek tokenize`: sentences and UD tokens of any readable input.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split text into sentences and UD tokens.",
        discussion: """
        Prints one sentence per line with tokens separated by spaces (the default), CoNLL-U \
        with each token's character range in MISC (--format conllu), or one JSON object per \
        sentence (--format jsonl) with [start, end] spans and the words of multiword tokens \
        (English don't = do + n't). The language is detected per document unless --lang is given.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Language of every input (nl or en); detected per document when omitted.")
    var lang: String?

    func run() throws {
        // Plain sentences are the default on a terminal and in a pipe, like other text tools.
        let format = output.format == nil ? .table : try output.resolve(supported: [.table, .conllu, .jsonl])
        let out = OutputBuffer()
        let segmenter = Segmenter()
        try DocumentRun(input, output: out).forEachDocument { document in
            if let lang { document.metadata.language = Language(lang) }
            document.sentences = []
            segmenter.segment(&document)
            switch format {
            case .conllu:
                var text = ""
                CoNLLUWriter().write(document, into: &text)
                out.write(text)
            case .jsonl:
                for (index, sentence) in document.sentences.enumerated() {
                    var bytes: [UInt8] = []
                    JSONWriter().write(sentenceJSON(sentence, index: index, in: document), into: &bytes)
                    out.write(bytes: bytes)
                    out.write("\n")
                }
            default:
                for sentence in document.sentences {
                    out.write(sentence.tokens.map(\.form).joined(separator: " ") + "\n")
                }
            }
        }
    }

    private func sentenceJSON(_ sentence: Sentence, index: Int, in document: Document) -> JSONValue {
        func span(_ s: Span) -> JSONValue { .array([.int(s.start), .int(s.end)]) }
        let tokens: [JSONValue] = sentence.tokens.map { token in
            var members: [(key: String, value: JSONValue)] = [("form", .string(token.form)), ("span", span(token.span))]
            if token.isMultiword {
                members.append(("words", .array(token.wordRange.map { .string(sentence.words[$0].form) })))
            }
            return .object(members)
        }
        return .object([
            ("document", .string(document.id)),
            ("sentence", .int(index)),
            ("language", .string((sentence.language ?? document.metadata.language ?? .undetermined).rawValue)),
            ("span", span(sentence.span)),
            ("tokens", .array(tokens)),
        ])
    }
}
