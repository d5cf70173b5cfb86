import Foundation
import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct PetrarchReaderTests {
    let records = """
    <?xml version='1.0' encoding='utf-8'?>
    <Validation>
    <Sentences>
    <Sentence date="20110412" id="TEST_01" source="X" sentence="true">
    <!-- a comment inside the record -->
    <EventCoding eventcode="042" sourcecode="NLDGOV" targetcode="BELGOV" />
    <Text>
    The Dutch minister (Verhagen) visited
    Brussels on Tuesday.
    </Text>
    <Parse>
    1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_
    2\tDutch\tDutch\tADJ\tJJ\t_\t3\tamod\t_\t_
    3\tminister\tminister\tNOUN\tNN\t_\t7\tnsubj\t_\t_
    4\t-LRB-\t-LRB-\tPUNCT\t-LRB-\t_\t5\tpunct\t_\t_
    5\tVerhagen\tVerhagen\tPROPN\tNNP\t_\t3\tappos\t_\t_
    6\t-RRB-\t-RRB-\tPUNCT\t-RRB-\t_\t5\tpunct\t_\t_
    7\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
    8\tBrussels\tBrussels\tPROPN\tNNP\t_\t7\tobj\t_\t_
    9\ton\ton\tADP\tIN\t_\t10\tcase\t_\t_
    10\tTuesday\tTuesday\tPROPN\tNNP\t_\t7\tobl\t_\t_
    11\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_
    </Parse>
    </Sentence>
    <Sentence date="20110413" id="TEST-02" category="MISC">
    <EventCoding noevents="True" />
    <Text>Nothing happened &amp; nobody spoke.</Text>
    <Parse>
    (ROOT (S (NP (NN Nothing)) (VP (VBD happened))))
    </Parse>
    </Sentence>
    </Sentences>
    </Validation>
    """

    @Test func recordsBecomeDocumentsWithGoldCodings() throws {
        let outcome = load(records, name: "validate.xml")
        #expect(outcome.errors.isEmpty)
        #expect(outcome.documents.map(\.id) == ["TEST_01", "TEST-02"])
        let first = outcome.documents[0]
        #expect(first.metadata.date == PartialDate(year: 2011, month: 4, day: 12))
        #expect(first.metadata.extra["category"] == nil, "attributes as written; the evaluation takes a category from the id")
        #expect(first.metadata.extra["source"] == #""X""#)
        #expect(first.goldCodings == [GoldCoding(eventCode: "042", sourceCode: "NLDGOV", targetCode: "BELGOV")])
        #expect(first.text == "The Dutch minister (Verhagen) visited\nBrussels on Tuesday.")
        let second = outcome.documents[1]
        #expect(second.metadata.extra["category"] == #""MISC""#)
        #expect(second.metadata.extra["noevents"] == #""True""#)
        #expect(second.text == "Nothing happened & nobody spoke.")
        #expect(second.sentences.isEmpty)
        #expect(second.metadata.extra["treebankParse"]?.contains("(ROOT") == true)
    }

    @Test func conlluParseIsAlignedToTheText() throws {
        let doc = try #require(load(records, name: "validate.xml").documents.first)
        let sentence = try #require(doc.sentences.first)
        let text = ScalarText(doc.text)
        for token in sentence.tokens { #expect(text[token.span] == token.form) }
        #expect(sentence.tokens[3].form == "(")
        #expect(sentence.words[3].form == "-LRB-")
        #expect(sentence.tokens[4].spaceAfter == false)
        #expect(sentence.words[6].head == Word.root)
        #expect(sentence.isParsed)
    }

    @Test func articleFilesReadLikeSentenceFiles() throws {
        let xml = "<Articles>\n<Article date=\"2021-12-30\" id=\"nrc_12\">\n<Text>Een artikel.</Text>\n</Article>\n</Articles>\n"
        let doc = try #require(load(xml, name: "input.xml").documents.first)
        #expect(doc.id == "nrc_12")
        #expect(doc.metadata.date == PartialDate(year: 2021, month: 12, day: 30))
        #expect(doc.text == "Een artikel.")
    }

    @Test func environmentListsTheDictionaryFiles() throws {
        let xml = "<Validation>\n<Environment>\n  <Verbfile>verbs.txt</Verbfile>\n  <Actorfile>a1.txt</Actorfile>\n  <Actorfile>a2.txt</Actorfile>\n</Environment>\n" +
            records.components(separatedBy: "<Validation>\n")[1]
        let (environment, outcome) = PetrarchReader().read(xml, origin: "v.xml", defaultID: "v")
        #expect(environment.files["Verbfile"] == ["verbs.txt"])
        #expect(environment.files["Actorfile"] == ["a1.txt", "a2.txt"])
        #expect(outcome.documents.count == 2)
    }

    @Test func misnestedXMLNamesTheLine() throws {
        let bad = "<Sentences>\n<Sentence id=\"A_1\" date=\"20200101\">\n<Text>Een zin.</Sentence>\n</Sentences>\n"
        let error = try #require(load(bad, name: "bad.xml").errors.first)
        #expect(error.line == 3)
        #expect(error.message.contains("<Text>"))
    }

    @Test func tokenAlignerRefusesTokensThatAreNotInTheText() {
        let sentence = Sentence(span: Span(0, 3), simpleTokens: [Token(form: "abc", span: Span(0, 3))])
        #expect(TokenAligner.align([sentence], to: "xyz") == nil)
        #expect(TokenAligner.align([sentence], to: "  abc")?.first?.tokens.first?.span == Span(2, 5))
    }
}
