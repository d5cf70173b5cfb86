import Testing
import KroniekCore
import KroniekEntities
@testable import KroniekEvents

/// The bundled dictionaries load and cover Dutch: every CAMEO root has patterns, and the
/// actor base codes the names, adjectives, offices and organisations Dutch news uses.
@Suite struct DutchDictionaryTests {
    static let dictionary: EventDictionary? = try? DictionaryLoader.loadBundled()

    @Test func bundledDictionariesLoad() throws {
        let d = try DictionaryLoader.loadBundled()
        #expect(d.actors.actors.count > 600)
        #expect(!d.actors.agents.isEmpty)
    }

    @Test func everyCameoRootHasDutchPatterns() throws {
        let d = try #require(Self.dictionary)
        var perRoot: [String: Int] = [:]
        for entries in d.verbs.values {
            for e in entries where e.origin.contains("/nl/") {
                let family = d.families[e.family]
                for code in [e.code?.primary].compactMap({ $0 }) + family.patterns.compactMap(\.code.primary) {
                    perRoot[String(code.prefix(2)), default: 0] += 1
                }
            }
        }
        for noun in d.nouns.values.joined() where noun.origin.contains("/nl/") {
            if let code = noun.code.primary { perRoot[String(code.prefix(2)), default: 0] += 1 }
        }
        for root in 1...20 {
            let key = root < 10 ? "0\(root)" : "\(root)"
            #expect((perRoot[key] ?? 0) >= 5, "CAMEO root \(key) has \(perRoot[key] ?? 0) Dutch patterns")
        }
    }

    /// The code the actor base gives a phrase (word forms only, as unparsed text gives them).
    private func code(_ phrase: String, on date: String) throws -> String? {
        let d = try #require(Self.dictionary)
        let keys = phrase.split(separator: " ").map { WordKeys(form: String($0), lemma: nil) }
        guard let m = d.actors.longestMatch(in: keys, at: 0), m.length == keys.count else { return nil }
        switch m.target {
        case .actor(let a): return d.actors.actors[a].code(on: PartialDate(iso: date))
        case .agent(let a): return d.actors.agents[a].combined(with: nil)
        }
    }

    @Test func namesAdjectivesAndMetonymsCodeAsTheirState() throws {
        #expect(try code("Rusland", on: "2021-12") == "RUS")
        #expect(try code("Russische", on: "2021-12") == "RUS")
        #expect(try code("Oekraïense", on: "2021-12") == "UKR")
        #expect(try code("Amerikaanse", on: "2021-12") == "USA")
        #expect(try code("Moskou", on: "2021-12") == "RUS")
        #expect(try code("Kremlin", on: "2021-12") == "RUSGOV")
        #expect(try code("Witte Huis", on: "2021-12") == "USAGOV")
        #expect(try code("Den Haag", on: "2021-12") == "NLDGOV")
        #expect(try code("Westen", on: "2021-12") == "WST")
        #expect(try code("westerse landen", on: "2021-12") == "WST")
    }

    @Test func officeHoldersAreCodedForTheirTerm() throws {
        #expect(try code("Poetin", on: "2021-12") == "RUSGOV")
        #expect(try code("Biden", on: "2021-12") == "USAGOV")
        #expect(try code("Biden", on: "2018-06") == nil)
        #expect(try code("Rutte", on: "2015-03") == "NLDGOV")
        #expect(try code("Rutte", on: "2025-03") == "IGOWSTNAT")
        #expect(try code("Lavrov", on: "2022-03") == "RUSGOV")
        #expect(try code("Zelensky", on: "2022-03") == "UKRGOV")
    }

    @Test func organisationsAndRoleNouns() throws {
        #expect(try code("Navo", on: "2021-12") == "IGOWSTNAT")
        #expect(try code("NATO", on: "2021-12") == "IGOWSTNAT")
        #expect(try code("VN", on: "2021-12") == "IGOUNO")
        #expect(try code("Europese Unie", on: "2021-12") == "IGOEUREEC")
        #expect(try code("OVSE", on: "2021-12") == "IGOEURSCE")
        #expect(try code("Internationaal Strafhof", on: "2021-12") == "IGOICC")
        #expect(try code("leider", on: "2021-12") == "---GOV")
        #expect(try code("separatisten", on: "2021-12") == "---REB")
        #expect(try code("demonstranten", on: "2021-12") == "---OPP")
        #expect(try code("minister van Buitenlandse Zaken", on: "2021-12") == "---GOV")
    }

    @Test func dutchCueWordsAreLoaded() throws {
        let d = try #require(Self.dictionary)
        #expect(d.cues(.negation, language: "nl").contains(["NIET"]))
        #expect(d.cues(.conditional, language: "nl").contains(["ALS"]))
        #expect(d.cues(.report, language: "nl").contains(["VOLGENS"]))
        #expect(d.cues(.fear, language: "nl").contains(["VREZEN"]))
    }
}
