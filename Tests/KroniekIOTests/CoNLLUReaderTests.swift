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

@Suite struct CoNLLUTreeCheckTests {
    func sentence(heads: [String]) -> String {
        heads.enumerated().map { i, h in "\(i + 1)\tw\(i)\tw\t_\t_\t_\t\(h)\tdep\t_\t_" }.joined(separator: "\n") + "\n\n"
    }

    func error(_ text: String) -> InputError? {
        do { _ = try CoNLLUReader().read("# sent_id = s\n" + text, origin: "t.conllu", defaultID: "t"); return nil }
        catch let e as InputError { return e } catch { return nil }
    }

    @Test func acceptsTreesAndUnparsedSentences() {
        #expect(error(sentence(heads: ["2", "0", "2"])) == nil)
        #expect(error(sentence(heads: ["_", "_", "_"])) == nil)
    }

    @Test func rejectsCyclesNamingTheSentenceLine() throws {
        let e = try #require(error(sentence(heads: ["0", "3", "2"])))
        #expect(e.message.contains("cycle"))
        #expect(e.line == 2)
    }

    @Test func rejectsHeadsOutsideTheSentenceAndSelfLoops() {
        #expect(error(sentence(heads: ["0", "7"]))?.message.contains("outside") == true)
        #expect(error(sentence(heads: ["0", "2"]))?.message.contains("own head") == true)
        #expect(error(sentence(heads: ["0", "_"]))?.message.contains("not on word 2") == true)
    }
}
