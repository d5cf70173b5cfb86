import Testing
import KroniekCore
@testable import KroniekIO

/// Record files with what PETRARCH's own readers accept and strict XML refuses, written
/// for these tests: each quirk is read as PETRARCH reads it and reported with its line.
@Suite struct PetrarchQuirksTests {
    /// A validation file as UniversalPetrarch's are written: a header comment holding an
    /// example comment, an environment with comma lists, self-closed record starts closed
    /// again later, pseudo-tags holding JSON, a bare `&`, a record not to be evaluated.
    static let quirky = """
    <?xml version="1.0" encoding="utf-8"?>
    <!--
        Records look like this: <Sentence id="X_1"> ... </Sentence> <!-- with a comment -->
        and this line is still part of the header.
    -->
    <Validation>
    <Environment>
        <Verbfile>verbs.txt</Verbfile>
        <Actorfile>Countries.actors.txt, International.actors.txt,MilNonState.actors.txt</Actorfile>
        <Include>valid RURA RURB</Include>
        <Exclude>OLD</Exclude>
    </Environment>
    <Sentences>
    <Sentence date="20200301" id="RURA_1" category="RURA" evaluate="true"/>
    <PLEvent {"event": "042", "source": ["RUR"], "target": ["GFW"], "note": "a > in JSON"}>
    <EventCoding eventcode="042" sourcecode="RUR" targetcode="GFW" />
    <Text>
    Ruritania & Grand Fenwick: the king visited Fenwick.
    </Text>
    </Sentence>
    <Sentence date="20200302" id="RURB_2" category="RURB" evaluate="false"/>
    <EventCoding eventcode="010" sourcecode="~GOV" targetcode="GFW" />
    <Text>The government spoke.</Text>
    </Sentence>
    </Sentences>
    </Validation>
    """

    @Test func quirksAreReadAsPetrarchReadsThem() {
        let (environment, outcome) = PetrarchReader().read(Self.quirky, origin: "quirky.xml", defaultID: "quirky")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.documents.map(\.id) == ["RURA_1", "RURB_2"], "the example record in the header comment is not a record")
        let first = outcome.documents[0]
        #expect(first.text == "Ruritania & Grand Fenwick: the king visited Fenwick.")
        #expect(first.goldCodings == [GoldCoding(eventCode: "042", sourceCode: "RUR", targetCode: "GFW")])
        let second = outcome.documents[1]
        #expect(second.metadata.extraText("evaluate") == "false", "kept for the evaluation, which skips it")
        #expect(second.goldCodings.first?.sourceCode == "---GOV", "an isolated agent ~GOV is ---GOV, as UniversalPetrarch reads it")
        #expect(environment.files["Actorfile"] == ["Countries.actors.txt", "International.actors.txt", "MilNonState.actors.txt"])
        #expect(environment.include == ["valid", "RURA", "RURB"])
        #expect(environment.exclude == ["OLD"])
        #expect(environment.lines["Actorfile"] == 9)
    }

    @Test func eachQuirkIsReportedOnceWithItsFirstLine() {
        let outcome = PetrarchReader().read(Self.quirky, origin: "quirky.xml", defaultID: "quirky").outcome
        func warning(_ text: String) -> InputError? { outcome.warnings.first { $0.message.contains(text) } }
        #expect(warning("comment holds another")?.line == 2)
        #expect(warning("self-closed record start")?.line == 14)
        #expect(warning("self-closed record start")?.message.contains("2 times") == true)
        #expect(warning("<PLEvent>")?.line == 15)
        #expect(outcome.warnings.allSatisfy { $0.origin == "quirky.xml" && $0.line != nil })
    }

    @Test func strictXMLReadsTheSameFileOnlyWhenCleaned() throws {
        // The same records as XML accepts them read to the same documents.
        let clean = Self.quirky
            .replacingOccurrences(of: " <!-- with a comment -->", with: "")
            .replacingOccurrences(of: "evaluate=\"true\"/>", with: "evaluate=\"true\">")
            .replacingOccurrences(of: "evaluate=\"false\"/>", with: "evaluate=\"false\">")
            .replacingOccurrences(of: "<PLEvent {\"event\": \"042\", \"source\": [\"RUR\"], \"target\": [\"GFW\"], \"note\": \"a > in JSON\"}>\n", with: "")
            .replacingOccurrences(of: "Ruritania & Grand", with: "Ruritania &amp; Grand")
        #expect((try? MarkupTree.parse(clean, mode: .xml)) != nil)
        #expect((try? MarkupTree.parse(Self.quirky, mode: .xml)) == nil, "strict XML stays strict")
        let quirky = PetrarchReader().read(Self.quirky, origin: "q.xml", defaultID: "q").outcome
        let cleaned = PetrarchReader().read(clean, origin: "c.xml", defaultID: "c").outcome
        #expect(cleaned.warnings.isEmpty)
        #expect(quirky.documents.map(\.text) == cleaned.documents.map(\.text))
        #expect(quirky.documents.map(\.goldCodings) == cleaned.documents.map(\.goldCodings))
        #expect(quirky.documents.map(\.metadata.extra) == cleaned.documents.map(\.metadata.extra))
    }

    @Test func recordsAfterStopAreSkippedAndCounted() {
        let xml = """
        <Sentences>
        <Sentence id="A_1" date="20200101"><Text>Een.</Text></Sentence>
        <Stop>
        <Sentence id="A_2" date="20200101"><Text>Twee.</Text></Sentence>
        <Sentence id="A_3" date="20200101"><Text>Drie.</Text></Sentence>
        </Sentences>
        """
        let outcome = load(xml, name: "stop.xml")
        #expect(outcome.documents.map(\.id) == ["A_1"])
        #expect(outcome.skipped.map(\.id) == ["A_2", "A_3"])
        #expect(outcome.skipped.allSatisfy { $0.reason == "after <Stop>" })
        #expect(outcome.warnings.first { $0.message.contains("<Stop>") }?.line == 3)
        var summary = RunSummary()
        summary.add(outcome)
        #expect(summary.description == "1 input read (1 document; 2 records skipped: 2 after <Stop>), 1 warning")
    }

    @Test func aRecordWithoutItsEndTagEndsAtTheNextRecord() {
        let xml = "<Sentences>\n<Sentence id=\"A_1\" date=\"20200101\">\n<Text>Een.</Text>\n<Sentence id=\"A_2\" date=\"20200101\">\n<Text>Twee.</Text>\n</Sentence>\n</Sentences>\n"
        let outcome = load(xml, name: "open.xml")
        #expect(outcome.documents.map(\.text) == ["Een.", "Twee."])
        #expect(outcome.warnings.first { $0.message.contains("without its end tag") }?.line == 2)
    }

    @Test func aTextThatNeverEndsIsAnErrorForItsRecordOnly() {
        let xml = "<Sentences>\n<Sentence id=\"A_1\" date=\"20200101\">\n<Text>Een.\n</Sentence>\n<Sentence id=\"A_2\" date=\"20200101\"><Text>Twee.</Text></Sentence>\n</Sentences>\n"
        let outcome = load(xml, name: "open.xml")
        #expect(outcome.documents.map(\.id) == ["A_2"])
        #expect(outcome.errors.first?.line == 3)
    }

    @Test func aPseudoTagWhoseQuoteStaysOpenEndsAtItsOwnLine() {
        // The inch mark in the text would otherwise close the pseudo-tag's open quote.
        let xml = "<Sentences>\n<Sentence id=\"A_1\" date=\"20200101\">\n<PLEvent {\"event\": \"012}>\n<Text>The 5\" gun fired.</Text>\n</Sentence>\n"
            + "<Sentence id=\"A_2\" date=\"20200101\"><Text>Twee.</Text></Sentence>\n</Sentences>\n"
        let outcome = load(xml, name: "open-quote.xml")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.documents.map(\.text) == ["The 5\" gun fired.", "Twee."])
    }

    @Test func petrarchOneEnvironmentAttributesAreRead() {
        let xml = "<Environment>\n<Verbfile name=\"old.verbs\">\n<Include categories=\"DEMO TEST\">\n</Environment>\n<Sentence id=\"A_1\" date=\"20200101\"><Text>Een.</Text></Sentence>\n"
        let environment = PetrarchReader().read(xml, origin: "p1.xml", defaultID: "p1").environment
        #expect(environment.files["Verbfile"] == ["old.verbs"])
        #expect(environment.include == ["DEMO", "TEST"])
    }

    @Test func aFileWhoseHeaderCommentEndsEarlyIsStillSniffedAsPetrarch() {
        let xml = "<?xml version=\"1.0\"?>\n<!-- header <!-- example --> rest of the header -->\n<Validation>\n<Sentences>\n"
            + "<Sentence id=\"A_1\" date=\"20200101\"><Text>Een.</Text></Sentence>\n</Sentences>\n</Validation>\n"
        let outcome = load(xml, name: "header.xml")
        #expect(outcome.documents.map(\.id) == ["A_1"])
    }
}
