import Foundation
import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct BadInputTests {
    @Test func invalidUTF8IsReplacedAndTheFirstBadByteNamed() throws {
        var bytes = Array("Café ".utf8)       // 6 bytes
        bytes += [0xC3, 0x28]                  // a lead byte without its continuation
        bytes += Array(" en meer. ".utf8) + [0xFF]
        let outcome = DocumentLoader().load(bytes: bytes, origin: "latin.txt", defaultID: "latin")
        let warning = try #require(outcome.warnings.first)
        #expect(warning.byteOffset == 6)
        #expect(warning.origin == "latin.txt")
        let doc = try #require(outcome.documents.first)
        #expect(doc.text.hasPrefix("Café \u{FFFD}("))
        #expect(doc.text.hasSuffix("\u{FFFD}"))
        #expect(!outcome.failed)
    }

    @Test(arguments: [
        ([0xE0, 0x80, 0x80], 0),              // overlong
        ([0x41, 0xED, 0xA0, 0x80], 1),        // surrogate
        ([0x41, 0x42, 0xF0, 0x9F, 0x98], 2),  // truncated at the end
        ([0xF4, 0x90, 0x80, 0x80], 0),        // above U+10FFFF
    ] as [([UInt8], Int)])
    func validatorFindsTheFirstBadByte(_ bytes: [UInt8], _ offset: Int) {
        #expect(bytes.withUnsafeBufferPointer(ByteInspection.firstInvalidUTF8Offset) == offset)
    }

    @Test func validUTF8PassesTheValidator() {
        let bytes = Array("Ωmega – “quotes” 😀 ĳ".utf8)
        #expect(bytes.withUnsafeBufferPointer(ByteInspection.firstInvalidUTF8Offset) == nil)
    }

    @Test func emptyAndBlankInputsWarnAndGiveNoDocument() {
        for bytes in [[], Array(" \n\t\n".utf8)] as [[UInt8]] {
            let outcome = DocumentLoader().load(bytes: bytes, origin: "leeg.txt", defaultID: "leeg")
            #expect(outcome.documents.isEmpty)
            #expect(outcome.warnings.count == 1)
            #expect(!outcome.failed)
        }
    }

    @Test func binaryInputIsAnError() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        let outcome = DocumentLoader().load(bytes: png, origin: "plaatje.txt", defaultID: "plaatje")
        #expect(outcome.failed)
        #expect(outcome.documents.isEmpty)
        let noisy = (0..<400).map { UInt8($0 % 3 == 0 ? 0x01 : 0x61) }
        #expect(DocumentLoader().load(bytes: noisy, origin: "ruis", defaultID: "ruis").failed)
    }

    @Test func utf16WithAByteOrderMarkIsConverted() throws {
        let text = "date 2021-05 Één zin."
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for bytes in [littleEndian, bigEndian] {
            let outcome = DocumentLoader().load(bytes: bytes, origin: "windows.txt", defaultID: "windows")
            #expect(!outcome.failed)
            #expect(outcome.documents.first?.text == "Één zin.")
            #expect(outcome.warnings.count == 1)
        }
    }

    @Test func byteOrderMarkIsDropped() throws {
        let outcome = DocumentLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array("date 2020-01-02 Tekst.".utf8), origin: "bom.txt", defaultID: "bom")
        let doc = try #require(outcome.documents.first)
        #expect(doc.text == "Tekst.")
        #expect(doc.metadata.date == PartialDate(year: 2020, month: 1, day: 2))
    }

    /// 5 MB on one line: the readers must stay linear (a quadratic step would take minutes).
    @Test func aLargeSingleLineFileIsReadWhole() throws {
        let sentence = "De wethouder opende het nieuwe zwembad in aanwezigheid van veel inwoners. "
        let count = 5_000_000 / sentence.utf8.count
        let text = String(repeating: sentence, count: count)
        let outcome = DocumentLoader().load(bytes: Array(text.utf8), origin: "groot.txt", defaultID: "groot")
        let doc = try #require(outcome.documents.first)
        #expect(doc.text.utf8.count == text.utf8.count)
        #expect(doc.paragraphs.count == 1)
    }

    @Test func formatIsSniffedWhenTheNameSaysNothing() {
        let cases: [(String, InputFormat)] = [
            ("[{\"text\": \"a\"}]", .json),
            ("{\"text\": \"a\"}\n", .json),
            ("{\"text\": \"a\"}\n{\"text\": \"b\"}\n", .jsonl),
            ("<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\"></rss>", .rss),
            ("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", .atom),
            ("<Sentences><Sentence/></Sentences>", .petrarch),
            ("<!DOCTYPE html><html></html>", .html),
            ("<div>los</div>", .html),
            ("# sent_id = 1\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n", .conllu),
            (" date 2021-12 Gewone tekst.", .text),
        ]
        for (text, expected) in cases {
            let format = Array(text.utf8).withUnsafeBufferPointer(FormatSniffer.sniff)
            #expect(format == expected, "\(text)")
        }
    }

    @Test func forcedFormatOverridesTheExtension() throws {
        let outcome = load("{\"text\": \"geen json hier\"}", name: "a.txt", format: .text)
        #expect(outcome.documents.first?.text == "{\"text\": \"geen json hier\"}")
    }
}
