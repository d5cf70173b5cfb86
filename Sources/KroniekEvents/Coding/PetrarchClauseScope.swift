import KroniekCore

/// The verbs UniversalPetrarch codes events on (`PETRgraph.Sentence.get_rootNode` and
/// the lower verbs of `get_events`): the sentence's main verbs, and the verbs of the
/// clauses they govern. A verb anywhere else, in a relative clause, a participle
/// modifying a noun or a clause hung on a governed verb, names no event of the
/// sentence's own for PETRARCH ("the rebels who attacked the village" tells who, not
/// what happened).
struct PetrarchClauseScope {
    /// Main verbs: the root when it is a verb, else the verbs below a non-verbal root
    /// other than its copula ("Arnor is about to restore": restore), and the verbs
    /// coordinated with the root or set beside it.
    private(set) var main: [Int] = []
    /// For each main verb, the verbs of the clauses it governs (adverbial, complement and
    /// open complement clauses) and the verbs coordinated with those, that its events
    /// join (`joined(_:by:)`). A complement before its verb is a report's content set
    /// first ("Ethiopia will act now, an official said", which a parser may hang on
    /// "said"): coded, but its events stay their own, as UniversalPetrarch keeps them when
    /// the report is parsed as a clause beside the first.
    private(set) var governed: [Int: [Int]] = [:]
    private var coded: Set<Int> = []

    static let besideRoot: Relations = [.conj, .parataxis]
    static let governing: Relations = [.advcl, .ccomp, .xcomp]

    init(_ view: SentenceView) {
        var main: [Int] = []
        for r in view.words.indices where view.head(r) == nil {
            if view.words[r].upos == .VERB { main.append(r) } else {
                main += view.children[r].filter { view.words[$0].upos == .VERB && !view.has($0, .cop) }
            }
            main += view.children(r, Self.besideRoot)
        }
        self.main = main.filter { view.words[$0].upos == .VERB }
        var lower: [Int] = []
        for m in self.main {
            for c in view.children(m, Self.governing) {
                let clauses = ([c] + view.children(c, .conj)).filter { view.words[$0].upos == .VERB }
                lower += clauses
                if !(view.has(c, .ccomp) && c < m) { governed[m, default: []] += clauses }
            }
        }
        coded = Set(self.main + lower)
    }

    /// Whether an event of word `v` is one UniversalPetrarch codes.
    func codes(_ v: Int) -> Bool { coded.contains(v) }

    /// The events without those of code 010, "make a public statement", which
    /// UniversalPetrarch never outputs (`get_events`): what a statement says is coded
    /// through the clause it governs, and a statement of nothing codable is no event.
    static func withoutBareStatements(_ coded: [(verb: Int, events: [ClauseEvent])]) -> [(verb: Int, events: [ClauseEvent])] {
        coded.compactMap { c in
            let events = c.events.filter { $0.code != "010" }
            return events.isEmpty ? nil : (c.verb, events)
        }
    }
}
