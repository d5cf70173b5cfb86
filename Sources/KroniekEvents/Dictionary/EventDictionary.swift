import KroniekCore
import KroniekEntities

/// The event code a pattern assigns. PETRARCH's paired codes (`042:043`, visit / host a
/// visit) also code the reverse event, target to source. `nil` primary = "match but do
/// not code" (PETRARCH `[---]`), which blocks the verb's default code.
public struct EventCodeAssignment: Sendable, Hashable {
    public var primary: String?
    public var reverse: String?
    public init(primary: String?, reverse: String? = nil) { self.primary = primary; self.reverse = reverse }
}

/// One element of a verb pattern.
public enum PatternElement: Sendable, Hashable {
    /// A word: any of the alternatives (each alternative one or more words, from a synset).
    /// `adjacent` = joined to the previous element with `_`, so no words may come between.
    case word(alternatives: [[NameWord]], adjacent: Bool)
    /// The next actor phrase is the target (`+`), the source (`$`), or both sides of a
    /// coordination (`%`).
    case target, source, compound
    /// PETRARCH's `^`: skip one phrase (a name, or else one word).
    case skip
}

/// A refinement of a verb: words around the verb that must occur, and the code then.
/// A class, so the coder walks long pattern lists without copying them.
public final class VerbPattern: Sendable {
    /// Elements before the verb, in text order.
    public let before: [PatternElement]
    /// Elements after the verb, in text order.
    public let after: [PatternElement]
    public let code: EventCodeAssignment
    /// The pattern as written, reported as the event's evidence.
    public let text: String
    /// Kroniek refinements match `after` among all dependents of the verb, before or after
    /// it (Dutch puts objects before a final verb); PETRARCH patterns keep their sides.
    public let anywhere: Bool

    /// For each word element, the first words of its alternatives: a pattern can only
    /// match when every element has one of them in the sentence (a cheap pre-check).
    public let anchors: [Set<String>]

    public init(before: [PatternElement], after: [PatternElement], code: EventCodeAssignment, text: String, anywhere: Bool = false) {
        self.before = before; self.after = after; self.code = code; self.text = text; self.anywhere = anywhere
        anchors = (before + after).compactMap { e in
            guard case .word(let alts, _) = e else { return nil }
            return Set(alts.compactMap { $0.first?.prefix == false ? $0.first?.text : nil })
        }
    }


    /// More words = more specific, and a pattern that also requires an actor position
    /// (`+ $ %`) is more specific than the same words without; specific patterns are tried first.
    public var specificity: Int {
        (before + after).reduce(0) { n, e in if case .word = e { return n + 2 }; return n + 1 }
    }
}

/// A verb (lemma, possibly with extra words such as a particle or a light-verb noun) and
/// its patterns. Verbs of one PETRARCH family share the patterns.
public struct VerbEntry: Sendable {
    /// Upper-cased lemma (or word form) of the head word.
    public var lemma: String
    /// The dictionary's base form the entry was made from (`RESTORE` for `RESTORED`); an
    /// entry whose lemma differs from it is a generated regular inflection.
    public var base: String
    /// Words that must accompany the head (particle, object noun), upper-cased; words
    /// before the head come first in `wordsBefore`.
    public var wordsBefore: [String]
    public var wordsAfter: [String]
    public var code: EventCodeAssignment?
    /// Index into `EventDictionary.families`.
    public var family: Int
    public var origin: String
    /// The language the entry was written for (`nl`, `en`), or `*` for any: a Dutch
    /// sentence must not match an English verb that happens to share a form ("meet").
    public var language: String

    public init(lemma: String, base: String? = nil, wordsBefore: [String] = [], wordsAfter: [String] = [],
                code: EventCodeAssignment?, family: Int, origin: String, language: String = "*") {
        self.lemma = lemma; self.base = base ?? lemma; self.wordsBefore = wordsBefore; self.wordsAfter = wordsAfter
        self.code = code; self.family = family; self.origin = origin; self.language = language
    }

    /// Whether the entry may code a sentence in `language`.
    public func applies(to language: String) -> Bool { self.language == "*" || self.language == language }
}

/// A verb family: the default code and the patterns shared by its verbs.
public struct VerbFamily: Sendable {
    public var name: String
    public var code: EventCodeAssignment?
    public var patterns: [VerbPattern]
    public init(name: String, code: EventCodeAssignment?, patterns: [VerbPattern] = []) {
        self.name = name; self.code = code; self.patterns = patterns
    }
}

/// The kinds of modality and attribution cue words (see docs/dictionary-format.md).
public enum CueKind: String, Sendable, CaseIterable {
    case negation, conditional, future, hypothetical, report, fear
    /// Subordinators of adverbial clauses of cause, time or concession ("aangezien",
    /// "because"): such a clause is never the content of a fear, threat or denial it
    /// hangs on, however the parser labelled it.
    case circumstance
    /// Support verbs whose object noun names the event ("hield een gesprek", "held
    /// talks", "voerde een aanval uit"): the verb's subject is the noun event's source.
    case support
    /// Prepositions of place ("in", "te"): a place in the actor's own state is where it
    /// acts, not whom it acts on.
    case location
    /// Prepositions: of a passive agent (`by`, `door`), of both sides of a noun event
    /// (`between`, `tussen`), of a noun event's agent or patient (`of`, `van`), and
    /// linking a role noun to its country (`from`, `of`, `in`, `uit`, `van`).
    case by, between, of, member
    /// Nouns that name a person by what they do ("leider", "woordvoerder"): a Dutch
    /// compound ending in one takes its role from its first part ("vakbondsleider").
    case person
    /// Nouns for people who are no actor of their own ("jongeren", "een vrouw", "two
    /// men"): arrested, they are suspects; attacked, civilians (`ClauseCoder.unnamedPeople`).
    case human
}

/// Everything the coder needs for one or more languages: verbs and their patterns,
/// noun events, actors and agents, cue words and discards.
public struct EventDictionary: Sendable {
    public var families: [VerbFamily] = []
    /// Upper-cased lemma -> verb entries with that head.
    public var verbs: [String: [VerbEntry]] = [:]
    /// Upper-cased noun lemma -> code (noun events such as "invasion").
    public var nouns: [String: [NounEntry]] = [:]
    public var actors = ActorDictionary()
    /// Language code (or `*`) -> kind -> cue phrases (upper-cased word sequences).
    public var cues: [String: [CueKind: [[String]]]] = [:]
    /// Phrases that make a sentence uncodable; `story` ones make the whole document uncodable.
    public var discards: [(words: [NameWord], story: Bool)] = []

    /// The noun event a noun names in a language: its entry for that language, else the
    /// one for every language.
    public func noun(_ key: String, language: String) -> NounEntry? {
        guard let entries = nouns[key] else { return nil }
        return entries.last { $0.language == language } ?? entries.last { $0.language == "*" }
    }

    /// The single-word cues of one kind for a language (and those for every language).
    public func cueWords(_ kind: CueKind, language: String) -> Set<String> {
        Set([language, "*"].flatMap { cues[$0]?[kind] ?? [] }.filter { $0.count == 1 }.map { $0[0] })
    }
    /// Code -> the code of its negation ("did not clash" = 110 negated = 050), from a
    /// PETRARCH internal-code ontology. Without it a negated event keeps its code and is
    /// flagged `negated`.
    public var negatedCodes: [String: String] = [:]
    /// Lines left out while loading (codes outside CAMEO in imported dictionaries), to be
    /// shown to the user.
    public var problems: [InputError] = []
    /// Whether event codes must be CAMEO codes. PETRARCH validation dictionaries use
    /// private test codes; they are loaded with this off and their codes pass through.
    public var requiresCameo = true
    /// Whether an agent whose country is not found is coded with `---` for the country
    /// (`---GOV`), as PETRARCH does and its validation records expect. Kroniek's own
    /// dictionaries leave such an event out instead: a role noun that reference
    /// resolution could not place names no actor a human coder would code.
    public var codesAgentsWithoutCountry = false

    public init() {}

    public mutating func addFamily(_ family: VerbFamily) -> Int {
        families.append(family)
        return families.count - 1
    }

    public mutating func add(_ verb: VerbEntry) {
        verbs[verb.lemma, default: []].append(verb)
    }

    public func cues(_ kind: CueKind, language: String) -> [[String]] {
        (cues[language]?[kind] ?? []) + (language == "*" ? [] : cues["*"]?[kind] ?? [])
    }

    public mutating func addCue(_ kind: CueKind, _ words: [String], language: String) {
        cues[language, default: [:]][kind, default: []].append(words)
    }

    public mutating func merge(_ other: EventDictionary) {
        let offset = families.count
        families += other.families
        for (lemma, entries) in other.verbs {
            verbs[lemma, default: []] += entries.map { var e = $0; e.family += offset; return e }
        }
        for (k, v) in other.nouns { nouns[k, default: []] += v }
        actors.merge(other.actors)
        for (lang, kinds) in other.cues { for (k, list) in kinds { cues[lang, default: [:]][k, default: []] += list } }
        discards += other.discards
        negatedCodes.merge(other.negatedCodes) { a, _ in a }
        problems += other.problems
        requiresCameo = requiresCameo && other.requiresCameo
        codesAgentsWithoutCountry = codesAgentsWithoutCountry || other.codesAgentsWithoutCountry
    }
}

/// A noun that names an event ("invasion", "het bezoek"), in one language or all (`*`).
public struct NounEntry: Sendable {
    public var code: EventCodeAssignment
    /// Where it was read (file and line), for the evidence of an event.
    public var origin: String
    public var language: String
    public init(code: EventCodeAssignment, origin: String, language: String = "*") {
        self.code = code; self.origin = origin; self.language = language
    }
}
