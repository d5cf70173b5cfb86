import Testing
import KroniekCore
@testable import KroniekEvents

/// The coder on hand-built English trees, one construction per test.
@Suite struct CoderTests {
    @Test func activeClause() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 2 nsubj
        criticized criticize VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        . . PUNCT 2 punct
        """)
        #expect(events.map(\.triple) == ["111 RUS>UKR"])
        #expect(events[0].source.text == "Russia")
        #expect(events[0].target?.span == events[0].target.map { _ in Span(18, 25) })
        #expect(events[0].cameo?.quadClass == 3)
        #expect(events[0].date == PartialDate(year: 2021, month: 12, day: 8))
    }

    @Test func passiveClauseTakesTheAgentAsSource() throws {
        let events = try TreeBuilder.code("""
        Ukraine Ukraine PROPN 3 nsubj:pass
        was be AUX 3 aux:pass
        attacked attack VERB 0 root
        by by ADP 5 case
        Russia Russia PROPN 3 obl:agent
        """)
        #expect(events.map(\.triple) == ["190 RUS>UKR"])
    }

    @Test func coordinationOnBothSidesGivesOneEventPerPair() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 4 nsubj
        and and CCONJ 3 cc
        Belarus Belarus PROPN 1 conj
        criticized criticize VERB 0 root
        Ukraine Ukraine PROPN 4 obj
        and and CCONJ 7 cc
        Poland Poland PROPN 5 conj
        """)
        #expect(Set(events.map(\.triple)) == ["111 RUS>UKR", "111 RUS>POL", "111 BLR>UKR", "111 BLR>POL"])
    }

    @Test func agentCombinesWithCountryAdjective() throws {
        let events = try TreeBuilder.code("""
        The the DET 3 det
        Russian Russian ADJ 3 amod
        president president NOUN 4 nsubj
        criticized criticize VERB 0 root
        Ukraine Ukraine PROPN 4 obj
        """)
        #expect(events.map(\.triple) == ["111 RUSGOV>UKR"])
    }

    @Test func appositionNamesTheActor() throws {
        let events = try TreeBuilder.code("""
        Smith Smith PROPN 6 nsubj
        , , PUNCT 5 punct
        the the DET 5 det
        French French ADJ 5 amod
        president president NOUN 1 appos
        criticized criticize VERB 0 root
        Russia Russia PROPN 6 obj
        """)
        #expect(events.map(\.triple) == ["111 FRAGOV>RUS"])
    }

    @Test func datedRolesFollowTheDocumentDate() throws {
        let tree = """
        Putin Putin PROPN 2 nsubj
        criticized criticize VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        """
        #expect(try TreeBuilder.code(tree, date: PartialDate(year: 2005, month: 3)).map(\.triple) == ["111 RUSGOV>UKR"])
        #expect(try TreeBuilder.code(tree, date: PartialDate(year: 2010, month: 1, day: 1)).map(\.triple) == ["111 RUSELI>UKR"])
        #expect(try TreeBuilder.code(tree, date: PartialDate(year: 2021)).map(\.triple) == ["111 RUSGOV>UKR"])
    }

    @Test func controlledVerbInheritsTheSubjectAndPatternsRefineTheCode() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 2 nsubj
        threatened threaten VERB 0 root
        to to PART 4 mark
        attack attack VERB 2 xcomp
        Ukraine Ukraine PROPN 4 obj
        """)
        #expect(events.map(\.triple).contains("190 RUS>UKR"))
        #expect(events.contains { $0.triple == "138 RUS>UKR" && $0.evidence.contains("to attack") })
    }

    @Test func negationIsFlagged() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 4 nsubj
        did do AUX 4 aux
        not not PART 4 advmod
        criticize criticize VERB 0 root
        Ukraine Ukraine PROPN 4 obj
        """)
        #expect(events.count == 1)
        #expect(events[0].modality.negated)
        #expect(!events[0].modality.conditional)
    }

    @Test func conditionalAndFuture() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 3 nsubj
        will will AUX 3 aux
        attack attack VERB 0 root
        Ukraine Ukraine PROPN 3 obj
        if if SCONJ 7 mark
        NATO NATO PROPN 7 nsubj
        expands expand VERB 3 advcl
        """)
        let attack = try #require(events.first { $0.code == "190" })
        #expect(attack.modality.conditional)
        #expect(attack.modality.future)
        #expect(!attack.modality.reported)
    }

    @Test func reportedByASpeaker() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 2 nsubj
        attacked attack VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        , , PUNCT 8 punct
        a a DET 7 det
        Ukrainian Ukrainian ADJ 7 amod
        spokesman spokesman NOUN 8 nsubj
        said say VERB 2 parataxis
        """)
        let attack = try #require(events.first { $0.code == "190" })
        #expect(attack.modality.reported)
        #expect(attack.reportedBy?.code == "UKRGOV")
    }

    @Test func reportedAccordingTo() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 2 nsubj
        attacked attack VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        according accord VERB 7 case
        to to ADP 4 fixed
        the the DET 7 det
        Pentagon Pentagon PROPN 2 obl
        """)
        let attack = try #require(events.first)
        #expect(attack.modality.reported)
        #expect(attack.reportedBy?.code == "USAMIL")
    }

    @Test func pairedCodesAddTheReverseEvent() throws {
        let events = try TreeBuilder.code("""
        Putin Putin PROPN 2 nsubj
        met meet VERB 0 root
        the the DET 5 det
        French French ADJ 5 amod
        president president NOUN 2 obj
        """)
        #expect(Set(events.map(\.triple)) == ["040 RUSGOV>FRAGOV", "040 FRAGOV>RUSGOV"])
    }

    @Test func nounEvents() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 3 nmod:poss
        's 's PART 1 case
        invasion invasion NOUN 0 root
        of of ADP 5 case
        Ukraine Ukraine PROPN 3 nmod
        """)
        #expect(events.map(\.triple) == ["192 RUS>UKR"])
        let between = try TreeBuilder.code("""
        talks talk NOUN 0 root
        between between ADP 3 case
        Russia Russia PROPN 1 nmod
        and and CCONJ 5 cc
        Ukraine Ukraine PROPN 3 conj
        """)
        #expect(Set(between.map(\.triple)) == ["040 RUS>UKR", "040 UKR>RUS"])
    }

    @Test func uncodableSentencesGiveNoEvent() throws {
        #expect(try TreeBuilder.code("""
        The the DET 2 det
        weather weather NOUN 3 nsubj
        improved improve VERB 0 root
        """).isEmpty)
        // A coded verb without any actor as source is no event either.
        #expect(try TreeBuilder.code("""
        Crowds crowd NOUN 2 nsubj
        attacked attack VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        """).isEmpty)
    }
}
