import Testing
@testable import KroniekCore

@Suite struct PartialDateTests {
    @Test func parsesIsoAndCompactForms() throws {
        #expect(PartialDate(iso: "2021-12")?.precision == .month)
        #expect(PartialDate(iso: "2021-12-30")?.description == "2021-12-30")
        #expect(PartialDate(iso: "19950101")?.description == "1995-01-01")
        #expect(PartialDate(iso: "2021")?.precision == .year)
        #expect(PartialDate(iso: "2021-13") == nil)
        #expect(PartialDate(iso: "2023-02-29") == nil)
        #expect(PartialDate(iso: "2024-02-29") != nil)
        #expect(PartialDate(iso: "dec 2021") == nil)
    }

    @Test func instantsAreNormalisedToUTC() throws {
        let d = try #require(PartialDate(iso: "2021-12-31T23:30:00-02:00"))
        #expect(d.description == "2022-01-01T01:30:00Z")
        #expect(d.precision == .instant)
    }

    @Test func weekdaysAndArithmetic() throws {
        // 30 December 2021 was a Thursday.
        let d = try #require(PartialDate(year: 2021, month: 12, day: 30))
        #expect(d.weekday == 4)
        #expect(d.addingDays(3).description == "2022-01-02")
        #expect(d.addingMonths(2).description == "2022-02-28")
        #expect(PartialDate(year: 1970, month: 1, day: 1)?.weekday == 4)
    }

    @Test func containmentFollowsPrecision() throws {
        let month = try #require(PartialDate(iso: "2021-12"))
        #expect(month.contains(try #require(PartialDate(iso: "2021-12-30"))))
        #expect(!month.contains(try #require(PartialDate(iso: "2022-01-01"))))
        #expect(!month.contains(try #require(PartialDate(iso: "2021"))))
    }
}

@Suite struct SpanTests {
    @Test func slicesByScalarOffsets() {
        let text = ScalarText("Oekraïne en ‘Poetin’")
        #expect(text[Span(0, 8)] == "Oekraïne")
        #expect(text[Span(13, 19)] == "Poetin")
        #expect(text[Span(15, 99)] == "etin’")
    }
}
