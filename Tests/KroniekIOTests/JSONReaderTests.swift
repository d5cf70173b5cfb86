import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct JSONReaderTests {
    @Test func objectFieldsMapToMetadataAndUnknownFieldsAreKeptVerbatim() throws {
        let json = #"{"id": "nos-17", "date": "2024-02-29", "lang": "nl", "title": "Kop", "outlet": "NOS", "url": "https://example.org/a", "text": "Regel een.\n\nRegel twee.", "wordCount": 4.50, "tags": ["a", "b"]}"#
        let outcome = load(json, name: "x.json")
        #expect(outcome.errors.isEmpty)
        let doc = try #require(outcome.documents.first)
        #expect(doc.id == "nos-17")
        #expect(doc.metadata.date == PartialDate(year: 2024, month: 2, day: 29))
        #expect(doc.metadata.language == .dutch)
        #expect(doc.metadata.title == "Kop" && doc.metadata.outlet == "NOS" && doc.metadata.url == "https://example.org/a")
        #expect(doc.metadata.extra == ["wordCount": "4.50", "tags": #"["a","b"]"#])
        #expect(doc.paragraphs.count == 2)
    }

    @Test func arrayRecordsWithoutIdsAreNumberedAfterTheFile() throws {
        let outcome = load(#"[{"text": "Een."}, {"text": "Twee.", "id": 7}]"#, name: "batch.json")
        #expect(outcome.documents.map(\.id) == ["batch#1", "7"])
    }

    @Test func malformedJSONNamesTheLine() throws {
        let outcome = load("{\n  \"id\": \"a\",\n  \"text\": \"x\"\n  \"title\": \"y\"\n}", name: "bad.json")
        let error = try #require(outcome.errors.first)
        #expect(error.line == 4)
        #expect(error.origin == "bad.json")
        #expect(outcome.documents.isEmpty)
    }

    @Test func aBadJSONLinesLineFailsAloneAndTheOtherLinesAreRead() throws {
        let lines = #"{"id": "1", "text": "Eerste."}"# + "\n" + #"{"id": "2", "text": "kapot"# + "\n\n" + #"{"id": "3", "text": "Derde."}"# + "\n"
        let outcome = load(lines, name: "feed.jsonl")
        #expect(outcome.documents.map(\.id) == ["1", "3"])
        #expect(outcome.errors.map(\.line) == [2])
        #expect(outcome.failed)
    }

    @Test func aRecordWithoutTextIsAnError() {
        let outcome = load(#"{"id": "leeg", "title": "Alleen een kop"}"#, name: "t.json")
        #expect(outcome.documents.isEmpty)
        #expect(outcome.errors.first?.message.contains("text") == true)
    }

    @Test func anUnparsableDateIsWarnedAboutAndKept() throws {
        let outcome = load(#"{"text": "Iets.", "date": "gisteren"}"#, name: "d.json")
        let doc = try #require(outcome.documents.first)
        #expect(doc.metadata.date == nil)
        #expect(doc.metadata.extra["date"] == #""gisteren""#)
        #expect(outcome.warnings.count == 1)
    }
}

@Suite struct JSONParserTests {
    @Test func decodesEscapesAndSurrogatePairs() throws {
        let values = try JSONParser.parseAll(#"["a\"b\\c\n\u00e9\ud83d\ude00", -1.5e3, true, null, {}]"#)
        #expect(values == [.array([.string("a\"b\\c\né😀"), .number("-1.5e3"), .bool(true), .null, .object([])])])
    }

    @Test func writerOutputParsesBackToTheSameValue() throws {
        let value: JSONValue = .object([("tekst", .string("tab\there \"quote\" \u{1}")), ("n", .number("12")), ("lijst", .array([.bool(false)]))])
        for indented in [false, true] {
            let text = JSONWriter(indented: indented).string(value)
            #expect(try JSONParser.parseAll(text) == [value])
        }
        #expect(!JSONWriter().string(value).contains("\n"))
    }

    @Test(arguments: ["[1,]", "{\"a\" 1}", "[01x]", "\"open", "{\"a\":1", "tru", "[1]]"])
    func rejectsMalformedInput(_ text: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parseAll(text) }
    }

    @Test func deepNestingIsAnErrorNotACrash() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parseAll(deep) }
    }
}
