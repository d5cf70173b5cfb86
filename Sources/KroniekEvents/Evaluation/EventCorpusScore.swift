import KroniekCore

/// Precision, recall and F1 of one match level over a corpus.
public struct LevelScore: Sendable, Hashable {
    public init() {}
    public var gold = 0
    /// System events that count (repeated mentions left out).
    public var system = 0
    public var matched = 0
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    public var precision: Double { system == 0 ? 0 : Double(matched) / Double(system) }
    public var f1: Double { recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision) }
}

/// Real-news event scores over a corpus of documents (docs/annotation.md, section 6):
/// per level, per CAMEO root, and flag and date agreement on root-level matches.
public struct EventCorpusScore: Sendable {
    public var documents = 0
    public var sentences = 0
    public var goldEvents = 0
    public var systemEvents = 0
    public var levels: [MatchLevel: LevelScore] = [:]
    /// Per gold CAMEO root: gold events and those matched at root level.
    public var roots: [String: (gold: Int, matched: Int)] = [:]
    /// Per modality flag, over root-level matches: how often gold and system agree.
    public var flagAgreement: [String: Int] = [:]
    /// Root-level matches whose five flags all agree, and whose dates are equal.
    public var allFlagsAgree = 0
    public var datesAgree = 0

    public init() {}

    public static let flagNames = ["negated", "conditional", "hypothetical", "future", "reported"]

    public static func flag(_ name: String, of m: Modality) -> Bool {
        switch name {
        case "negated": m.negated
        case "conditional": m.conditional
        case "hypothetical": m.hypothetical
        case "future": m.future
        case "reported": m.reported
        default: false
        }
    }

    /// Adds one document; returns its matchings by level, for reports.
    @discardableResult
    public mutating func add(gold: [ComparableEvent], system: [ComparableEvent], sentences: Int) -> [MatchLevel: EventMatching] {
        documents += 1
        self.sentences += sentences
        goldEvents += gold.count
        systemEvents += system.count
        var matchings: [MatchLevel: EventMatching] = [:]
        for level in MatchLevel.allCases {
            let m = EventMatching(gold: gold, system: system, level: level)
            matchings[level] = m
            levels[level, default: LevelScore()].gold += gold.count
            levels[level, default: LevelScore()].system += m.counted
            levels[level, default: LevelScore()].matched += m.matched
        }
        let root = matchings[.root]!
        for (i, g) in gold.enumerated() {
            let key = String(g.code.prefix(2))
            roots[key, default: (0, 0)].gold += 1
            guard let s = root.pairs[i].map({ system[$0] }) else { continue }
            roots[key, default: (0, 0)].matched += 1
            var all = true
            for name in Self.flagNames {
                let agree = Self.flag(name, of: g.modality) == Self.flag(name, of: s.modality)
                if agree { flagAgreement[name, default: 0] += 1 } else { all = false }
            }
            if all { allFlagsAgree += 1 }
            if g.date == s.date { datesAgree += 1 }
        }
        return matchings
    }

    public var rootMatches: Int { levels[.root]?.matched ?? 0 }
    public var goldPerSentence: Double { sentences == 0 ? 0 : Double(goldEvents) / Double(sentences) }
    public var systemPerSentence: Double { sentences == 0 ? 0 : Double(systemEvents) / Double(sentences) }
}
