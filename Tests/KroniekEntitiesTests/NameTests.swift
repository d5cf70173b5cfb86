import Testing
import KroniekCore
@testable import KroniekEntities

/// Names beyond the dictionary's exact entries: surnames of the date's office holders,
/// Dutch compound role nouns, people a document introduces by their role, and the state
/// a sentence is set in.
@Suite struct NameTests {
    static func name(_ s: String) -> [NameWord] { s.split(separator: " ").map { NameWord($0.uppercased()) } }

    static let actors: ActorDictionary = {
        var d = ActorDictionary()
        d.add(ActorEntry(names: [name("Bill Clinton")], roles: [ActorRole(code: "USAGOV", from: PartialDate(iso: "1993-01-20"), to: PartialDate(iso: "2001-01-20"))]))
        d.add(ActorEntry(names: [name("Hillary Clinton")], roles: [ActorRole(code: "USAGOV", from: PartialDate(iso: "2009-01-21"), to: PartialDate(iso: "2013-02-01"))]))
        d.add(ActorEntry(names: [name("België")], roles: [ActorRole(code: "BEL")]))
        d.add(ActorEntry(names: [name("Duitse")], roles: [ActorRole(code: "DEU")]))
        d.add(ActorEntry(names: [name("Egypte")], roles: [ActorRole(code: "EGY")]))
        d.add(ActorEntry(names: [name("VLD")], roles: [ActorRole(code: "BELGOV", from: PartialDate(iso: "1999-07-12"), to: PartialDate(iso: "2014-10-11")), ActorRole(code: "BELOPP")]))
        d.add(AgentEntry(names: [name("minister")], code: "GOV"))
        d.add(AgentEntry(names: [name("vakbond")], code: "LAB"))
        d.add(AgentEntry(names: [name("leger")], code: "MIL"))
        d.add(AgentEntry(names: [name("politie")], code: "COP"))
        return d
    }()

    /// A sentence with words given as `form/lemma/UPOS` (lemma and UPOS optional).
    static func sentence(_ spec: String) -> Sentence {
        var sentence = testSentence(spec.split(separator: " ").map { String($0.split(separator: "/")[0]) }.joined(separator: " ")).0
        for (i, item) in spec.split(separator: " ").enumerated() {
            let parts = item.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count > 1, !parts[1].isEmpty { sentence.words[i].lemma = parts[1] }
            sentence.words[i].upos = parts.count > 2 ? UPOS(rawValue: parts[2]) : .NOUN
        }
        return sentence
    }

    static func names(_ s: Sentence, date: String, persons: Set<String> = ["LEIDER", "WOORDVOERDER"]) -> [String] {
        NameFinder(actors: actors, date: PartialDate(iso: date), personNouns: persons)
            .names(in: s.words, keys: s.words.map(WordKeys.init))
            .map { n in
                switch n.target {
                case .actor(let code, _): return "\(n.range.lowerBound):\(code)"
                case .agent(let a): return "\(n.range.lowerBound):~\(a.code)"
                }
            }
    }

    @Test func aBareSurnameIsTheOnlyOfficeHolderOfTheDate() {
        let s = Self.sentence("Clinton//PROPN bezocht//VERB Egypte//PROPN")
        #expect(Self.names(s, date: "2000-09") == ["0:USAGOV", "2:EGY"])
        #expect(Self.names(s, date: "2005-01") == ["2:EGY"], "no Clinton held office in 2005")
    }

    @Test func compoundRoleNounsTakeTheRoleOfTheirFirstPart() {
        let s = Self.sentence("vakbondsleider/vak_bond_leider legerwoordvoerder/leger_woordvoerder VLD-voorzitter//NOUN legerbasis/leger_basis")
        #expect(Self.names(s, date: "2000-06", persons: ["LEIDER", "WOORDVOERDER", "VOORZITTER"]) == ["0:~LAB", "1:~MIL", "2:BELGOV"])
    }

    @Test func aDocumentIntroducesPeopleByTheirRole() {
        let sentences = [
            Self.sentence("de//DET Duitse//ADJ minister//NOUN Otto//PROPN Schily//PROPN zei//VERB"),
            Self.sentence("Schily//PROPN bezocht//VERB België//PROPN"),
            Self.sentence("de//DET politie//NOUN in//ADP Eisenach//PROPN"),
        ]
        let finder = NameFinder(actors: Self.actors, date: PartialDate(iso: "2000-08-01"))
        let names = sentences.map { finder.names(in: $0.words, keys: $0.words.map(WordKeys.init)) }
        let registry = PersonRegistry(sentences: sentences, names: names) { _ in "BEL" }
        #expect(registry.surnames == ["SCHILY": "DEUGOV"], "a place after a role noun and a preposition is no person")
    }

    @Test func aSettingFollowsTheNearestStatesThenTheHomeCountry() {
        let sentences = [Self.sentence("Egypte//PROPN"), Self.sentence("de//DET politie//NOUN"), Self.sentence("België//PROPN"),
                         Self.sentence("x//X"), Self.sentence("België//PROPN")]
        let mentions = DocumentMentions(sentences: sentences, actors: Self.actors, date: PartialDate(iso: "2000-06"))
        let setting = DocumentSetting(mentions: mentions, sentenceCount: 5, homeCountry: "NLD")
        #expect(setting.state(ofSentence: 1) == "EGY")
        #expect(setting.state(ofSentence: 3) == "BEL")
        let empty = DocumentSetting(mentions: DocumentMentions(sentences: [], actors: Self.actors, date: nil), sentenceCount: 1, homeCountry: "NLD")
        #expect(empty.state(ofSentence: 0) == "NLD")
        #expect(DocumentSetting.state(of: "IGOWSTNAT") == nil)
        #expect(DocumentSetting.state(of: "WST") == nil)
    }
}
