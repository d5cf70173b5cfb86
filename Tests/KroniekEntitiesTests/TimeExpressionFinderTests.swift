import Testing
import KroniekCore
@testable import KroniekEntities

/// One sentence, the document date it is read against, and the expressions expected
/// as "surface text=date" (periods as "surface=date from start").
struct TimeCase: CustomTestStringConvertible, Sendable {
    let text: String
    let documentDate: String?
    let language: Language
    let expected: [String]
    var testDescription: String { text }

    init(_ text: String, _ documentDate: String?, _ language: Language, _ expected: [String]) {
        self.text = text; self.documentDate = documentDate; self.language = language; self.expected = expected
    }

    init(_ text: String, _ documentDate: String?, _ expected: [String]) {
        self.init(text, documentDate, .dutch, expected)
    }
}

func describeTimes(_ c: TimeCase) -> [String] {
    let (sentence, text) = testSentence(c.text)
    let date = c.documentDate.flatMap { PartialDate(iso: $0) }
    return TimeExpressionFinder().find(in: sentence, text: text, documentDate: date, language: c.language).map { e in
        let base = text[e.span] + "=" + e.date.description
        return e.periodStart.map { base + " from " + $0.description } ?? base
    }
}

@Suite struct DutchTimeExpressionTests {
    static let cases: [TimeCase] = [
        // Weekdays: month-precise document keeps the month; day-precise picks the day.
        TimeCase("Biden belde donderdag met Poetin.", "2021-12", ["donderdag=2021-12"]),
        TimeCase("Biden belde donderdag met Poetin.", "2021-12-31", ["donderdag=2021-12-30"]),
        TimeCase("Biden belde donderdag met Poetin.", "2021-12-30", ["donderdag=2021-12-30"]),
        TimeCase("De ministers overleggen zaterdagavond in Brussel.", "2021-12-15", ["zaterdagavond=2021-12-11"]),
        TimeCase("De ministers zullen maandag in Genève overleggen.", "2021-12-30", ["maandag=2022-01-03"]),
        TimeCase("Vorige donderdag sprak de premier met Macron.", "2021-12-30", ["Vorige donderdag=2021-12-23"]),
        TimeCase("Komende vrijdag komt de Veiligheidsraad bijeen.", "2021-12-31", ["Komende vrijdag=2022-01-07"]),
        TimeCase("Het kabinet besloot afgelopen dinsdag tot nieuwe sancties.", "2022-03-03", ["afgelopen dinsdag=2022-03-01"]),
        // Dates without a year: the year nearest the document date.
        TimeCase("Een bilaterale van Rusland en de Navo op 10 januari.", "2021-12", ["10 januari=2022-01-10"]),
        TimeCase("Een conferentie op 13 januari.", "2021-12-30", ["13 januari=2022-01-13"]),
        TimeCase("Op 24 februari viel Rusland Oekraïne binnen.", "2022-05-10", ["24 februari=2022-02-24"]),
        TimeCase("Op 3 december tekenden zij het akkoord.", "2022-01-15", ["3 december=2021-12-03"]),
        TimeCase("Zaterdag 11 december vergaderden de ministers.", "2021-12", ["Zaterdag 11 december=2021-12-11"]),
        TimeCase("De top vindt plaats op 1ste maart.", "2022-02-20", ["1ste maart=2022-03-01"]),
        // Full dates and numeric dates.
        TimeCase("Op 24 februari 2022 begon de invasie.", "2023-01", ["24 februari 2022=2022-02-24"]),
        TimeCase("Het verdrag van 8 december 1991 maakte een eind aan de Sovjet-Unie.", nil, ["8 december 1991=1991-12-08"]),
        TimeCase("De stemming was op 10-01-2022 in Den Haag.", nil, ["10-01-2022=2022-01-10"]),
        TimeCase("Het rapport van 2021-11-05 noemt geen namen.", nil, ["2021-11-05=2021-11-05"]),
        // Months and years.
        // Unparsed, a bare month is the nearest one; a parsed past tense turns it back (below).
        TimeCase("In maart stuurde Rusland troepen naar de grens.", "2021-12", ["maart=2022-03"]),
        TimeCase("In juni bezoekt de president Kiev.", "2021-12", ["juni=2021-06"]),
        TimeCase("In februari zullen de gesprekken worden hervat.", "2021-12", ["februari=2022-02"]),
        TimeCase("In maart 2014 annexeerde Rusland de Krim.", nil, ["maart 2014=2014-03"]),
        TimeCase("Rusland annexeerde in 2014 het schiereiland de Krim.", "2021-12", ["2014=2014"]),
        TimeCase("De Cubacrisis van 1962 bracht de wereld op de rand van oorlog.", nil, ["1962=1962"]),
        TimeCase("Een leger van 2000 soldaten trok de stad binnen.", "2021-12", []),
        TimeCase("Begin januari praten de partijen verder.", "2021-12-20", ["Begin januari=2022-01"]),
        TimeCase("Eind 2021 liep het akkoord af.", "2022-06", ["Eind 2021=2021"]),
        // Relative phrases.
        TimeCase("Vorige week dreigde Moskou met tegenmaatregelen.", "2021-12-30", ["Vorige week=2021-12"]),
        TimeCase("Vorige week dreigde Moskou met tegenmaatregelen.", "2021-12-02", ["Vorige week=2021-11"]),
        TimeCase("Vorige week dreigde Moskou met tegenmaatregelen.", "2021-12", ["Vorige week=2021-12"]),
        TimeCase("Het was het tweede gesprek deze maand.", "2021-12", ["deze maand=2021-12"]),
        TimeCase("Eerder deze maand spraken de leiders via een videoverbinding.", "2021-12-30", ["Eerder deze maand=2021-12"]),
        TimeCase("Vorige maand werden sancties ingesteld.", "2022-01-05", ["Vorige maand=2021-12"]),
        TimeCase("Volgende maand volgt een nieuwe ronde.", "2021-12", ["Volgende maand=2022-01"]),
        TimeCase("Vorig jaar trok de VS zich terug uit Afghanistan.", "2022-03", ["Vorig jaar=2021"]),
        TimeCase("Dit jaar zijn er verkiezingen in Frankrijk.", "2022-01-04", ["Dit jaar=2022"]),
        TimeCase("Rusland heeft de afgelopen twee maanden troepen samengetrokken.", "2021-12",
                 ["de afgelopen twee maanden=2021-12 from 2021-10"]),
        TimeCase("De spanningen zijn de afgelopen weken opgelopen.", "2021-12-30", ["de afgelopen weken=2021-12-30"]),
        TimeCase("Sinds 2014 steunt Moskou de separatisten.", "2021-12", ["Sinds 2014=2021-12 from 2014"]),
        TimeCase("Drie dagen geleden werd de ambassadeur ontboden.", "2021-12-30", ["Drie dagen geleden=2021-12-27"]),
        TimeCase("Twee jaar geleden braken de gesprekken af.", "2021-12", ["Twee jaar geleden=2019"]),
        TimeCase("Over twee weken beslist de EU over nieuwe sancties.", "2021-12-30", ["Over twee weken=2022-01"]),
        TimeCase("Gisteren ontmoette Rutte de Belgische premier.", "2021-12-01", ["Gisteren=2021-11-30"]),
        TimeCase("Gisteren ontmoette Rutte de Belgische premier.", "2021-12", ["Gisteren=2021-12"]),
        TimeCase("Vandaag spreekt de minister met haar Duitse ambtsgenoot.", "2021-12-30", ["Vandaag=2021-12-30"]),
        TimeCase("Morgen reist de minister naar Kiev.", "2021-12-31", ["Morgen=2022-01-01"]),
        TimeCase("Dat meldt De Morgen.", "2021-12-31", []),
        TimeCase("Vannacht vielen er raketten op Kiev.", "2022-03-01", ["Vannacht=2022-03-01"]),
        // Nothing to find, or nothing to resolve against.
        TimeCase("Rusland ontkent dat het Oekraïne wil binnenvallen.", "2021-12", []),
        TimeCase("Het Westen vreest al sinds jaar en dag een Russische invasie.", "2021-12", []),
        TimeCase("Donderdag belde Biden met Poetin.", nil, []),
        TimeCase("Jan Peter Balkenende sprak met Blair.", "2005-03", []),
    ]

    @Test(arguments: cases) func findsAndNormalises(_ c: TimeCase) {
        #expect(describeTimes(c) == c.expected)
    }

    @Test func reportsWordRangesAndSpans() throws {
        let (sentence, text) = testSentence("Biden belde op 10 januari met Poetin.")
        let found = TimeExpressionFinder().find(in: sentence, text: text, documentDate: PartialDate(iso: "2021-12"),
                                                language: .dutch)
        let e = try #require(found.first)
        #expect(e.wordRange == 3..<5)
        #expect(sentence.words[e.wordRange].map(\.form) == ["10", "januari"])
        #expect(e.span == Span(15, 25))
        #expect(e.date.precision == .day)
    }

    @Test func pastTenseTurnsABareMonthBack() throws {
        var (sentence, text) = testSentence("In maart stuurde Rusland troepen naar de grens.")
        sentence.words[2].upos = .VERB
        sentence.words[2].feats = "Tense=Past|VerbForm=Fin"
        let found = TimeExpressionFinder().find(in: sentence, text: text, documentDate: PartialDate(iso: "2021-12"),
                                                language: .dutch)
        #expect(found.map(\.date.description) == ["2021-03"])
    }

    @Test func findsSeveralExpressionsInOneSentence() {
        let c = TimeCase("Een bilaterale op 10 januari en een bredere conferentie op 13 januari.", "2021-12",
                         ["10 januari=2022-01-10", "13 januari=2022-01-13"])
        #expect(describeTimes(c) == c.expected)
    }
}

@Suite struct EnglishTimeExpressionTests {
    static let cases: [TimeCase] = [
        TimeCase("Biden spoke with Putin on Thursday.", "2021-12", .english, ["Thursday=2021-12"]),
        TimeCase("Biden spoke with Putin on Thursday night.", "2021-12-31", .english, ["Thursday night=2021-12-30"]),
        TimeCase("The envoys will meet on Monday in Geneva.", "2021-12-30", .english, ["Monday=2022-01-03"]),
        TimeCase("Talks are set for January 10 in Geneva.", "2021-12", .english, ["January 10=2022-01-10"]),
        TimeCase("Talks are set for January 10, 2022 in Geneva.", nil, .english, ["January 10, 2022=2022-01-10"]),
        TimeCase("On the 24th of February the invasion began.", "2022-06", .english, ["24th of February=2022-02-24"]),
        TimeCase("Russia annexed Crimea in March 2014.", nil, .english, ["March 2014=2014-03"]),
        TimeCase("Russia annexed Crimea in 2014.", "2021-12", .english, ["2014=2014"]),
        TimeCase("The troops may march in May.", "2022-02", .english, ["May=2022-05"]),
        TimeCase("The troops may march on the border.", "2022-02", .english, []),
        TimeCase("Last week Moscow warned of countermeasures.", "2021-12-30", .english, ["Last week=2021-12"]),
        TimeCase("Yesterday the minister met her Dutch counterpart.", "2022-01-01", .english, ["Yesterday=2021-12-31"]),
        TimeCase("Earlier this month the leaders held a video call.", "2021-12-30", .english, ["Earlier this month=2021-12"]),
        TimeCase("Next month the ministers meet again.", "2021-12", .english, ["Next month=2022-01"]),
        TimeCase("Last year the United States left Afghanistan.", "2022-03", .english, ["Last year=2021"]),
        TimeCase("Russia has massed troops over the past two months.", "2021-12", .english,
                 ["the past two months=2021-12 from 2021-10"]),
        TimeCase("Three days ago the ambassador was summoned.", "2021-12-30", .english, ["Three days ago=2021-12-27"]),
        TimeCase("A week ago the talks collapsed.", "2021-12-30", .english, ["A week ago=2021-12"]),
        TimeCase("Today the minister speaks with his German counterpart.", "2021-12-30", .english, ["Today=2021-12-30"]),
        TimeCase("The vote took place on 1/10/2022.", nil, .english, ["1/10/2022=2022-01-10"]),
        TimeCase("Since 2014 Moscow has backed the separatists.", "2021-12", .english, ["Since 2014=2021-12 from 2014"]),
        TimeCase("By mid-2022 the sanctions had taken effect.", "2023-01", .english, ["mid-2022=2022"]),
        TimeCase("Talks resume in mid-January.", "2021-12", .english, ["mid-January=2022-01"]),
    ]

    @Test(arguments: cases) func findsAndNormalises(_ c: TimeCase) {
        #expect(describeTimes(c) == c.expected)
    }
}

@Suite struct DocumentClockTests {
    @Test func dateWithoutYearPicksTheNearestYear() throws {
        let clock = DocumentClock(anchor: try #require(PartialDate(iso: "2021-12")))
        #expect(clock.date(month: 1, day: 10, .nearest)?.description == "2022-01-10")
        #expect(clock.date(month: 11, day: 2, .nearest)?.description == "2021-11-02")
        #expect(clock.date(month: 6, day: nil, .nearest)?.description == "2021-06")
        #expect(clock.date(month: 6, day: nil, .future)?.description == "2022-06")
        #expect(clock.date(month: 12, day: nil, .strictlyPast)?.description == "2020-12")
        #expect(clock.date(month: 2, day: 30, .nearest) == nil)
    }

    @Test func yearOnlyAnchorKeepsTheYear() throws {
        let clock = DocumentClock(anchor: try #require(PartialDate(iso: "2021")))
        #expect(clock.date(month: 1, day: 10, .nearest)?.description == "2021-01-10")
        #expect(clock.weekday(4, .past).description == "2021")
        #expect(clock.shifted(by: -1, .day).description == "2021")
        #expect(clock.shifted(by: -1, .year).description == "2020")
    }

    @Test func weekdaysAroundTheAnchor() throws {
        // 2021-12-30 was a Thursday.
        let clock = DocumentClock(anchor: try #require(PartialDate(iso: "2021-12-30")))
        #expect(clock.weekday(4, .past).description == "2021-12-30")
        #expect(clock.weekday(4, .strictlyPast).description == "2021-12-23")
        #expect(clock.weekday(4, .strictlyFuture).description == "2022-01-06")
        #expect(clock.weekday(1, .future).description == "2022-01-03")
        #expect(clock.weekday(5, .past).description == "2021-12-24")
    }

    /// A tense says which way a date without a year points, but not across a year.
    @Test func aTenseDoesNotSendANearDateAYearAway() throws {
        let clock = DocumentClock(anchor: try #require(PartialDate(iso: "1996-08-30")))
        // "was expected to meet on September 9": next week, not last September.
        #expect(clock.date(month: 9, day: 9, .past) == PartialDate(iso: "1996-09-09"))
        // "will discuss the attack of August 29": yesterday, not next August.
        #expect(clock.date(month: 8, day: 29, .future) == PartialDate(iso: "1996-08-29"))
        // Where both lie far, the tense decides.
        #expect(clock.date(month: 3, day: 1, .past) == PartialDate(iso: "1996-03-01"))
        #expect(clock.date(month: 3, day: 1, .future) == PartialDate(iso: "1997-03-01"))
    }
}
