import Testing
@testable import KroniekSyntax

@Suite struct CompoundSplitterTests {
    static let splitter = CompoundSplitter(
        bases: ["vrouw", "gras", "wereld", "rang", "basis", "opleiding", "doel", "derde", "ronde", "top", "tien"],
        spellings: ["zeden": "zede"], particles: ["terug", "mee", "aan"])
    static let lexicon = [
        "toernooien": "toernooi", "delinquenten": "delinquent", "jarige": "jarig", "rebellen": "rebel",
        "ranglijst": "ranglijst", "lijst": "lijst", "niveau": "niveau", "ploeg": "ploeg", "punten": "punt",
        "partij": "partij", "speler": "speler", "gesprongen": "springen", "zien": "zien", "nen": "nen",
    ]

    static func lemma(_ form: String) -> String? {
        splitter.split(form, known: { lexicon[$0] }, guess: { $0.lowercased() })?.underscored
    }

    @Test(arguments: [
        ("vrouwentoernooien", "vrouw_toernooi"), ("grastoernooien", "gras_toernooi"),
        ("zedendelinquenten", "zede_delinquent"), ("basisniveau", "basis_niveau"),
        ("opleidingsploeg", "opleiding_ploeg"), ("24-jarige", "24_jarig"), ("FARC-rebellen", "FARC_rebel"),
        ("derde-rondepartij", "derde_ronde_partij"), ("top-tienspeler", "top_tien_speler"),
    ])
    func splitsIntoBaseFormsAndHeadLemma(form: String, lemma: String) {
        #expect(Self.lemma(form) == lemma)
    }

    @Test func longestKnownHeadWins() {
        #expect(Self.lemma("wereldranglijst") == "wereld_ranglijst")
    }

    @Test func unknownFirstPartOrShortPartsDoNotSplit() {
        #expect(Self.lemma("benen") == nil)  // `be` is no base, and short heads are not tried
        #expect(Self.lemma("schilderijen") == nil)
    }

    @Test func capitalisedFirstPartBeforeAHyphenKeepsItsCase() {
        // A name (`Oranje-beloften`); a capital that only starts the sentence cannot be told apart.
        #expect(Self.lemma("Top-tienspeler") == "Top_tien_speler")
        #expect(Self.lemma("Vrouwentoernooien") == "vrouw_toernooi")
    }

    @Test func headAfterHyphenIsGuessedWhenUnknown() {
        #expect(Self.lemma("Rabo-renners") == "Rabo_renners")
    }

    @Test func joinedLemmaKeepsTheWrittenFirstPart() {
        let split = Self.splitter.split("Doelpunten", known: { Self.lexicon[$0] }, guess: { $0 })
        #expect(split == CompoundSplit(surface: "Doel", modifiers: ["doel"], headLemma: "punt"))
        #expect(split?.joined == "doelpunt")
        #expect(CompoundSplit(surface: "FARC-", modifiers: ["FARC"], headLemma: "rebel").joined == "FARC-rebel")
    }

    @Test func particleVerbFromParticleAndKnownVerbForm() {
        #expect(Self.splitter.particleVerbLemma(of: "meegesprongen", known: { Self.lexicon[$0] }) == "mee_springen")
        #expect(Self.splitter.particleVerbLemma(of: "terugzien", known: { Self.lexicon[$0] }) == "terug_zien")
        #expect(Self.splitter.particleVerbLemma(of: "verspeelde", known: { Self.lexicon[$0] }) == nil)
    }

    @Test(arguments: [
        ("vrouwenwijding", "vrouw_wijding", [("vrouwen", "vrouw")]),
        ("vogelnesten", "vogel_nest", [("vogel", "vogel")]),
        ("zedendelinquenten", "zede_delinquent", [("zeden", "zede")]),
        ("derde-rondepartij", "derde_ronde_partij", [("derde", "derde"), ("ronde", "ronde")]),
        ("woonplaats", "woon_plaats", [("woon", "woon")]),
    ])
    func firstPartSpellingsAreReadFromCompoundLemmas(form: String, lemma: String, parts: [(String, String)]) {
        let found = CompoundSplitter.firstParts(form: form, lemma: lemma)
        #expect(found.map(\.surface) == parts.map(\.0))
        #expect(found.map(\.base) == parts.map(\.1))
    }

    @Test func noSplitterWithoutCompoundLemmas() throws {
        let english = try TestData.sentences(conllu: "1\tgreen\tgreen\tADJ\t_\t_\t2\tamod\t_\t_\n2\thouses\thouse\tNOUN\t_\t_\t0\troot\t_\t_\n\n")
        #expect(CompoundSplitter(all: english, current: english, particles: []) == nil)
        let dutch = try TestData.sentences(conllu: "1\tvrouwentoernooi\tvrouw_toernooi\tNOUN\t_\t_\t0\troot\t_\t_\n\n")
        #expect(CompoundSplitter(all: dutch, current: dutch, particles: [])?.spellings == ["vrouwen": "vrouw"])
    }
}
