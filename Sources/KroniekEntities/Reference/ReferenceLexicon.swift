import KroniekCore

/// The words reference resolution reads, per language. All lowercase.
struct ReferenceLexicon: Sendable {
    /// Pronouns for a person ("hij", "hem", "zijn", "he", "his").
    var personPronouns: Set<String> = []
    /// Pronouns for a person or a group, state or organisation ("zij", "ze", "they").
    var personOrGroupPronouns: Set<String> = []
    /// Pronouns for a state or organisation ("het" as a subject, "it", "its").
    var thingPronouns: Set<String> = []
    /// Possessive pronouns, which may refer to the subject of their own clause
    /// ("Poetin waarschuwde zijn ambtsgenoot").
    var possessivePronouns: Set<String> = []
    /// Nouns that, with a demonstrative or definite article, stand for the last state
    /// named ("dat land", "the country").
    var countryNouns: Set<String> = []
    /// Nouns for the other party of a meeting or call ("zijn ambtsgenoot", "his counterpart").
    var counterpartNouns: Set<String> = []
    /// Role nouns that stand for the last office holder named ("de president").
    var leaderNouns: Set<String> = []
    /// Nouns for the government of the last state named ("het regime", "the administration").
    var governmentNouns: Set<String> = []
    /// Determiners that make a noun refer back ("dat", "deze", "the").
    var referringDeterminers: Set<String> = []
    /// Prepositions that place a group somewhere ("separatisten ... in het oosten van
    /// Oekraïne", "rebels in Syria").
    var locativePrepositions: Set<String> = []
    /// Determiners and numerals that make a plural noun the pair of main actors ("beide
    /// leiders", "de twee landen", "both leaders").
    var pairDeterminers: Set<String> = []
    /// Nouns for either party of anything ("beide partijen", "both sides").
    var sideNouns: Set<String> = []
    /// Reciprocal pronouns: each party toward the other ("elkaar").
    var reciprocalPronouns: Set<String> = []
    /// "other" words that, after one of `otherDeterminers`, stand for the other party of
    /// a pair ("de ander", "each other", "the other").
    var otherWords: Set<String> = []
    var otherDeterminers: Set<String> = []
    /// Plural endings and what replaces them in the singular ("leiders" → "leider",
    /// "countries" → "country"), for plural nouns the tagger left without a lemma.
    var pluralEndings: [(plural: String, singular: String)] = []
    /// Nouns whose `of` phrase names who started an event ("op verzoek van Poetin", "at
    /// the request of Putin"): that party is its source.
    var initiatorNouns: Set<String> = []

    static func forLanguage(_ language: Language) -> ReferenceLexicon {
        switch language {
        case .dutch: return .dutch
        case .english: return .english
        default: return .dutch.merged(with: .english)
        }
    }

    func merged(with other: ReferenceLexicon) -> ReferenceLexicon {
        var m = self
        m.personPronouns.formUnion(other.personPronouns)
        m.personOrGroupPronouns.formUnion(other.personOrGroupPronouns)
        m.thingPronouns.formUnion(other.thingPronouns)
        m.possessivePronouns.formUnion(other.possessivePronouns)
        m.countryNouns.formUnion(other.countryNouns)
        m.counterpartNouns.formUnion(other.counterpartNouns)
        m.leaderNouns.formUnion(other.leaderNouns)
        m.governmentNouns.formUnion(other.governmentNouns)
        m.referringDeterminers.formUnion(other.referringDeterminers)
        m.locativePrepositions.formUnion(other.locativePrepositions)
        m.pairDeterminers.formUnion(other.pairDeterminers)
        m.sideNouns.formUnion(other.sideNouns)
        m.reciprocalPronouns.formUnion(other.reciprocalPronouns)
        m.otherWords.formUnion(other.otherWords)
        m.otherDeterminers.formUnion(other.otherDeterminers)
        m.pluralEndings += other.pluralEndings
        m.initiatorNouns.formUnion(other.initiatorNouns)
        return m
    }

    static let dutch = ReferenceLexicon(
        personPronouns: ["hij", "hem", "zijn", "zelf"],
        personOrGroupPronouns: ["zij", "ze", "haar", "hun", "hen"],
        thingPronouns: ["het"],
        possessivePronouns: ["zijn", "haar", "hun"],
        countryNouns: ["land", "staat", "buurland"],
        counterpartNouns: ["ambtsgenoot", "collega", "gesprekspartner", "tegenhanger"],
        leaderNouns: ["president", "leider", "premier", "minister-president", "staatshoofd", "regeringsleider",
                      "kanselier", "minister", "koning", "emir", "sultan", "kroonprins"],
        governmentNouns: ["regering", "regime", "kabinet", "bewind", "autoriteiten"],
        referringDeterminers: ["dat", "deze", "die", "dit", "het", "de"],
        locativePrepositions: ["in", "uit"],
        pairDeterminers: ["beide", "beiden", "twee", "allebei"],
        sideNouns: ["partij", "partijen", "kant", "kanten", "zijde", "zijden"],
        reciprocalPronouns: ["elkaar", "mekaar", "elkander"],
        otherWords: ["ander", "andere"],
        otherDeterminers: ["de"],
        pluralEndings: [("s", ""), ("en", "")],
        initiatorNouns: ["verzoek", "initiatief", "uitnodiging", "aandringen"])

    static let english = ReferenceLexicon(
        personPronouns: ["he", "him", "his", "himself"],
        personOrGroupPronouns: ["she", "her", "they", "them", "their"],
        thingPronouns: ["it", "its"],
        possessivePronouns: ["his", "her", "their", "its"],
        countryNouns: ["country", "state", "nation"],
        counterpartNouns: ["counterpart", "colleague", "opposite number"],
        leaderNouns: ["president", "leader", "premier", "prime minister", "chancellor", "minister", "king",
                      "emir", "sultan", "crown prince", "head of state"],
        governmentNouns: ["government", "regime", "administration", "cabinet", "authorities"],
        referringDeterminers: ["that", "this", "the"],
        locativePrepositions: ["in", "from"],
        pairDeterminers: ["both", "two"],
        sideNouns: ["side", "sides", "party", "parties"],
        reciprocalPronouns: [],
        otherWords: ["other", "another"],
        otherDeterminers: ["each", "one", "the"],
        pluralEndings: [("ies", "y"), ("s", "")],
        initiatorNouns: ["request", "initiative", "invitation", "behest", "urging"])
}
