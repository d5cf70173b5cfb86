import Testing
import KroniekCore
import KroniekEntities
@testable import KroniekEvents

/// Small PETRARCH-format snippets written for these tests.
@Suite struct PetrarchImportTests {
    static let verbs = """
    <!-- test verbs -->
    &WEAPONRY_
    +RIFLE
    +FIELD GUN
    &ARMS
    +&WEAPONRY
    +MISSILE

    --- SEND  [---]  ---
    SEND {SENT}
    DISPATCH
    - * &ARMS (TO +)   [0332]   # arms
    - NOT_* ENVOY      [---]
    - % * ENVOYS       [042:043]
    - BROKEN LINE WITHOUT A CODE

    --- WIRE TAP [170] ---
    WIRE_+TAP {WIRE_+TAPPED}
    """

    /// The verbs of `text`, lines recoded with PETRARCH 2's stand-in codes left aside.
    static func read(_ text: String, requiresCameo: Bool) throws -> EventDictionary {
        var recoded: [InputError] = []
        return try PetrarchVerbReader.read(text, origin: "v.txt", requiresCameo: requiresCameo, recoded: &recoded)
    }

    @Test func verbFamiliesSynsetsAndPatterns() throws {
        let d = try Self.read(Self.verbs, requiresCameo: true)
        #expect(d.problems.count == 1, "the broken line is reported, not coded")
        #expect(d.problems.first?.line == 15)
        let send = try #require(d.verbs["SENT"]?.first)
        #expect(d.verbs["DISPATCHED"]?.first?.family == send.family, "verbs of a family share patterns; forms are generated")
        let family = d.families[send.family]
        #expect(family.code == nil)
        #expect(family.patterns.count == 3)
        let arms = try #require(family.patterns.first { $0.code.primary == "0332" })
        guard case .word(let alternatives, _) = arms.after[0] else { Issue.record("expected a word"); return }
        #expect(Set(alternatives.map { $0.map(\.text).joined(separator: " ") }) == ["RIFLE", "FIELD GUN", "MISSILE"],
                "nested synsets are expanded")
        #expect(arms.after.contains(.target))
        let envoy = try #require(family.patterns.first { $0.text.contains("NOT_*") })
        #expect(envoy.code.primary == nil, "[---] matches but codes nothing")
        guard case .word(_, let adjacent) = envoy.before.last! else { Issue.record("expected a word"); return }
        #expect(!adjacent)
        #expect(family.patterns.first { $0.code.reverse == "043" } != nil)
        let tap = try #require(d.verbs["TAPPED"]?.first)
        #expect(tap.wordsBefore == ["WIRE"])
        #expect(d.families[tap.family].code?.primary == "170")
    }

    @Test func unknownCodesAreReportedInStrictModeOnly() throws {
        let text = "--- X [---] ---\nXRAY\n- * Y [345]\n"
        #expect(try Self.read(text, requiresCameo: true).problems.count == 1)
        #expect(try Self.read(text, requiresCameo: false).problems.isEmpty)
    }

    /// Codes CAMEO lacks are coded as PETRARCH 2's `convert_code` codes them: the cue
    /// category (1213 -> 120, 176 -> 170, 080! -> 080); 1952, which PETRARCH 2 keeps,
    /// becomes its CAMEO parent 195. A code PETRARCH 2 could not read either is left out.
    @Test func codesOutsideCameoAreCodedAsPetrarchTwoCodesThem() throws {
        let text = "--- BLOCK [---] ---\nBLOCK\n- * EXTRADITION [1213]\n- * WEBSITE [176]\n- * DOWN [080!]\n"
            + "- * (IN {DRONE STRIKE}) [:1952]\n- * NONSENSE [+++]\n"
        var recoded: [InputError] = []
        let d = try PetrarchVerbReader.read(text, origin: "v.txt", requiresCameo: true, recoded: &recoded)
        let codes = d.families[0].patterns.compactMap(\.code.primary).sorted()
        #expect(codes == ["080", "120", "170", "195"])
        #expect(recoded.map(\.line) == [3, 4, 5, 6])
        #expect(recoded[3].message.contains("1952"))
        #expect(d.problems.map(\.line) == [7], "+++ has no cue category: left out, as before")
    }

    @Test func actorsWithDatedCodes() throws {
        let text = """
        RURITANIA_ [RUR]
        +RURITANIAN
        RUDOLF_ELPHBERG_  # a king
        +KING_RUDOLF_
        \t[RURELI 700101-010228]
        \t[RURGOV 010301-090228]
        \t[RURELI]
        FLAVIA
        \t[RURGOV >090301]
        BLACK_MICHAEL [RURREB < 010301]
        """
        var actors = ActorDictionary()
        var problems: [InputError] = []
        PetrarchActorReader.read(text, origin: "a.txt", into: &actors, problems: &problems)
        #expect(problems.isEmpty)
        #expect(actors.actors.count == 4)
        let king = actors.actors[1]
        #expect(king.names.count == 2)
        #expect(king.code(on: PartialDate(year: 1995, month: 6, day: 1)) == "RURELI")
        #expect(king.code(on: PartialDate(year: 2005, month: 6, day: 1)) == "RURGOV")
        #expect(king.code(on: PartialDate(year: 2015)) == "RURELI")
        #expect(actors.actors[2].code(on: PartialDate(year: 2005)) == nil, "no role holds: not coded")
        #expect(actors.actors[3].code(on: PartialDate(year: 1999)) == "RURREB")
        #expect(actors.actors[0].names[1].last?.prefix == true, "names without a final _ match as stems")
        #expect(actors.actors[0].names[0].last?.prefix == false)
    }

    @Test func agentsWithMacrosAndPlacement() {
        let text = """
        !PERSON! = MAN, WOMAN
        PRESIDENT [~GOV]
        CONGRESS!PERSON! [~LEG]
        MEDECINS_SANS_FRONTIERES {} [NGO~]
        BROKEN [~X}
        """
        var actors = ActorDictionary()
        var problems: [InputError] = []
        PetrarchAgentReader.read(text, origin: "g.txt", into: &actors, problems: &problems)
        #expect(problems.count == 1)
        #expect(actors.agents.count == 3)
        #expect(actors.agents[1].names.map { $0.map(\.text).joined() } == ["CONGRESSMAN", "CONGRESSWOMAN"])
        #expect(actors.agents[0].combined(with: "RUR") == "RURGOV")
        #expect(actors.agents[2].combined(with: "RUR") == "NGORUR")
        #expect(actors.agents[0].combined(with: nil) == "---GOV")
    }

    @Test func picoNegationPairs() throws {
        let pico = try PicoOntology.read("050:0x0080#coop\n110:0x1007f#0xFFFF+0x0080\n060:0x0070\n121:-0xFFFF+0x0070\n", origin: "p")
        #expect(pico.negation(of: "110") == "050")
        #expect(pico.negation(of: "050") == "110")
        #expect(pico.negation(of: "060") == "121")
        #expect(throws: InputError.self) { try PicoOntology.read("010:zz\n", origin: "p") }
    }

    @Test func importedDictionaryRoundTripsThroughKD() throws {
        var d = try Self.read(Self.verbs, requiresCameo: true)
        d.actors.add(ActorEntry(names: [[NameWord("RURITANIA")], [NameWord("RURITANI", prefix: true)]],
                                roles: [ActorRole(code: "RURGOV", from: PartialDate(year: 2001, month: 3, day: 1), to: nil)]))
        let text = KDWriter.write(d, header: "test")
        let back = try KDParser.parse(text, origin: "round.kd")
        #expect(back.verbs["SENT"] != nil)
        #expect(back.verbs["TAPPED"]?.first?.wordsBefore == ["WIRE"])
        let family = back.families[back.verbs["SEND"]![0].family]
        let original = d.families[d.verbs["SEND"]![0].family]
        let codes: [String] = family.patterns.map { $0.code.primary ?? "---" }.sorted()
        let originalCodes: [String] = original.patterns.map { $0.code.primary ?? "---" }.sorted()
        #expect(codes == originalCodes)
        #expect(back.actors.actors[0].names[1][0].prefix)
        #expect(back.actors.actors[0].roles[0].from == PartialDate(year: 2001, month: 3, day: 1))
    }
}
