import Testing
import KroniekCore
import KroniekEntities
@testable import KroniekEvents

@Suite struct KDParserTests {
    static let sample = """
    # a small dictionary
    language en
    cue negation = not | never
    cue report = say | according to

    actor Ruritania | Ruritanian* = RUR
    actor Rudolf Elphberg | Elphberg
      role RURGOV 2001-03-01..2009-02-28 king
      role RURELI

    agent GOV = president | minister
    agent NGO~ = charity

    verb warn+ = 130
      against (military action | strike) = 138
      not ~ + = 010
    verb put off = 120:120
    noun invasion = 192
    discard football | cup final
    discard-story horoscope
    negate 130 = 013
    """

    @Test func readsEveryKindOfEntry() throws {
        let d = try KDParser.parse(Self.sample, origin: "sample.kd")
        #expect(d.cues("negation", "en") == [["NOT"], ["NEVER"]])
        #expect(d.cues(.report, language: "en").contains(["ACCORDING", "TO"]))
        #expect(d.actors.actors.count == 2)
        #expect(d.actors.actors[0].names[1][0].prefix, "a trailing * makes a stem")
        let king = d.actors.actors[1]
        #expect(king.code(on: PartialDate(year: 2005)) == "RURGOV")
        #expect(king.code(on: PartialDate(year: 2012, month: 5)) == "RURELI")
        #expect(d.actors.agents.map(\.code) == ["GOV", "NGO"])
        #expect(d.actors.agents[1].prefixesCountry)
        #expect(d.verbs["WARNED"]?.first?.code?.primary == "130", "warn+ adds regular inflections")
        let family = d.families[d.verbs["WARN"]![0].family]
        #expect(family.patterns.count == 2)
        #expect(family.patterns.contains { !$0.anywhere }, "~ marks the verb's place")
        #expect(d.verbs["PUT"]?.first?.wordsAfter == ["OFF"])
        #expect(d.verbs["PUT"]?.first?.code?.reverse == "120")
        #expect(d.noun("INVASION", language: "en")?.code.primary == "192")
        #expect(d.discards.count == 3)
        #expect(d.discards.filter(\.story).count == 1)
        #expect(d.negatedCodes["130"] == "013")
    }

    @Test func errorsNameFileAndLine() {
        func failure(_ text: String) -> InputError? {
            do { _ = try KDParser.parse(text, origin: "bad.kd"); return nil } catch { return error as? InputError }
        }
        let unknownCode = failure("verb warn = 130\n  against strike = 999\n")
        #expect(unknownCode?.line == 2)
        #expect(unknownCode?.origin == "bad.kd")
        #expect(unknownCode?.message.contains("999") == true)
        #expect(failure("\nfrobnicate x\n")?.line == 2)
        #expect(failure("actor X\n  role RUSGOV 2020-13-01..\n")?.line == 2)
        #expect(failure("actor X\n  role RUSGOV 2020-01-01-2021\n")?.message.contains("FROM..TO") == true)
        #expect(failure("cue maybe = perhaps\n")?.message.contains("cue kind") == true)
        #expect(failure("  indented first\n")?.line == 1)
    }

    @Test func privateCodesAreAcceptedOnlyWhenDeclared() throws {
        #expect(throws: InputError.self) { try KDParser.parse("verb x = 345\n", origin: "t.kd") }
        let d = try KDParser.parse("codes private\nverb x = 345\n", origin: "t.kd")
        #expect(d.verbs["X"]?.first?.code?.primary == "345")
        #expect(!d.requiresCameo)
    }
}

extension EventDictionary {
    func cues(_ kind: String, _ language: String) -> [[String]] { cues(CueKind(rawValue: kind)!, language: language) }
}
