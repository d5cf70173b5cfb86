import Testing
import KroniekCore
import KroniekEntities
@testable import KroniekEvents

/// The rules by which Kroniek codes with PETRARCH dictionaries as UniversalPetrarch does,
/// each on a case of its own; Tests/KroniekPipelineTests/PetrarchParityRecords.xml holds
/// them in whole sentences.
@Suite struct PetrarchParityRuleTests {
    /// A sentence of `text`, its tokens cut at spaces and before a final full stop.
    static func sentence(_ text: String) -> Sentence {
        var tokens: [Token] = []
        for chunk in text.split(separator: " ") {
            if chunk.hasSuffix("."), chunk.count > 1 {
                tokens.append(Token(form: String(chunk.dropLast()), span: Span(0, 0), spaceAfter: false))
                tokens.append(Token(form: ".", span: Span(0, 0)))
            } else {
                tokens.append(Token(form: String(chunk), span: Span(0, 0)))
            }
        }
        return Sentence(span: Span(0, 0), simpleTokens: tokens)
    }

    static let discards = PetrarchDiscards([
        ([NameWord("1999")], false), ([NameWord("MONTHS"), NameWord("LATER")], false), ([NameWord("TYPHOON")], true),
    ])

    @Test func aDiscardCountsWhenAWordFollowsIt() {
        #expect(Self.discards.discarded(Self.sentence("Since 1999 the army has ruled.")) == .sentence)
        #expect(Self.discards.discarded(Self.sentence("Three months later the talks resumed.")) == .sentence)
        #expect(Self.discards.discarded(Self.sentence("A typhoon hit the coast.")) == .story)
    }

    @Test func aDiscardGluedToPunctuationOrEndingTheSentenceIsNotFound() {
        #expect(Self.discards.discarded(Self.sentence("The army has ruled since 1999.")) == nil)
        #expect(Self.discards.discarded(Self.sentence("They met in 1999, then again.")) == nil)
        #expect(Self.discards.discarded(Self.sentence("The talks resumed months later")) == nil)
    }

    /// The walk starts again after the word that leaves a phrase, not at it.
    @Test func theWordThatLeavesAPhraseIsNotLookedUpAgain() {
        #expect(Self.discards.discarded(Self.sentence("Some months 1999 later it ended.")) == nil)
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> PartialDate { PartialDate(year: y, month: m, day: d)! }

    @Test func theShortestPeriodThatHoldsGivesTheCode() {
        let villepin = ActorEntry(names: [], roles: [
            ActorRole(code: "FRAELI", from: Self.date(1971, 1, 1), to: Self.date(2004, 4, 1)),
            ActorRole(code: "FRAGOV", from: Self.date(2003, 1, 1), to: Self.date(2004, 3, 31)),
            ActorRole(code: "FRAELI"),
        ])
        #expect(villepin.petrarchCode(on: Self.date(2003, 3, 15)) == "FRAGOV")
        #expect(villepin.petrarchCode(on: Self.date(2000, 3, 15)) == "FRAELI")
        #expect(villepin.petrarchCode(on: Self.date(2008, 3, 15)) == "FRAELI")
    }

    @Test func openPeriodsAloneGiveTheUndatedCode() {
        let entry = ActorEntry(names: [], roles: [
            ActorRole(code: "XGOV", from: Self.date(2001, 1, 1)), ActorRole(code: "XMIL", to: Self.date(2009, 1, 1)),
            ActorRole(code: "XELI"),
        ])
        #expect(entry.petrarchCode(on: Self.date(2005, 1, 1)) == "XELI")
        #expect(entry.petrarchCode(on: Self.date(2010, 1, 1)) == "XGOV")
    }

    static let pico = """
    010:0x1000
    011:0x1000-0xFFFF
    020:0x2000
    023:0x2040
    050:0x0080
    060:0x0070
    070:0x0040
    110:0x1007f
    112:0x70a0
    121:-0xFFFF+0x0070
    130:0x6000
    138:0x60A0
    190:0x00A0
    """
    static let verbs = """
    --- EXPLAIN [010] ---
    SAY
    --- FIGHT [190] ---
    ATTACK
    ~ a (a b ATTACK) SAY = a b 015
    ~ a (b . ATTACK) SAY = a b 112
    ~ a (a b Q) SAY = a b Q
    """
    static func combination() throws -> PetrarchVerbCombination {
        var recoded: [InputError] = []
        let dictionary = try PetrarchVerbReader.read(verbs, origin: "verbs", requiresCameo: false, recoded: &recoded)
        return try PetrarchVerbCombination(pico: pico, origin: "pico", verbs: [verbs], dictionary: dictionary)
    }

    @Test func codesCombineByTheirCategories() throws {
        let c = try Self.combination()
        #expect(c.combine("130", "190") == "138")   // threatened to attack
        #expect(c.combine("020", "070") == "023")   // asked to provide aid
        #expect(c.combine("050", "190") == "190")   // agreed to attack: the higher category
        #expect(c.combine("190", "050") == nil)     // 0x00A0 + 0x0080 names no code
        #expect(c.combine("010", "050") == "050")   // a statement gives way
    }

    @Test func negationSubtractsAndNeverAdds() throws {
        let c = try Self.combination()
        #expect(c.negation(of: "060") == "121")
        #expect(c.negation(of: "110") == "050")
        #expect(c.negation(of: "050") == nil)       // 110 is 050 plus 0xFFFF, no negation of it
        #expect(c.negation(of: "190") == nil)
    }

    typealias Side = PetrarchVerbCombination.Side

    @Test func theDictionaryTransformationsComeFirst() throws {
        let c = try Self.combination()
        let said = Side(source: "ISR", target: nil, code: "010")
        #expect(c.joined(said, Side(source: "PSE", target: "ISRCVL", code: "190")) == Side(source: "ISR", target: "PSE", code: "112"))
        #expect(c.joined(said, Side(source: "ISR", target: "LBN", code: "190")) == Side(source: "ISR", target: "LBN", code: "015"))
        #expect(c.joined(said, Side(source: "ISR", target: "LBN", code: "050")) == Side(source: "ISR", target: "LBN", code: "050"))
    }

    @Test func otherwiseTheSourcesDecideTheTarget() throws {
        let c = try Self.combination()
        let asked = Side(source: "PAK", target: "JPN", code: "020")
        #expect(c.joined(asked, Side(source: "JPN", target: nil, code: "070")) == Side(source: "PAK", target: "JPN", code: "023"))
        let threatened = Side(source: "PRK", target: nil, code: "130")
        #expect(c.joined(threatened, Side(source: "PRK", target: "KOR", code: "190")) == Side(source: "PRK", target: "KOR", code: "138"))
        #expect(c.joined(threatened, Side(source: "PRK", target: nil, code: "190")) == nil)
    }
}
