import Testing
import KroniekCore
import KroniekEntities
@testable import KroniekEvents

/// Actors the text does not name: people named by what they are take their role from what
/// is done to them, and a passive without agent takes the institution the document named.
@Suite struct UnnamedActorTests {
    static let dictionary: EventDictionary = try! KDParser.parse("""
        language en
        cue human = men | woman
        cue location = in
        language *
        country GBR
          name Britain
          adjective British
        agent COP = police
        agent CVL = youths
        verb arrest+ = 173
        verb attack+ = 180
        verb visit+ = 042
        """, origin: "test.kd")

    /// Codes a document of hand-parsed sentences (TreeBuilder rows, sentences separated
    /// by blank lines), with the entity stage.
    func code(_ sentences: [String]) throws -> [String] {
        let documents = try sentences.map { try TreeBuilder.document($0, date: PartialDate(iso: "2000-07-01")) }
        var document = documents[0]
        document.sentences = documents.flatMap(\.sentences)
        document.metadata.language = .english
        let entities = DocumentEntities(document: document, actors: Self.dictionary.actors, homeCountry: "GBR")
        return EventCoder(dictionary: Self.dictionary).code(document, entities: entities).map(\.triple)
    }

    @Test func anyoneArrestedIsASuspectAndAnyoneAttackedACivilian() throws {
        // "The police arrested 29 participants." / "The police arrested the youths."
        #expect(try code(["""
            The the DET 2 det
            police police NOUN 3 nsubj
            arrested arrest VERB 0 root
            29 29 NUM 5 nummod
            participants participant NOUN 3 obj
            """]) == ["173 GBRCOP>GBRCRM"])
        #expect(try code(["""
            The the DET 2 det
            police police NOUN 3 nsubj
            arrested arrest VERB 0 root
            the the DET 5 det
            youths youth NOUN 3 obj
            """]) == ["173 GBRCOP>GBRCRM"])
        // A noun that names no one is no person when the event is not done to people.
        #expect(try code(["""
            The the DET 2 det
            police police NOUN 3 nsubj
            visited visit VERB 0 root
            the the DET 5 det
            stadium stadium NOUN 3 obj
            """]).isEmpty)
        #expect(try code(["""
            The the DET 2 det
            police police NOUN 3 nsubj
            visited visit VERB 0 root
            the the DET 5 det
            woman woman NOUN 3 obj
            """]) == ["042 GBRCOP>GBRCVL"])
    }

    @Test func aTargetTheTreeLostIsReadFromTheClause() throws {
        // "The police arrested the youths" with the object misparsed as a modifier.
        #expect(try code(["""
            The the DET 2 det
            police police NOUN 3 nsubj
            arrested arrest VERB 0 root
            the the DET 5 det
            youths youth NOUN 3 advmod
            """]) == ["173 GBRCOP>GBRCRM"])
        // Beyond the clause's boundary a name is no party of it.
        #expect(try code(["""
            The the DET 2 det
            police police NOUN 3 nsubj
            arrested arrest VERB 0 root
            , , PUNCT 6 punct
            the the DET 6 det
            youths youth NOUN 3 advmod
            """]).isEmpty)
    }

    @Test func aPassiveWithoutAgentTakesTheInstitutionTheDocumentNamed() throws {
        let police = """
            British British ADJ 2 amod
            police police NOUN 3 nsubj
            arrested arrest VERB 0 root
            two two NUM 5 nummod
            men man NOUN 3 obj
            """
        let passive = """
            A a DET 2 det
            woman woman NOUN 4 nsubj:pass
            was be AUX 4 aux:pass
            arrested arrest VERB 0 root
            """
        #expect(try code([police, passive]) == ["173 GBRCOP>GBRCRM", "173 GBRCOP>GBRCRM"])
        #expect(try code([passive]).isEmpty, "no institution named: no event")
    }
}

/// Events dyadic coding does not make: a party with its own bare state, and every pair
/// of a multilateral meeting.
@Suite struct DyadTests {
    static let dictionary: EventDictionary = try! KDParser.parse("""
        language *
        country ISR
          name Israel
        country SYR
          name Syria
        country FRA
          name France
        country IRQ
          name Iraq
          adjective Iraqi
        agent MIL = artillery
        verb meet = 040:040
        verb shell+ = 194
        """, origin: "test.kd")

    func code(_ rows: String) throws -> [String] {
        try EventCoder(dictionary: Self.dictionary).code(TreeBuilder.document(rows, date: PartialDate(iso: "1996-08"))).map(\.triple)
    }

    @Test func aStateIsNoTargetOfItsOwnInstitution() throws {
        // "Iraqi artillery shelled Iraq" stands for a place in Iraq.
        #expect(try code("""
            Iraqi Iraqi ADJ 2 amod
            artillery artillery NOUN 3 nsubj
            shelled shell VERB 0 root
            Iraq Iraq PROPN 3 obj
            """).isEmpty)
    }

    @Test func twoPartiesMeetEachOtherButFiveMakeNoPair() throws {
        #expect(try code("""
            Israel Israel PROPN 4 nsubj
            and and CCONJ 3 cc
            Syria Syria PROPN 1 conj
            met meet VERB 0 root
            """) == ["040 ISR>SYR", "040 SYR>ISR"])
        #expect(try code("""
            Israel Israel PROPN 6 nsubj
            , , PUNCT 3 punct
            Syria Syria PROPN 1 conj
            and and CCONJ 5 cc
            France France PROPN 1 conj
            met meet VERB 0 root
            """).isEmpty)
    }
}

/// Word order says whose a conjunct verb is only in a verb-second language.
@Suite struct ConjunctSubjectTests {
    @Test func anEnglishConjunctSharesItsHeadsSubject() throws {
        // "Biden said that Russia attacked Kyiv and shelled Kharkiv."
        let dictionary = try KDParser.parse("""
            language en
            cue report = say
            language *
            country USA
              name United States
            actor Joe Biden | Biden
              role USAGOV 2021-01-20..2025-01-20
            country RUS
              name Russia
            country UKR
              name Ukraine
              capital Kyiv
              metonym Kharkiv = UKR
            verb shell+ = 194
            """, origin: "test.kd")
        let events = try EventCoder(dictionary: dictionary).code(TreeBuilder.document("""
            Biden Biden PROPN 2 nsubj
            said say VERB 0 root
            that that SCONJ 5 mark
            Russia Russia PROPN 5 nsubj
            attacked attack VERB 2 ccomp
            Kyiv Kyiv PROPN 5 obj
            and and CCONJ 8 cc
            shelled shell VERB 5 conj VerbForm=Fin
            Kharkiv Kharkiv PROPN 8 obj
            """, date: PartialDate(iso: "2022-03-01"))).map(\.triple)
        #expect(events == ["194 RUS>UKR"])
    }
}
