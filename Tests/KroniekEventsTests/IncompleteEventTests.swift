import Testing
import KroniekCore
@testable import KroniekEvents

/// Events without a target are left out unless asked for: event data is who did what to whom.
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

    // "Russia protested." — a protest addressed to no one named is incomplete too.
    @Test func everyTargetlessEventIsLeftOutByDefault() throws {
        let protest = """
        Russia Russia PROPN 2 nsubj
        protested protest VERB 0 root
        . . PUNCT 2 punct
        """
        #expect(try TreeBuilder.code(protest).isEmpty)
    }
}
