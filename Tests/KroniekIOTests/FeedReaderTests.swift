import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct FeedReaderTests {
    let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
    <channel>
      <title>Regionaal Nieuws</title>
      <language>nl-be</language>
      <item>
        <title>Brug weer open</title>
        <link>https://example.org/brug</link>
        <guid isPermaLink="false">rn-1001</guid>
        <pubDate>Tue, 05 Mar 2024 16:45:00 +0100</pubDate>
        <category>Verkeer</category>
        <description><![CDATA[<p>De brug is <b>weer</b> open.</p><p>Er was drie weken gewerkt.</p>]]></description>
      </item>
      <item>
        <title>Markt verplaatst</title>
        <pubDate>6 Mar 24 08:00 GMT</pubDate>
        <description>De markt staat &lt;em&gt;tijdelijk&lt;/em&gt; op het plein.</description>
      </item>
    </channel>
    </rss>
    """

    @Test func eachItemIsADocumentWithItsMetadata() throws {
        let outcome = load(rss, name: "regio.rss")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.documents.count == 2)
        let first = outcome.documents[0]
        #expect(first.id == "rn-1001")
        #expect(first.metadata.origin == "regio.rss#1")
        #expect(first.metadata.title == "Brug weer open")
        #expect(first.metadata.url == "https://example.org/brug")
        #expect(first.metadata.outlet == "Regionaal Nieuws")
        #expect(first.metadata.language == Language("nl"))
        #expect(first.metadata.date == PartialDate(iso: "2024-03-05T15:45:00Z"))
        #expect(first.metadata.extra["category"] == #"["Verkeer"]"#)
        #expect(first.text == "De brug is weer open.\n\nEr was drie weken gewerkt.")
        let second = outcome.documents[1]
        #expect(second.id == "regio#2")
        #expect(second.metadata.date == PartialDate(iso: "2024-03-06T08:00:00Z"))
        #expect(second.text == "De markt staat tijdelijk op het plein.")
    }

    @Test func atomEntriesUsePublishedThenUpdated() throws {
        let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
          <title>City Desk</title>
          <entry>
            <id>urn:uuid:6c1f-01</id>
            <title type="text">Library hours extended</title>
            <link rel="alternate" href="https://example.org/library"/>
            <updated>2022-09-02T10:00:00Z</updated>
            <published>2022-09-01T18:20:00-04:00</published>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The library will open late.</p><p>Starting Monday.</p></div></content>
          </entry>
          <entry>
            <id>urn:uuid:6c1f-02</id>
            <title>Road works</title>
            <updated>2022-09-03</updated>
            <summary>Main Street closes for a week.</summary>
          </entry>
        </feed>
        """
        let outcome = load(atom, name: "city.xml")
        #expect(outcome.documents.map(\.id) == ["urn:uuid:6c1f-01", "urn:uuid:6c1f-02"])
        #expect(outcome.documents[0].metadata.date == PartialDate(iso: "2022-09-01T22:20:00Z"))
        #expect(outcome.documents[0].text == "The library will open late.\n\nStarting Monday.")
        #expect(outcome.documents[0].metadata.url == "https://example.org/library")
        #expect(outcome.documents[1].metadata.date == PartialDate(year: 2022, month: 9, day: 3))
        #expect(outcome.documents[1].metadata.language == .english)
    }

    @Test func malformedFeedNamesTheLine() throws {
        let bad = "<rss>\n<channel>\n<item><title>x</titel></item>\n</channel>\n</rss>\n"
        let error = try #require(load(bad, name: "bad.rss").errors.first)
        #expect(error.line == 3)
        #expect(error.message.contains("</titel>"))
    }

    @Test(arguments: [
        ("Sun, 31 Dec 2023 23:30:00 -0200", "2024-01-01T01:30:00Z"),
        ("01 Feb 1999 12:00 EST", "1999-02-01T17:00:00Z"),
        ("Mon, 7 Oct 2019 09:05:07 GMT", "2019-10-07T09:05:07Z"),
        ("15 Aug 2021", "2021-08-15"),
    ])
    func parsesRFC822Dates(_ text: String, _ iso: String) {
        #expect(RFC822Date.parse(text) == PartialDate(iso: iso))
    }

    @Test func rejectsNonsenseDates() {
        #expect(RFC822Date.parse("31 Foo 2020") == nil)
        #expect(RFC822Date.parse("yesterday") == nil)
    }
}
