import Testing
@testable import KroniekEvents

@Suite struct OntologyTests {
    @Test func knownCodeCarriesItsFacts() throws {
        let e = try CameoOntology.lookup("193")
        #expect(e.root == "19")
        #expect(e.quadClass == 4)
        #expect(e.goldstein == -10.0)
        #expect(e.plover?.category == "ASSAULT")
        #expect(e.plover?.mode == "firearms")
        let appeal = try CameoOntology.lookup("0256")
        #expect(appeal.quadClass == 1)
        #expect(appeal.plover == nil, "PLOVER dropped CAMEO 02")
    }

    @Test func rootsAndQuadClassesCoverAllTwentyCategories() {
        let roots = Set(CameoOntology.allCodes.map { $0.prefix(2) })
        #expect(roots.count == 20)
        #expect(CameoOntology.allCodes.count > 280)
        #expect(CameoOntology.entry("0874")?.quadClass == 2)
        #expect(CameoOntology.entry("112")?.quadClass == 3)
    }

    @Test func unknownAndMalformedCodesAreErrors() {
        #expect(throws: OntologyError.unknown("999")) { try CameoOntology.lookup("999") }
        #expect(throws: OntologyError.malformed("19a")) { try CameoOntology.lookup("19a") }
        #expect(throws: OntologyError.malformed("1")) { try CameoOntology.lookup("1") }
        #expect(throws: OntologyError.malformed("01234")) { try CameoOntology.lookup("01234") }
    }
}
