import Testing
import KroniekCore
@testable import KroniekEvents

/// The embedded-events policy (docs/modality.md): the condition of another event and
/// the content of a fear or a denial are left out unless asked for; a conditional or
/// negated main event stays.
@Suite struct EmbeddedEventTests {
    static let dictionary: EventDictionary = {
        let text = """
        language en
        cue negation = not | deny
        cue conditional = if | should
        cue future = will
        cue fear = fear | try
        language *
        country RUS
          name Russia
          adjective Russian
        country UKR
          name Ukraine
        country POL
          name Poland
        country BLR
          name Belarus
        actor NATO = IGOWSTNAT
        verb attack+ = 190
        verb threaten+ = 130
        noun invasion = 192
        """
        return try! KDParser.parse(text, origin: "test.kd")
    }()

    /// The events of a tree (`TreeBuilder` format), as "code source>target flags [embedding]".
    private func code(_ words: String, embedded: Bool) throws -> [String] {
        var coder = EventCoder(dictionary: Self.dictionary)
        coder.includesEmbeddedEvents = embedded
        return coder.code(try TreeBuilder.document(words, date: PartialDate(year: 2022, month: 2, day: 1))).map { e in
            let m = e.modality
            let flags = [m.negated ? "neg" : "", m.conditional ? "cond" : "", m.hypothetical ? "hyp" : ""].filter { !$0.isEmpty }
            return ([e.triple] + flags + [e.embedding?.rawValue].compactMap { $0 }).joined(separator: " ")
        }
    }

    /// "NATO will threaten Russia if Russia attacks Ukraine", with `if` attached to the
    /// condition's verb or (as parsers often do) to its subject.
    private func threatWithCondition(markHead: Int) -> String {
        """
        NATO NATO PROPN 3 nsubj
        will will AUX 3 aux
        threaten threaten VERB 0 root
        Russia Russia PROPN 3 obj
        if if SCONJ \(markHead) mark
        Russia Russia PROPN 7 nsubj
        attacks attack VERB 3 advcl
        Ukraine Ukraine PROPN 7 obj
        """
    }

    @Test(arguments: [7, 6]) func conditionIsLeftOutAndTheMainEventStaysConditional(markHead: Int) throws {
        let tree = threatWithCondition(markHead: markHead)
        #expect(try code(tree, embedded: false) == ["130 IGOWSTNAT>RUS cond"])
        #expect(try code(tree, embedded: true).contains("190 RUS>UKR cond condition"))
    }

    /// "Should Russia attack Ukraine, NATO will threaten it": an auxiliary before the
    /// subject opens a condition; after the subject it is the main verb's own.
    @Test func conditionalAuxiliaryOnlyBeforeTheSubject() throws {
        let inverted = """
            Should should AUX 3 aux
            Russia Russia PROPN 3 nsubj
            attack attack VERB 7 advcl
            Ukraine Ukraine PROPN 3 obj
            , , PUNCT 7 punct
            NATO NATO PROPN 7 nsubj
            threatens threaten VERB 0 root
            Russia Russia PROPN 7 obj
            """
        #expect(try code(inverted, embedded: false) == ["130 IGOWSTNAT>RUS cond"])
        let plain = """
            Russia Russia PROPN 3 nsubj
            should should AUX 3 aux
            attack attack VERB 0 root
            Ukraine Ukraine PROPN 3 obj
            """
        #expect(try code(plain, embedded: false) == ["190 RUS>UKR"])
    }

    /// "NATO threatened Russia that Poland will attack Belarus if Russia attacks Ukraine":
    /// the threat states conditional content two clauses down, so it is conditional.
    @Test func conditionDeepInTheStatedContentMakesTheMainEventConditional() throws {
        let tree = """
            NATO NATO PROPN 2 nsubj
            threatened threaten VERB 0 root
            Russia Russia PROPN 2 obj
            that that SCONJ 7 mark
            Poland Poland PROPN 7 nsubj
            will will AUX 7 aux
            say say VERB 2 ccomp
            Belarus Belarus PROPN 9 nsubj
            attacks attack VERB 7 ccomp
            if if SCONJ 12 mark
            Russia Russia PROPN 12 nsubj
            attacks attack VERB 9 advcl
            Ukraine Ukraine PROPN 12 obj
            """
        #expect(try code(tree, embedded: false).contains("130 IGOWSTNAT>RUS cond"))
    }

    @Test func fearedContentIsLeftOut() throws {
        let clause = """
            Poland Poland PROPN 2 nsubj
            fears fear VERB 0 root
            that that SCONJ 6 mark
            Russia Russia PROPN 6 nsubj
            will will AUX 6 aux
            attack attack VERB 2 ccomp
            Ukraine Ukraine PROPN 6 obj
            """
        #expect(try code(clause, embedded: false).isEmpty)
        #expect(try code(clause, embedded: true) == ["190 RUS>UKR hyp fear"])
        let noun = """
            Poland Poland PROPN 2 nsubj
            fears fear VERB 0 root
            a a DET 5 det
            Russian Russian ADJ 5 amod
            invasion invasion NOUN 2 obj
            """
        #expect(try code(noun, embedded: false).isEmpty)
        #expect(try code(noun, embedded: true).map { $0.hasSuffix("fear") } == [true])
    }

    @Test func deniedContentIsLeftOutButAPlainNegationStays() throws {
        let denial = """
            Russia Russia PROPN 2 nsubj
            denies deny VERB 0 root
            that that SCONJ 5 mark
            Belarus Belarus PROPN 5 nsubj
            attacked attack VERB 2 ccomp
            Ukraine Ukraine PROPN 5 obj
            """
        #expect(try code(denial, embedded: false).isEmpty)
        #expect(try code(denial, embedded: true) == ["190 BLR>UKR neg denial"])
        let negated = """
            Russia Russia PROPN 4 nsubj
            did do AUX 4 aux
            not not PART 4 advmod
            attack attack VERB 0 root
            Ukraine Ukraine PROPN 4 obj
            """
        #expect(try code(negated, embedded: false) == ["190 RUS>UKR neg"])
    }

    @Test func anAttemptIsStillCoded() throws {
        let attempt = """
            Russia Russia PROPN 2 nsubj
            tried try VERB 0 root
            to to PART 4 mark
            attack attack VERB 2 xcomp
            Ukraine Ukraine PROPN 4 obj
            """
        #expect(try code(attempt, embedded: false) == ["190 RUS>UKR hyp"])
    }
}
