import KroniekCore
import Testing
@testable import KroniekSyntax

/// Alignment of the 2017 Dutch files with current UD Dutch, and particle-verb lemmas.
@Suite struct DutchConventionTests {
    static func sentence(_ form: String, _ lemma: String, _ upos: String, _ deprel: String) -> String {
        "1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\t\(form)\t\(lemma)\t\(upos)\t_\t_\t0\t\(deprel)\t_\t_\n\n"
    }

    static func sentences(_ text: String, times: Int) throws -> [Sentence] {
        try TestData.sentences(conllu: String(repeating: text, count: times))
    }

    @Test func auxiliariesFollowTheCurrentFilesPerLemma() throws {
        let current = try Self.sentences(Self.sentence("moet", "moeten", "AUX", "aux"), times: 10)
            + Self.sentences(Self.sentence("gaat", "gaan", "VERB", "root"), times: 10)
            + Self.sentences(Self.sentence("is", "zijn", "AUX", "cop"), times: 10)
        let aligner = AuxiliaryAligner(current: current)
        func aligned(_ form: String, _ lemma: String, _ upos: String, _ deprel: String) throws -> UPOS? {
            aligner.align(try TestData.sentences(conllu: Self.sentence(form, lemma, upos, deprel))[0]).words[1].upos
        }
        #expect(try aligned("ging", "gaan", "AUX", "aux") == .VERB)   // current files: gaan is never AUX
        #expect(try aligned("moest", "moeten", "VERB", "root") == .AUX)  // current files: moeten is AUX
        #expect(try aligned("was", "zijn", "AUX", "cop") == .AUX)
        #expect(try aligned("was", "zijn", "AUX", "aux") == .VERB)  // zijn is AUX only as a copula here
        #expect(try aligned("bleef", "blijven", "AUX", "cop") == .AUX)  // no current evidence: unchanged
    }

    @Test func retaggedWordTakesItsFormsUsualCurrentTag() throws {
        // `eerste` and `tweede` are NUM in the 2017 files; current files say ADJ, and PROPN in names.
        let current = try Self.sentences(Self.sentence("eerste", "eerst", "ADJ", "amod"), times: 20)
            + Self.sentences(Self.sentence("eerste", "eerst", "PROPN", "amod"), times: 2)
            + Self.sentences(Self.sentence("tweede", "twee", "PROPN", "amod"), times: 12)
            + Self.sentences(Self.sentence("tweede", "twee", "ADJ", "amod"), times: 10)
        let legacy = try TestData.sentences(conllu: Self.sentence("eerste", "eerst", "NUM", "amod") + Self.sentence("tweede", "twee", "NUM", "amod"))
        let aligner = ConventionAligner(current: current, legacy: legacy)
        #expect(aligner.align(legacy[0]).words[1].upos == .ADJ)
        #expect(aligner.align(legacy[1]).words[1].upos == .PROPN)
    }

    @Test func onlyAFormsUsualOldTagOrRelationIsAligned() throws {
        let current = try Self.sentences(Self.sentence("zijn", "zijn", "PRON", "nmod:poss"), times: 30)
            + Self.sentences(Self.sentence("de", "de", "DET", "det"), times: 40)
            + Self.sentences(Self.sentence("dat", "dat", "SCONJ", "mark"), times: 40)
        // Old files: `zijn` is always a possessive determiner, `de` once in a `fixed` expression
        // and `dat` once a determiner, among many ordinary uses.
        let legacy = try Self.sentences(Self.sentence("zijn", "zijn", "DET", "det"), times: 5)
            + Self.sentences(Self.sentence("de", "de", "DET", "det"), times: 19) + Self.sentences(Self.sentence("de", "de", "DET", "fixed"), times: 1)
            + Self.sentences(Self.sentence("dat", "dat", "SCONJ", "mark"), times: 19) + Self.sentences(Self.sentence("dat", "dat", "DET", "det"), times: 1)
        let aligner = ConventionAligner(current: current, legacy: legacy)
        let possessive = aligner.align(legacy[0]).words[1]
        #expect(possessive.upos == .PRON && possessive.deprel == "nmod:poss")
        #expect(aligner.align(legacy[24]).words[1].deprel == "fixed")
        #expect(aligner.align(legacy[44]).words[1].upos == .DET)
    }

    @Test func quantifierTakesTheTagCurrentFilesGiveItInItsRelation() throws {
        let current = try Self.sentences(Self.sentence("meer", "veel", "ADV", "advmod"), times: 12)
            + Self.sentences(Self.sentence("meer", "veel", "PRON", "obj"), times: 12)
        let legacy = try TestData.sentences(conllu: Self.sentence("meer", "veel", "PRON", "advmod") + Self.sentence("meer", "veel", "PRON", "obj"))
        let aligner = ConventionAligner(current: current, legacy: legacy)
        #expect(aligner.align(legacy[0]).words[1].upos == .ADV)
        #expect(aligner.align(legacy[1]).words[1].upos == .PRON)
    }

    @Test func oldInfinitiveComplementsAndNamesTakeCurrentShapes() throws {
        let legacy = try TestData.sentences(conllu: """
        1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_
        2\tbesloot\tbesluiten\tVERB\t_\tVerbForm=Fin\t0\troot\t_\t_
        3\tte\tte\tADP\t_\t_\t4\tmark\t_\t_
        4\tvertrekken\tvertrekken\tVERB\t_\tVerbForm=Inf\t2\tccomp\t_\t_
        5\tnaar\tnaar\tADP\t_\t_\t6\tcase\t_\t_
        6\tVerenigde\tverenigen\tVERB\t_\tVerbForm=Part\t4\tobl\t_\t_
        7\tStaten\tstaat\tNOUN\t_\tNumber=Plur\t6\tfixed\t_\t_
        8\tvan\tvan\tADP\t_\t_\t6\tfixed\t_\t_
        9\tAmerika\tAmerika\tPROPN\t_\t_\t6\tfixed\t_\t_
        10\tin\tin\tADP\t_\t_\t11\tcase\t_\t_
        11\tplaats\tplaats\tNOUN\t_\t_\t4\tobl\t_\t_
        12\tvan\tvan\tADP\t_\t_\t11\tfixed\t_\t_
        13\tRusland\tRusland\tPROPN\t_\t_\t11\tnmod\t_\t_
        14\tmet\tmet\tADP\t_\t_\t15\tcase\t_\t_
        15\tRode\trood\tADJ\t_\t_\t4\tobl\t_\t_
        16\tKruis\tkruis\tNOUN\t_\t_\t15\tflat\t_\t_

        """)
        let converted = LegacyTreeConverter(current: [], legacy: legacy).convert(legacy[0])
        #expect(converted.words[3].deprel == "xcomp")
        #expect(converted.words[5].upos == .PROPN && converted.words[5].lemma == "Verenigde")
        #expect(converted.words[6].upos == .PROPN && converted.words[6].deprel == "flat")
        #expect(converted.words[7].upos == .ADP && converted.words[7].deprel == "flat")
        // "in plaats van" has a lowercase content word: it stays a fixed expression.
        #expect(converted.words[11].deprel == "fixed" && converted.words[10].upos == .NOUN)
        #expect(converted.words[14].upos == .PROPN && converted.words[15].upos == .PROPN && converted.words[15].deprel == "flat")
    }

    @Test func onlyParticlesComposeParticleVerbLemmas() throws {
        var s = try TestData.sentences(conllu: """
        1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_
        2\tviel\tvallen\tVERB\t_\t_\t0\troot\t_\t_
        3\tbinnen\tbinnen\tADP\t_\t_\t2\tcompound:prt\t_\t_
        4\tzei\tzeggen\tVERB\t_\t_\t0\troot\t_\t_
        5\tlopen\tlopen\tVERB\t_\t_\t4\tcompound:prt\t_\t_
        6\tgaf\tweg_geven\tVERB\t_\t_\t0\troot\t_\t_
        7\top\top\tADP\t_\t_\t6\tcompound:prt\t_\t_

        """)[0]
        var restricted = s
        s.composeParticleVerbLemmas(particles: nil)
        #expect(s.words[1].lemma == "binnen_vallen")
        #expect(s.words[3].lemma == "zeggen")  // a verb is no particle: a parsing error
        #expect(s.words[5].lemma == "weg_geven")  // already has a particle
        restricted.composeParticleVerbLemmas(particles: ["op", "af"])
        #expect(restricted.words[1].lemma == "vallen")  // `binnen` is not among the known particles
    }

    @Test func particlesThatCurrentFilesWriteJoinedAreNoParticles() throws {
        // `ver` heads `compound:prt` in old files, but current files write `verlopen` as one word.
        let prt = "1\tHij\thij\tPRON\t_\t_\t2\tnsubj\t_\t_\n2\tliep\tlopen\tVERB\t_\t_\t0\troot\t_\t_\n"
        let old = try TestData.sentences(conllu: String(repeating: prt + "3\tver\tver\tADP\t_\t_\t2\tcompound:prt\t_\t_\n4\tX\tX\tPROPN\t_\t_\t2\tflat:name\t_\t_\n\n", count: 3)
            + String(repeating: prt + "3\top\top\tADP\t_\t_\t2\tcompound:prt\t_\t_\n4\tX\tX\tPROPN\t_\t_\t2\tflat:name\t_\t_\n\n", count: 3))
        let current = try Self.sentences(Self.sentence("verliep", "verlopen", "VERB", "root"), times: 1)
            + Self.sentences(Self.sentence("verkocht", "verkopen", "VERB", "root"), times: 1)
            + Self.sentences(Self.sentence("opliep", "op_lopen", "VERB", "root"), times: 1)
        #expect(TreebankNormalizer(files: [old, current]).particles == ["op"])
    }
}
