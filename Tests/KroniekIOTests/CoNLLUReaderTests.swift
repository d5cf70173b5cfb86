import Foundation
import Testing
import KroniekCore
@testable import KroniekIO

@Suite struct CoNLLUReaderTests {
    let sample = """
    # newdoc id = d1
    # sent_id = s1
    # text = I don't know.
    1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_
    2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
    2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_
    3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
    4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No
    5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_
    
    """

    @Test func rebuildsTextAndKeepsSpansExact() throws {
        let docs = try CoNLLUReader().read(sample, origin: "t.conllu", defaultID: "t")
        let doc = try #require(docs.first)
        #expect(doc.id == "d1")
        #expect(doc.text == "I don't know.")
        let s = try #require(doc.sentences.first)
        #expect(s.tokens.map(\.form) == ["I", "don't", "know", "."])
        #expect(s.words.map(\.form) == ["I", "do", "n't", "know", "."])
        let text = ScalarText(doc.text)
        for t in s.tokens { #expect(text[t.span] == t.form) }
        #expect(s.words[2].span == s.tokens[1].span)
        #expect(s.words[0].head == 2 && s.words[3].head == Word.root)
    }

    @Test func namesTheLineOfABadTokenLine() {
        let bad = "1\tI\tI\tPRON\n"
        #expect(throws: InputError.self) { try CoNLLUReader().read(bad, origin: "bad.conllu", defaultID: "bad") }
        do { _ = try CoNLLUReader().read(bad, origin: "bad.conllu", defaultID: "bad") } catch let e as InputError {
            #expect(e.line == 1)
        } catch { Issue.record("unexpected error \(error)") }
    }

    @Test func roundTripsThroughTheWriter() throws {
        let doc = try #require(try CoNLLUReader().read(sample, origin: "t", defaultID: "t").first)
        var out = ""
        CoNLLUWriter(includeSpans: false).write(doc, into: &out)
        let again = try #require(try CoNLLUReader().read(out, origin: "t2", defaultID: "t2").first)
        #expect(again.text == doc.text)
        #expect(again.sentences[0].words == doc.sentences[0].words)
    }

    @Test func readsWindowsLineEndings() throws {
        let crlf = sample.replacingOccurrences(of: "\n", with: "\r\n")
        let doc = try #require(try CoNLLUReader().read(crlf, origin: "w.conllu", defaultID: "w").first)
        #expect(doc.text == "I don't know.")
        #expect(doc.sentences.first?.words.count == 5)
    }

    @Test func acceptsTheUDv1ConjunctionTag() throws {
        let v1 = "1\tand\tand\tCONJ\tCC\t_\t0\troot\t_\t_\n"
        let doc = try #require(try CoNLLUReader().read(v1, origin: "v1", defaultID: "v1").first)
        #expect(doc.sentences.first?.words.first?.upos == .CCONJ)
    }
}

@Suite struct CoNLLUTreeRepairTests {
    func sentence(heads: [String]) -> String {
        "# sent_id = s\n" + heads.enumerated().map { i, h in "\(i + 1)\tw\(i)\tw\t_\t_\t_\t\(h)\tdep\t_\t_" }.joined(separator: "\n") + "\n\n"
    }

    func read(_ text: String) throws -> (heads: [Int?], warnings: [InputError]) {
        var warnings: [InputError] = []
        let docs = try CoNLLUReader().read(text, origin: "t.conllu", defaultID: "t", warnings: &warnings)
        return (docs[0].sentences[0].words.map(\.head), warnings)
    }

    @Test func leavesTreesAndUnparsedSentencesAlone() throws {
        let tree = try read(sentence(heads: ["2", "0", "2"]))
        #expect(tree.heads == [1, -1, 1] && tree.warnings.isEmpty)
        let unparsed = try read(sentence(heads: ["_", "_", "_"]))
        #expect(unparsed.heads == [nil, nil, nil] && unparsed.warnings.isEmpty)
    }

    @Test func breaksCyclesAtTheRootAndSaysWhereTheSentenceIs() throws {
        let r = try read(sentence(heads: ["0", "3", "2"]))
        #expect(r.heads[0] == -1)
        #expect(r.heads.filter { $0 == 0 }.count == 1)   // one word of the cycle now hangs from the root
        #expect(r.warnings.count == 1 && r.warnings[0].message.contains("cycle") && r.warnings[0].line == 2)
    }

    @Test func repairsSelfLoopsMissingAndOutOfRangeHeads() throws {
        #expect(try read(sentence(heads: ["0", "2"])).heads == [-1, 0])
        #expect(try read(sentence(heads: ["0", "7"])).warnings.first?.message.contains("outside") == true)
        #expect(try read(sentence(heads: ["0", "_"])).heads == [-1, 0])
        #expect(try read(sentence(heads: ["2", "1"])).heads.contains(-1))  // a cycle with no root gets one
    }
}
