import Testing
import KroniekCore
@testable import KroniekEntities

/// "het overleg" referring back to "het overleg met Erdogan" takes its parties; "op
/// verzoek van X" makes X the source.
@Suite struct EventNounReferenceTests {
    private static func actors() -> ActorDictionary {
        func name(_ s: String) -> [NameWord] { s.split(separator: " ").map { NameWord($0.uppercased()) } }
        var d = ActorDictionary()
        d.add(ActorEntry(names: [name("Rutte")], roles: [ActorRole(code: "NLDGOV", from: PartialDate(iso: "2010-10-14"), to: PartialDate(iso: "2024-07-02"))]))
        d.add(ActorEntry(names: [name("Erdogan")], roles: [ActorRole(code: "TURGOV", from: PartialDate(iso: "2003-03-14"))]))
        d.add(ActorEntry(names: [name("Turkije")], roles: [ActorRole(code: "TUR")]))
        return d
    }

    /// Sentence one: "Rutte voerde het overleg met Erdogan ." (parsed); sentence two is
    /// given with its arcs. Returns the participant codes of word `word` of sentence two.
    private func participants(_ second: String, arcs: [(Int, String)], word: Int) -> [String]? {
        var first = testSentence("Rutte voerde het overleg met Erdogan .").0
        for (i, arc) in [(1, "nsubj"), (-1, "root"), (3, "det"), (1, "obj"), (5, "case"), (3, "nmod"), (1, "punct")].enumerated() {
            first.words[i].head = arc.0; first.words[i].deprel = arc.1
        }
        first.words[3].upos = .NOUN
        var next = testSentence(second).0
        for (i, arc) in arcs.enumerated() { next.words[i].head = arc.0; next.words[i].deprel = arc.1 }
        next.words[word].upos = .NOUN
        let sentences = [first, next]
        let mentions = DocumentMentions(sentences: sentences, actors: Self.actors(), date: PartialDate(iso: "2022-06"))
        let reference = EventNounReference(sentences: sentences, mentions: mentions, language: .dutch)
        return reference.antecedent(of: word, in: next, sentenceIndex: 1)?.participants.map(\.code)
    }

    @Test func definiteEventNounTakesTheEarlierParties() {
        #expect(participants("Het overleg duurde lang .", arcs: [(1, "det"), (2, "nsubj"), (-1, "root"), (2, "advmod"), (2, "punct")],
                             word: 1) == ["NLDGOV", "TURGOV"])
        // Indefinite: a new event, not a reference.
        #expect(participants("Een overleg duurde lang .", arcs: [(1, "det"), (2, "nsubj"), (-1, "root"), (2, "advmod"), (2, "punct")],
                             word: 1) == nil)
    }

    @Test func initiatorBecomesTheSource() {
        // "Het overleg , dat op verzoek van Erdogan plaatsvond , duurde lang ."
        let arcs: [(Int, String)] = [(1, "det"), (11, "nsubj"), (9, "punct"), (9, "nsubj"), (5, "case"), (9, "obl"), (7, "case"),
                                     (5, "nmod"), (9, "compound:prt"), (1, "acl:relcl"), (9, "punct"), (-1, "root"), (11, "advmod"), (11, "punct")]
        #expect(participants("Het overleg , dat op verzoek van Erdogan plaats vond , duurde lang .", arcs: arcs, word: 1)
                == ["TURGOV", "NLDGOV"])
    }
}
