import Testing
import KroniekCore
@testable import KroniekEntities

/// A small actor base: two leaders with dated roles, three states and a region.
private func actorBase() -> ActorDictionary {
    func name(_ s: String) -> [NameWord] { s.split(separator: " ").map { NameWord($0.uppercased()) } }
    var d = ActorDictionary()
    d.add(ActorEntry(names: [name("Biden"), name("Joe Biden")],
                     roles: [ActorRole(code: "USAGOV", from: PartialDate(iso: "2021-01-20"), to: PartialDate(iso: "2025-01-20"))]))
    d.add(ActorEntry(names: [name("Poetin"), name("Putin")],
                     roles: [ActorRole(code: "RUSGOV", from: PartialDate(iso: "1999-08-09"))]))
    d.add(ActorEntry(names: [name("Rusland"), name("Russia"), name("Moskou")], roles: [ActorRole(code: "RUS")]))
    d.add(ActorEntry(names: [name("Oekraïne"), name("Ukraine")], roles: [ActorRole(code: "UKR")]))
    d.add(ActorEntry(names: [name("Iran")], roles: [ActorRole(code: "IRN")]))
    d.add(ActorEntry(names: [name("Westen")], roles: [ActorRole(code: "WST")]))
    return d
}

/// Resolves the word `word` of the last sentence of `texts`.
private func resolve(_ texts: [String], word: Int, date: String = "2021-12", language: Language = .dutch,
                     parse: ((inout Sentence) -> Void)? = nil) -> String? {
    var sentences = texts.map { testSentence($0).0 }
    parse?(&sentences[sentences.count - 1])
    let mentions = DocumentMentions(sentences: sentences, actors: actorBase(), date: PartialDate(iso: date))
    let resolver = ReferenceResolver(mentions: mentions, language: language)
    return resolver.antecedent(of: word, in: sentences.last!, sentenceIndex: sentences.count - 1)?.code
}

/// Gives an unparsed sentence a dependency analysis: (head, deprel) per word, -1 = root.
private func attach(_ s: inout Sentence, _ arcs: [(Int, String)]) {
    for (i, arc) in arcs.enumerated() { s.words[i].head = arc.0; s.words[i].deprel = arc.1 }
}

@Suite struct ReferenceResolverTests {
    @Test func personPronounTakesThePreviousSubject() {
        #expect(resolve(["Biden belde met Poetin.", "Hij waarschuwde voor sancties."], word: 0) == "USAGOV")
        #expect(resolve(["Poetin sprak met Biden.", "Hij was tevreden."], word: 0) == "RUSGOV")
    }

    @Test func subjectItTakesTheClosestStateInTheSentence() {
        #expect(resolve(["Rusland ontkent dat het Oekraïne wil binnenvallen."], word: 3) == "RUS")
        #expect(resolve(["Russia denies that it plans to invade Ukraine."], word: 3, language: .english) == "RUS")
    }

    @Test func thatCountrySkipsRegionsAndCoArguments() {
        let texts = ["Het gesprek ging over Oekraïne.", "Het Westen vreest dat Rusland dat land wil binnenvallen."]
        // Unparsed, the closest earlier state wins, which here is wrong: the parse fixes it.
        #expect(resolve(texts, word: 6) == "RUS")
        let parsed = resolve(texts, word: 6) { s in
            attach(&s, [(1, "det"), (2, "nsubj"), (-1, "root"), (8, "mark"), (8, "nsubj"), (6, "det"), (8, "obj"),
                        (8, "aux"), (2, "ccomp"), (2, "punct")])
        }
        #expect(parsed == "UKR")
    }

    @Test func possessiveBindsToTheSubjectOfItsClause() {
        // Parsed: "zijn" belongs to the object of the verb whose subject is Poetin.
        let texts = ["Biden sprak met Poetin.", "Poetin waarschuwde zijn ambtsgenoot."]
        let parse: (inout Sentence) -> Void = { s in
            attach(&s, [(1, "nsubj"), (-1, "root"), (3, "nmod:poss"), (1, "obj"), (1, "punct")])
        }
        #expect(resolve(texts, word: 2, parse: parse) == "RUSGOV")
        #expect(resolve(texts, word: 3, parse: parse) == "USAGOV")
    }

    @Test func counterpartIsTheOtherStatesLeader() {
        #expect(resolve(["Biden sprak met Poetin.", "Poetin waarschuwde zijn ambtsgenoot."], word: 3) == "USAGOV")
        #expect(resolve(["Poetin sprak met Biden.", "Biden belde zijn ambtsgenoot opnieuw."], word: 3) == "RUSGOV")
    }

    @Test func roleNounsTakeTheLastOfficeHolderOrGovernment() {
        #expect(resolve(["Poetin sprak in Moskou.", "De president zei dat hij tevreden is."], word: 1) == "RUSGOV")
        #expect(resolve(["Iran verrijkt uranium.", "Het regime ontkent dat."], word: 1) == "IRNGOV")
        // Without a determiner the noun is generic, not a reference.
        #expect(resolve(["Iran verrijkt uranium.", "Regime ontkent dat."], word: 0) == nil)
    }

    @Test func bareGroupNounTakesTheStateOfItsLocativePhrase() {
        let text = ["Rusland steunt separatisten in het oosten van Oekraïne."]
        let parsed: (inout Sentence) -> Void = { s in
            attach(&s, [(1, "nsubj"), (-1, "root"), (1, "obj"), (5, "case"), (5, "det"), (1, "obl"), (7, "case"),
                        (5, "nmod"), (1, "punct")])
        }
        #expect(resolve(text, word: 2, parse: parsed) == "UKR")
        // Unparsed there is no clause to read the place from.
        #expect(resolve(text, word: 2) == nil)
    }

    @Test func nothingToReferToGivesNil() {
        #expect(resolve(["Hij kwam gisteren aan."], word: 0) == nil)
        // Putin held no office in 1995, so he is not a mention then.
        #expect(resolve(["Poetin sprak in Moskou.", "Hij was tevreden."], word: 0, date: "1995") == nil)
        // A pronoun's antecedent is at most two sentences back.
        #expect(resolve(["Biden belde.", "Het regende.", "Het waaide.", "Hij zweeg."], word: 0) == nil)
        #expect(resolve(["Biden belde.", "Het regende.", "Hij zweeg."], word: 0) == "USAGOV")
        // Expletive "het" refers to nothing, even after a state was named.
        #expect(resolve(["Iran verrijkt uranium.", "Het regent in Teheran."], word: 0) == nil)
    }
}
