import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct HTMLReaderTests {
    let page = """
    <!DOCTYPE html>
    <html lang="nl-NL">
    <head>
      <title>Gemeente kiest nieuw bestuur | Het Dagblad</title>
      <meta property="og:site_name" content="Het Dagblad">
      <meta property="article:published_time" content="2023-03-15T09:30:00+01:00">
      <link rel="canonical" href="https://example.org/bestuur">
      <script>var tracking = "<p>niet dit</p>";</script>
      <style>p { color: red }</style>
    </head>
    <body>
      <header><a href="/">Voorpagina</a></header>
      <nav><ul><li>Binnenland</li><li>Sport</li></ul></nav>
      <article>
        <header><h1>Gemeente kiest  nieuw bestuur</h1></header>
        <p>De raad koos dinsdag een nieuwe wethouder &amp; een  griffier.</p>
        <p>Het besluit viel na&nbsp;een lang debat<br>over de begroting.</p>
        <aside>Lees ook: iets anders</aside>
        <h2>Reacties</h2>
        <p>De oppositie sprak van &#8216;een gemiste kans&#x2019;.</p>
      </article>
      <footer>© Het Dagblad</footer>
    </body>
    </html>
    """

    @Test func keepsHeadingsAndParagraphsAndDropsBoilerplate() throws {
        let doc = try #require(load(page, name: "bestuur.html").documents.first)
        let paragraphs = doc.paragraphs.map { ScalarText(doc.text)[$0] }
        #expect(paragraphs == [
            "Gemeente kiest nieuw bestuur",
            "De raad koos dinsdag een nieuwe wethouder & een griffier.",
            "Het besluit viel na\u{A0}een lang debat",
            "over de begroting.",
            "Reacties",
            "De oppositie sprak van ‘een gemiste kans’.",
        ])
        for word in ["tracking", "Binnenland", "Voorpagina", "Lees ook", "©"] { #expect(!doc.text.contains(word)) }
    }

    @Test func metadataComesFromTheHead() throws {
        let doc = try #require(load(page, name: "bestuur.html").documents.first)
        #expect(doc.id == "bestuur")
        #expect(doc.metadata.date == PartialDate(iso: "2023-03-15T08:30:00Z"))
        #expect(doc.metadata.language == .dutch)
        #expect(doc.metadata.outlet == "Het Dagblad")
        #expect(doc.metadata.url == "https://example.org/bestuur")
        #expect(doc.metadata.title == "Gemeente kiest nieuw bestuur | Het Dagblad")
    }

    @Test func fallsBackToTheTimeElementForTheDate() throws {
        let html = "<html><body><main><time datetime=\"2019-06\">juni</time><p>Tekst.</p></main></body></html>"
        let doc = try #require(load(html, name: "t.htm").documents.first)
        #expect(doc.metadata.date == PartialDate(year: 2019, month: 6))
    }

    @Test func unterminatedMarkupNamesTheLine() throws {
        let html = "<html>\n<body>\n<p>Goed.</p>\n<!-- nooit gesloten\n<p>weg</p>\n"
        let outcome = load(html, name: "kapot.html")
        let error = try #require(outcome.errors.first)
        #expect(error.line == 4)
        #expect(error.message.contains("comment"))
    }

    @Test func sloppyButCompleteHTMLIsRepaired() throws {
        let html = "<body><p>Een<p>Twee</span><li>Drie<li>Vier</body>"
        let doc = try #require(load(html, name: "slordig.html").documents.first)
        #expect(doc.paragraphs.map { ScalarText(doc.text)[$0] } == ["Een", "Twee", "Drie", "Vier"])
    }
}
