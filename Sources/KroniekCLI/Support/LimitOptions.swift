import ArgumentParser
import KroniekPipeline

/// Shared CLI plumbing: the bounds that keep one input from stalling or swamping a run
/// (docs/limits.md).
struct LimitOptions: ParsableArguments {
    @Option(help: "Code a document longer than this many characters in parts split at paragraph boundaries.")
    var maxDocumentCharacters = DocumentLimits().maxCharacters

    @Option(help: "Leave sentences longer than this many words unparsed and uncoded.")
    var maxSentenceWords = DocumentLimits().maxSentenceWords

    @Option(help: "Stop parsing and coding a document after this many seconds (what was coded is kept).")
    var documentSeconds = 120.0

    func validate() throws {
        guard maxDocumentCharacters > 0, maxSentenceWords > 0, documentSeconds > 0 else {
            throw ValidationError("--max-document-characters, --max-sentence-words and --document-seconds must be positive")
        }
    }

    var limits: DocumentLimits {
        var l = DocumentLimits()
        l.maxCharacters = maxDocumentCharacters
        l.maxSentenceWords = maxSentenceWords
        l.timePerDocument = .milliseconds(Int(documentSeconds * 1000))
        return l
    }
}
