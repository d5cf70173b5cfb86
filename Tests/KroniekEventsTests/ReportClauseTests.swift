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
