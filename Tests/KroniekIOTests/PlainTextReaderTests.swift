import Foundation
import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct PlainTextReaderTests {
    @Test func monthHeaderWithLeadingSpaceGoesToMetadata() throws {
        let doc = PlainTextReader().read(" date 2023-04 De minister opende maandag het nieuwe station.\n\nDaarna volgde een lunch.",
                                         origin: "a.txt", defaultID: "a")
        #expect(doc.metadata.date == PartialDate(year: 2023, month: 4))
        #expect(doc.metadata.date?.precision == .month)
        #expect(doc.text == "De minister opende maandag het nieuwe station.\n\nDaarna volgde een lunch.")
        #expect(doc.id == "a")
    }

    @Test func dayHeaderWithoutLeadingSpace() {
        let doc = PlainTextReader().read("date 2022-11-07 The council met on Monday.", origin: "b.txt", defaultID: "b")
        #expect(doc.metadata.date == PartialDate(year: 2022, month: 11, day: 7))
        #expect(doc.text == "The council met on Monday.")
    }

    @Test func headerAloneOnItsLineStartsTheTextOnTheNextLine() {
        let doc = PlainTextReader().read(" date 2020\nEen kort bericht.", origin: "c.txt", defaultID: "c")
        #expect(doc.metadata.date?.precision == .year)
        #expect(doc.text == "Een kort bericht.")
    }

    @Test func textThatMerelyStartsWithTheWordDateIsKeptWhole() {
        for text in ["Dates were set for the talks.", "date of the meeting: unknown", "date 2021-13 is not a month"] {
            let doc = PlainTextReader().read(text, origin: "d.txt", defaultID: "d")
            #expect(doc.metadata.date == nil)
            #expect(doc.text == text)
        }
    }

    @Test func paragraphsAreBlankLineSeparatedAndTrimmed() {
        let text = "  Eerste alinea,\nnog steeds de eerste.\n\n \t\nTweede alinea.\n\n\nDerde.  \n"
        let spans = PlainTextReader.paragraphs(in: text)
        let scalars = ScalarText(text)
        #expect(spans.map { scalars[$0] } == ["Eerste alinea,\nnog steeds de eerste.", "Tweede alinea.", "Derde."])
    }

    @Test func seedArticleFromSharedDataReadsWithItsHeader() throws {
        let path = "../shared/seeds/000_e145908b11a7c0ca.txt"
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipped: \(path) not present (needs ../shared)")
            return
        }
        let outcome = DocumentLoader().load(.file(path))
        let doc = try #require(outcome.documents.first)
        #expect(doc.metadata.date == PartialDate(year: 2021, month: 12))
        #expect(doc.id == "000_e145908b11a7c0ca")
        #expect(!doc.text.hasPrefix(" ") && !doc.text.hasPrefix("date"))
        #expect(doc.paragraphs.count > 3)
    }
}
