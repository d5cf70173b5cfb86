import Testing
import KroniekCore
@testable import KroniekEvents

/// Events without a target: kept where the CAMEO code stands alone, left out (unless
/// asked for) where the code needs someone to do it to.
@Suite struct IncompleteEventTests {
    // "Russia attacked." — an attack with no one attacked is incomplete.
    let attackWithoutTarget = """
    Russia Russia PROPN 2 nsubj
    attacked attack VERB 0 root
    . . PUNCT 2 punct
    """

    @Test func aTargetlessAttackIsLeftOutByDefault() throws {
        #expect(try TreeBuilder.code(attackWithoutTarget).isEmpty)
    }

    @Test func itIsOutputWhenAskedFor() throws {
        var coder = EventCoder(dictionary: TreeBuilder.dictionary)
        coder.includesIncompleteEvents = true
        let events = coder.code(try TreeBuilder.document(attackWithoutTarget, date: PartialDate(year: 2021, month: 12)))
        #expect(events.map(\.triple) == ["190 RUS>-"])
    }

    @Test func statementsProtestsAndForcePostureStandAlone() throws {
        for code in ["010", "016", "141", "154"] {
            #expect(try CameoOntology.lookup(code).standsWithoutTarget, "\(code)")
        }
        for code in ["163", "190", "0256", "1312"] {
            #expect(try !CameoOntology.lookup(code).standsWithoutTarget, "\(code)")
        }
    }
}
