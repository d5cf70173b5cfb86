import Foundation
import KroniekCore
import KroniekIO
import KroniekSyntax

/// Reading treebanks for the syntax commands.
enum Treebank {
    static func documents(at path: String) throws -> [Document] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try CoNLLUReader().read(text, origin: path, defaultID: URL(fileURLWithPath: path).lastPathComponent)
    }

    /// The sentences of a CoNLL-U file, in order.
    static func sentences(at path: String) throws -> [Sentence] { try documents(at: path).flatMap(\.sentences) }

    /// A copy of a gold sentence with only the words' forms, spans and token links kept.
    static func stripped(_ s: Sentence) -> Sentence {
        var out = s
        for i in out.words.indices {
            let w = out.words[i]
            out.words[i] = Word(form: w.form, span: w.span, tokenIndex: w.tokenIndex)
        }
        return out
    }

    static func stripped(_ d: Document) -> Document {
        var out = d
        out.sentences = d.sentences.map { stripped($0) }
        return out
    }
}

/// The model a syntax command uses: a file given with --model, or the bundled one.
enum SyntaxModelChoice {
    static func pipeline(model: String?, language: Language) throws -> SyntaxPipeline {
        try model.map { try SyntaxPipeline(contentsOf: URL(fileURLWithPath: $0)) } ?? SyntaxPipeline.bundled(for: language)
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
