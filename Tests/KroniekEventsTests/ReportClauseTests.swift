import Testing
import KroniekCore
@testable import KroniekEvents

/// A report clause hanging on the event names who reported it, even when the parser
/// took the speaker after the verb for an object ("…, liet een woordvoerder weten").
@Suite struct ReportClauseTests {
    @Test func theSpeakerOfAnAdverbialReportClauseIsReportedBy() throws {
        let events = try TreeBuilder.code("""
        Russia Russia PROPN 2 nsubj
        criticized criticize VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        , , PUNCT 5 punct
        said say VERB 2 advcl
        NATO NATO PROPN 5 obj
        """)
        #expect(events.map(\.triple) == ["111 RUS>UKR"])
        #expect(events.first?.modality.reported == true)
        #expect(events.first?.reportedBy?.code == "IGOWSTNAT")
    }
}

/// A report phrase on the clause a noun event is an argument of reports the noun event.
@Suite struct NounEventReportTests {
    @Test func accordingToOnTheVerbOfANounEventReportsIt() throws {
        let events = try TreeBuilder.code("""
        The the DET 3 det
        Russian Russian ADJ 3 amod
        invasion invasion NOUN 6 nsubj
        of of ADP 5 case
        Ukraine Ukraine PROPN 3 nmod
        ended end VERB 0 root
        according accord VERB 9 case
        to to ADP 7 fixed
        NATO NATO PROPN 6 obl
        """)
        #expect(events.map(\.triple) == ["192 RUS>UKR"])
        #expect(events.first?.reportedBy?.code == "IGOWSTNAT")
    }
}
