import Testing
import KroniekCore
@testable import KroniekEvents
import KroniekPipeline

/// `--format petrarch`: the lines PETRARCH 2's `write_events` writes, for events made
/// up here.
@Suite struct PetrarchEventLinesTests {
    static func record(_ id: String, sentence: String? = "true", source: String? = "AFP", url: String? = nil) -> Document {
        var extra: [String: String] = [:]
        if let sentence { extra["sentence"] = "\"\(sentence)\"" }
        if let source { extra["source"] = "\"\(source)\"" }
        let metadata = DocumentMetadata(id: id, url: url, date: PartialDate(year: 2021, month: 12, day: 30), extra: extra)
        return Document(metadata: metadata, text: "")
    }

    static func event(_ source: String, _ target: String?, _ code: String, sentence: Int = 0, in document: String) -> CodedEvent {
        CodedEvent(documentID: document, sentenceIndex: sentence, sentenceSpan: Span(0, 1), date: PartialDate(year: 2022),
                   source: ActorReference(code: source, text: "the \(source)\tside", span: nil),
                   target: target.map { ActorReference(code: $0, text: "the \($0)", span: nil) },
                   code: code, modality: Modality(), reportedBy: nil, evidence: "MEET [040]")
    }

    @Test func sentencesOfAStoryGiveOneLinePerDistinctEvent() {
        var lines = PetrarchEventLines()
        var out: [String] = []
        out += lines.add([Self.event("RUR", "GFW", "040", in: "AFP0808-01-M008_01")], of: Self.record("AFP0808-01-M008_01"))
        out += lines.add([Self.event("RUR", "GFW", "040", in: "AFP0808-01-M008_02"), Self.event("GFW", "RUR", "042", in: "AFP0808-01-M008_02")],
                         of: Self.record("AFP0808-01-M008_02"))
        #expect(out.isEmpty, "a story is written once it is complete")
        out += lines.add([Self.event("RUR", nil, "010", in: "AFP0808-01-M009_01")], of: Self.record("AFP0808-01-M009_01", url: "https://x.example/9"))
        out += lines.finish()
        #expect(out == [
            "20211230\tRUR\tGFW\t040\t\tAFP0808-01-M008_01;AFP0808-01-M008_02\tAFP",
            "20211230\tGFW\tRUR\t042\t\tAFP0808-01-M008_02\tAFP",
            "20211230\tRUR\t---\t010\t\tAFP0808-01-M009_01\thttps://x.example/9\tAFP",
        ])
    }

    @Test func aDocumentThatIsNotASentenceIsAStoryOfItsOwn() {
        var lines = PetrarchEventLines()
        lines.writesActorText = true
        lines.writesEventText = true
        let out = lines.add([Self.event("RUR", "GFW", "040", sentence: 2, in: "nrc_12")], of: Self.record("nrc_12", sentence: nil, source: nil))
            + lines.finish()
        #expect(out == ["20211230\tRUR\tGFW\t040\t\tnrc_12_2\tNULL\tthe RUR side\tthe GFW\tMEET [040]"])
    }
}
