/// The stages a document goes through, in order. Each adds to what the one before left.
public enum PipelineStage: String, Sendable, CaseIterable, Comparable {
    /// Paragraphs, sentences and tokens (and the language, when the document declared none).
    case sentences
    /// Lemmas, parts of speech, features and the dependency tree of every sentence.
    case syntax
    /// Actors named in the document, and what its references and time expressions stand for.
    case mentions
    /// Coded events.
    case events

    public static func < (a: PipelineStage, b: PipelineStage) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
