import KroniekCore
import KroniekEvents
import KroniekSyntax

/// Everything a pipeline is configured with, once: dictionaries, models and options.
public struct PipelineConfiguration: Sendable {
    /// The dictionaries the coder codes with (actors, agents, verb and noun patterns, cues).
    public var dictionary: EventDictionary
    /// A syntax model for every document, instead of the bundled model of its language.
    public var syntaxModel: SyntaxPipeline?
    /// The language of a document that declares none and is not recognised as a language
    /// Kroniek parses (short texts are sometimes identified as another language).
    public var fallbackLanguage: Language = .english
    /// The country of the newspapers a language's documents come from, for actors named
    /// without a state in a document that names none ("De vakbonden dreigen met een
    /// staking."). Dutch defaults to Belgium: Kroniek's Dutch gold is Flemish news
    /// (docs/annotation.md); set NLD for Dutch papers.
    public var homeCountries: [Language: String] = [.dutch: "BEL"]
    /// Bounds on document size, sentence length and time (docs/limits.md).
    public var limits = DocumentLimits()
    /// Also output events that are only the condition or the feared or denied content of
    /// another event (docs/modality.md).
    public var includesEmbeddedEvents = false
    /// Also output events without the target their CAMEO code needs.
    public var includesIncompleteEvents = false
    /// With PETRARCH dictionaries, the verb combinations and negations of their internal
    /// coding ontology (`PetrarchVerbCombination`).
    public var petrarchCombination: PetrarchVerbCombination?

    public init(dictionary: EventDictionary) { self.dictionary = dictionary }
}

extension PipelineConfiguration {
    /// A configuration with the dictionaries a command loaded: the bundled cue words added
    /// (PETRARCH sets carry none), and for a PETRARCH set with an internal-code ontology,
    /// the verb combinations it defines, as UniversalPetrarch codes with them.
    public init(loaded: LoadedDictionaries) throws {
        let dictionary = try DictionaryLoader.addingBundledCues(to: loaded.dictionary)
        self.init(dictionary: dictionary)
        if let files = loaded.petrarchFiles, let pico = files.pico {
            petrarchCombination = try PetrarchVerbCombination.load(pico: pico, verbFiles: files.verbs, dictionary: dictionary)
        }
    }
}
