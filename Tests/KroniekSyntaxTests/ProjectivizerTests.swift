import Testing
@testable import KroniekSyntax

@Suite struct ProjectivizerTests {
    // "Wie heeft hij gezegd dat komt": word 0 ("Wie") depends on 5 ("komt") across 1–3,
    // which hang from 3 ("gezegd"), the root.
    let heads = [5, 3, 3, -1, 5, 3]
    let labels = ["nsubj", "aux", "nsubj", "root", "mark", "ccomp"]

    @Test func liftsUntilEveryArcIsProjective() {
        #expect(Projectivizer.shortestNonProjectiveArc(heads) != nil)
        let lifted = Projectivizer.projectivize(heads: heads, labels: labels)
        #expect(Projectivizer.shortestNonProjectiveArc(lifted.heads) == nil)
        #expect(lifted.heads[0] == 3)
        #expect(lifted.labels[0] == "nsubj↑ccomp")
    }

    @Test func roundTripRestoresTheTree() {
        let lifted = Projectivizer.projectivize(heads: heads, labels: labels)
        let restored = Projectivizer.deprojectivize(heads: lifted.heads, labels: lifted.labels)
        #expect(restored.heads == heads)
        #expect(restored.labels == labels)
    }

    @Test func projectiveTreeIsUnchanged() {
        let h = [1, -1, 1], l = ["nsubj", "root", "obj"]
        let out = Projectivizer.projectivize(heads: h, labels: l)
        #expect(out.heads == h && out.labels == l)
    }
}
