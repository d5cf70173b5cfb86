import KroniekCore
import KroniekSyntax
import KroniekText

/// Gives documents that arrive as raw text sentences and a dependency parse: Kroniek's
/// segmenter, then the bundled parser model of the document's language (loaded once).
final class RawTextParsing {
    private var pipelines: [Language: SyntaxPipeline?] = [:]

    /// Segments and parses `document` unless it already carries a parse. A language
    /// Kroniek has no model for, as identification may pick for a short text, gives way
    /// to `fallback` (the user's `--language`). Returns false when there is no model for
    /// the language (the document stays unparsed).
    func parse(_ document: inout Document, language fallback: Language) -> Bool {
        if document.sentences.contains(where: \.isParsed) { return true }
        if document.sentences.isEmpty {
            Segmenter().segment(&document)
            if let identified = document.metadata.language, !identified.isSupported, fallback.isSupported {
                document.metadata.language = fallback
                Segmenter().segment(&document)
            }
        }
        let language = document.metadata.language ?? fallback
        if pipelines[language] == nil { pipelines[language] = .some(try? SyntaxPipeline.bundled(for: language)) }
        guard let found = pipelines[language], let pipeline = found else { return false }
        for i in document.sentences.indices { pipeline.annotate(&document.sentences[i]) }
        return true
    }
}
