import KroniekCore
import KroniekEntities
import KroniekEvents

/// A document and what each stage of the pipeline added to it: sentences and syntax in
/// the document itself, then the entity stage's mentions and the coded events.
public struct AnalysedDocument: Sendable {
    public var document: Document
    /// The last stage that ran.
    public var stage: PipelineStage
    /// The entity stage's result; nil before that stage.
    public var entities: DocumentEntities?
    public var events: [CodedEvent] = []
    /// Why a stage could not run (no syntax model for the document's language), if so.
    public var problem: String?

    public var id: String { document.id }
}
