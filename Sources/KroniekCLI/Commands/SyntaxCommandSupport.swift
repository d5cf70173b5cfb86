import Foundation
import KroniekCore
import KroniekIO

/// Reading treebanks for the syntax commands.
enum Treebank {
    /// The sentences of a CoNLL-U file, in order.
    static func sentences(at path: String) throws -> [Sentence] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try CoNLLUReader().read(text, origin: path, defaultID: path).flatMap(\.sentences)
    }

    /// A copy of a gold sentence with only the words' forms, spans and token links kept.
    static func stripped(_ s: Sentence) -> Sentence {
        var out = s
        for i in out.words.indices {
            let w = out.words[i]
            out.words[i] = Word(form: w.form, span: w.span, tokenIndex: w.tokenIndex)
        }
        return out
    }
}
