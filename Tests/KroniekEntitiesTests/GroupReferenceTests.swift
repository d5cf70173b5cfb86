import Testing
import KroniekCore
@testable import KroniekEntities

/// Pair references ("beide leiders") and reciprocals ("elkaar", "de ander").
@Suite struct GroupReferenceTests {
    private static func actors() -> ActorDictionary {
        func name(_ s: String) -> [NameWord] { s.split(separator: " ").map { NameWord($0.uppercased()) } }
        var d = ActorDictionary()
        d.add(ActorEntry(names: [name("Scholz")],
                         roles: [ActorRole(code: "DEUGOV", from: PartialDate(iso: "2021-12-08"), to: PartialDate(iso: "2025-05-06"))]))
        d.add(ActorEntry(names: [name("Macron")], roles: [ActorRole(code: "FRAGOV", from: PartialDate(iso: "2017-05-14"))]))
        d.add(ActorEntry(names: [name("Meloni")], roles: [ActorRole(code: "ITAGOV", from: PartialDate(iso: "2022-10-22"))]))
        d.add(ActorEntry(names: [name("Duitsland"), name("Germany")], roles: [ActorRole(code: "DEU")]))
        d.add(ActorEntry(names: [name("Frankrijk"), name("France")], roles: [ActorRole(code: "FRA")]))
        return d
    }

    /// The pair word `word` of the last sentence stands for, as sorted codes.
    private func group(_ texts: [String], word: Int, language: Language = .dutch) -> [String] {
        let sentences = texts.map { testSentence($0).0 }
        let mentions = DocumentMentions(sentences: sentences, actors: Self.actors(), date: PartialDate(iso: "2023-03"))
        let resolver = ReferenceResolver(mentions: mentions, language: language)
        return resolver.group(of: word, in: sentences.last!, sentenceIndex: sentences.count - 1).map(\.code).sorted()
    }

    @Test func bothLeadersAreTheTwoLeadersNamedMost() {
        let texts = ["Scholz ontving Macron in Berlijn.", "Meloni was er niet bij.", "Scholz prees Macron.",
                     "Beide leiders spraken over Oekraïne."]
        #expect(group(texts, word: 1) == ["DEUGOV", "FRAGOV"])
        #expect(group(texts.dropLast() + ["De twee leiders spraken over Oekraïne."], word: 2) == ["DEUGOV", "FRAGOV"])
        // Without a pair determiner "leiders" is no pair, and one leader named is not two.
        #expect(group(texts.dropLast() + ["De leiders spraken over Oekraïne."], word: 1).isEmpty)
        #expect(group(["Scholz sprak.", "Beide leiders zwegen."], word: 1).isEmpty)
    }

    @Test func bothCountriesAreStatesAndBothSidesAnyone() {
        let texts = ["Germany and France signed a treaty with Macron present.", "Both countries welcomed it."]
        #expect(group(texts, word: 1, language: .english) == ["DEU", "FRA"])
        #expect(group(["Scholz belde Frankrijk.", "Beide partijen waren tevreden."], word: 1) == ["DEUGOV", "FRA"])
    }

    @Test func reciprocalsAreFoundButNotAModifyingOther() {
        let resolver = ReferenceResolver(mentions: DocumentMentions(sentences: [], actors: Self.actors(), date: nil),
                                         language: .dutch)
        let s = testSentence("Ze luisterden naar de ander en steunden elkaar .").0
        #expect(resolver.isReciprocal(4, in: s))
        #expect(resolver.isReciprocal(7, in: s))
        #expect(!resolver.isReciprocal(3, in: s))
        var other = testSentence("Ze steunden de andere landen .").0
        other.words[3].head = 4; other.words[3].deprel = "amod"
        #expect(!resolver.isReciprocal(3, in: other))
        let english = ReferenceResolver(mentions: DocumentMentions(sentences: [], actors: Self.actors(), date: nil),
                                        language: .english)
        #expect(english.isReciprocal(3, in: testSentence("They praised each other .").0))
        #expect(english.isReciprocal(3, in: testSentence("They praised one another .").0))
    }
}
