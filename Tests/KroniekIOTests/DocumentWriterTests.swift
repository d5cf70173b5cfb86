import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct DocumentWriterTests {
    func sampleDocument() throws -> Document {
        let conllu = """
        # newdoc id = w1
        # sent_id = 1
        1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
        1\tdo\tdo\tAUX\t_\t_\t3\taux\t_\t_
        2\tn't\tnot\tPART\t_\t_\t3\tadvmod\t_\t_
        3\tgo\tgo\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No
        4\t!\t!\tPUNCT\t_\t_\t3\tpunct\t_\t_

        # sent_id = 2
        1\tStay\tstay\tVERB\t_\t_\t0\troot\t_\t_

        """
        var doc = try #require(try CoNLLUReader().read(conllu, origin: "w.conllu", defaultID: "w").first)
        doc.metadata.extra["rank"] = "3"
        doc.goldCodings = [GoldCoding(eventCode: "010", sourceCode: "A", targetCode: "B")]
        return doc
    }

    @Test func streamedJSONEqualsTheWholeValue() throws {
        let doc = try sampleDocument()
        for indented in [false, true] {
            var streamed: [UInt8] = []
            var chunks = 0
            DocumentJSON.write(doc, indented: indented, chunkSize: 10) { streamed += $0; chunks += 1 }
            var whole: [UInt8] = []
            JSONWriter(indented: indented).write(DocumentJSON.value(doc), into: &whole)
            #expect(streamed == whole)
            #expect(chunks > 1)
        }
    }

    @Test func jsonCarriesSpansWordsAndHeads() throws {
        let value = DocumentJSON.value(try sampleDocument())
        #expect(value["id"] == .string("w1"))
        #expect(value["extra"]?["rank"] == .number("3"))
        guard case .array(let sentences)? = value["sentences"], case .array(let tokens)? = sentences.first?["tokens"],
              case .array(let words)? = tokens.first?["words"] else {
            Issue.record("sentences/tokens/words missing"); return
        }
        #expect(tokens.first?["span"] == .array([.int(0), .int(5)]))
        #expect(words.map { $0["form"] } == [.string("do"), .string("n't")])
        #expect(words.first?["head"] == .int(2))
        #expect(tokens[1]["spaceAfter"] == .bool(false))
        guard case .array(let gold)? = value["goldCodings"] else { Issue.record("goldCodings missing"); return }
        #expect(gold.first?["eventCode"] == .string("010"))
    }

    @Test func tableShowsMetadataAndTokenBoundaries() throws {
        let table = DocumentTable.render(try sampleDocument())
        #expect(table.hasPrefix("== w1\n"))
        #expect(table.contains("1\tdon't{do n't}|go|!\n"))
        #expect(table.contains("2\tStay\n"))
        #expect(table.contains("gold: 010 A -> B"))
    }
}
