import KroniekCore
import KroniekEntities
import KroniekEvents
import KroniekSyntax
import KroniekText

/// Kroniek's stages joined once: raw text → sentences → syntax → mentions → events.
///
/// Configured once and immutable, so one pipeline serves every thread. `kroniek code`,
/// `parse`, `eval`, `bench`, the tests and the server all run documents through it, so a
/// figure measured by `eval` or `bench` describes the coder users run.
public final class Pipeline: Sendable {
    public let configuration: PipelineConfiguration
    public let coder: EventCoder
    private let segmenter = Segmenter()

    public init(_ configuration: PipelineConfiguration) {
        self.configuration = configuration
        var coder = EventCoder(dictionary: configuration.dictionary)
        coder.includesEmbeddedEvents = configuration.includesEmbeddedEvents
        coder.includesIncompleteEvents = configuration.includesIncompleteEvents
        coder.petrarchCombination = configuration.petrarchCombination
        self.coder = coder
    }

    /// Runs `document` through the stages up to `last`. Stages whose result the document
    /// already carries (sentences and syntax from CoNLL-U or PETRARCH XML) are kept.
    /// A document longer than `limits.maxCharacters` should be given in parts
    /// (`Document.parts(maxCharacters:)`); parsing and coding stop at
    /// `limits.timePerDocument`, keeping what was done, with the reason in `problem`.
    public func analyse(_ document: Document, through last: PipelineStage = .events) -> AnalysedDocument {
        let deadline = ContinuousClock.now + configuration.limits.timePerDocument
        var result = AnalysedDocument(document: document, stage: .sentences)
        segment(&result.document)
        guard last >= .syntax else { return result }
        if let problem = parse(&result.document, until: deadline) {
            result.problem = problem
            if result.document.sentences.allSatisfy({ !$0.isParsed }) { return result }
        }
        result.stage = .syntax
        guard last >= .mentions else { return result }
        let language = result.document.metadata.language ?? configuration.fallbackLanguage
        let entities = DocumentEntities(document: result.document, actors: configuration.dictionary.actors,
                                        homeCountry: configuration.homeCountries[language],
                                        personNouns: configuration.dictionary.cueWords(.person, language: language.rawValue))
        result.entities = entities
        result.stage = .mentions
        guard last >= .events else { return result }
        result.events = coder.code(result.document, entities: entities, until: deadline)
        if ContinuousClock.now > deadline, result.problem == nil {
            result.problem = "time limit of \(configuration.limits.timePerDocument) reached while coding; later sentences not coded"
        }
        result.stage = .events
        return result
    }

    /// Analyses every document of a sequence in order, handing each on as it is done:
    /// nothing holds more than one document.
    public func analyse<S: Sequence>(_ documents: S, through last: PipelineStage = .events,
                                     _ body: (AnalysedDocument) throws -> Void) rethrows where S.Element == Document {
        for document in documents { try body(analyse(document, through: last)) }
    }

    /// The language rule, decided here once: a declared language stands; otherwise the
    /// segmenter identifies it, and a language Kroniek cannot parse gives way to the
    /// configured fallback. A document that came with sentences keeps them.
    func segment(_ document: inout Document) {
        if !document.sentences.isEmpty {
            if document.metadata.language == nil { document.metadata.language = configuration.fallbackLanguage }
            return
        }
        segmenter.segment(&document)
        if let identified = document.metadata.language, !identified.isSupported, configuration.syntaxModel == nil {
            document.metadata.language = configuration.fallbackLanguage
            segmenter.segment(&document)
        }
    }

    /// Parses every sentence that is not parsed yet, but those longer than the sentence
    /// limit, until the deadline; returns why it could not parse them all, if so.
    func parse(_ document: inout Document, until deadline: ContinuousClock.Instant) -> String? {
        guard document.sentences.contains(where: { !$0.isParsed }) else { return nil }
        let language = document.metadata.language ?? configuration.fallbackLanguage
        let model: SyntaxPipeline
        if let fixed = configuration.syntaxModel {
            model = fixed
        } else {
            do { model = try SyntaxPipeline.bundled(for: language) } catch {
                return "no syntax model for language '\(language)'"
            }
        }
        var tooLong = 0
        for i in document.sentences.indices where !document.sentences[i].isParsed {
            guard document.sentences[i].words.count <= configuration.limits.maxSentenceWords else { tooLong += 1; continue }
            guard ContinuousClock.now < deadline else {
                return "time limit of \(configuration.limits.timePerDocument) reached at sentence \(i + 1) of \(document.sentences.count); the rest not parsed"
            }
            model.annotate(&document.sentences[i])
        }
        return tooLong == 0 ? nil
            : "\(tooLong) sentence(s) over \(configuration.limits.maxSentenceWords) words not parsed (a table or a list?)"
    }
}
