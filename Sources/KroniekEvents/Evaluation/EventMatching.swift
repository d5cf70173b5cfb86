import KroniekCore

/// An event as the real-news scoring compares it (docs/annotation.md, section 6).
public struct ComparableEvent: Sendable, Hashable {
    public var source: String
    /// Empty when the event has no target (it can then match nothing).
    public var target: String
    public var code: String
    public var modality: Modality
    public var date: PartialDate?
    /// Where it is (a sentence number), for reports.
    public var sentence: Int

    public init(source: String, target: String, code: String, modality: Modality = Modality(), date: PartialDate? = nil, sentence: Int) {
        self.source = source; self.target = target; self.code = code; self.modality = modality; self.date = date; self.sentence = sentence
    }

    /// Source, target and code: what "identical" means for repeated mentions.
    var triple: [String] { [source, target, code] }
    public var description: String { "\(code) \(source) -> \(target.isEmpty ? "-" : target)" }
}

/// The three levels at which coded events are matched to gold events.
public enum MatchLevel: String, Sendable, CaseIterable {
    /// Source, target and the full CAMEO code are equal.
    case strict
    /// The first six characters of source and target, and the CAMEO root, are equal.
    case root
    /// The countries (first three characters) and the CAMEO root are equal.
    case dyad

    /// Codes that describe a two-sided act: they match with source and target swapped.
    public static let reciprocalCodes: Set<String> = ["040", "041", "044", "046", "057", "060", "061", "062"]

    public func matches(gold g: ComparableEvent, system s: ComparableEvent) -> Bool {
        guard !s.target.isEmpty else { return false }
        if sides(g.source, g.target, s.source, s.target) && codes(g.code, s.code) { return true }
        let reciprocal = Self.reciprocalCodes.contains(g.code) || Self.reciprocalCodes.contains(s.code)
        return reciprocal && sides(g.source, g.target, s.target, s.source) && codes(g.code, s.code)
    }

    private func sides(_ gs: String, _ gt: String, _ ss: String, _ st: String) -> Bool {
        switch self {
        case .strict: gs == ss && gt == st
        case .root: gs.prefix(6) == ss.prefix(6) && gt.prefix(6) == st.prefix(6)
        case .dyad: gs.prefix(3) == ss.prefix(3) && gt.prefix(3) == st.prefix(3)
        }
    }

    private func codes(_ a: String, _ b: String) -> Bool {
        self == .strict ? a == b : a.prefix(2) == b.prefix(2)
    }
}

/// The one-to-one matching of one document's coded events to its gold events at one level.
public struct EventMatching: Sendable {
    /// Gold index → system index.
    public private(set) var pairs: [Int: Int] = [:]
    /// System events that repeat (same source, target and code) a matched system event:
    /// repeated mentions, neither credited nor penalised.
    public private(set) var repeats: Set<Int> = []
    public let goldCount: Int
    public let systemCount: Int

    /// The largest matching (augmenting paths); among equally large ones, pairs that
    /// also match strictly are preferred, so flags and dates are compared between the
    /// closest events.
    public init(gold: [ComparableEvent], system: [ComparableEvent], level: MatchLevel) {
        goldCount = gold.count
        systemCount = system.count
        let candidates: [[Int]] = gold.map { g in
            let all = system.indices.filter { level.matches(gold: g, system: system[$0]) }
            return all.filter { MatchLevel.strict.matches(gold: g, system: system[$0]) }
                + all.filter { !MatchLevel.strict.matches(gold: g, system: system[$0]) }
        }
        var owner: [Int: Int] = [:]  // system index → gold index
        func augment(_ g: Int, _ seen: inout Set<Int>) -> Bool {
            // A free candidate first, so a pair is displaced only when nothing else is left.
            if let free = candidates[g].first(where: { owner[$0] == nil && !seen.contains($0) }) {
                owner[free] = g
                return true
            }
            for s in candidates[g] where seen.insert(s).inserted {
                if let other = owner[s] {
                    guard augment(other, &seen) else { continue }
                }
                owner[s] = g
                return true
            }
            return false
        }
        for g in gold.indices {
            var seen = Set<Int>()
            _ = augment(g, &seen)
        }
        for (s, g) in owner { pairs[g] = s }
        let matchedTriples = Set(owner.keys.map { system[$0].triple })
        repeats = Set(system.indices.filter { owner[$0] == nil && matchedTriples.contains(system[$0].triple) })
    }

    /// Matched pairs.
    public var matched: Int { pairs.count }
    /// System events that count: all but the repeated mentions.
    public var counted: Int { systemCount - repeats.count }
    public var unmatchedGold: [Int] { (0..<goldCount).filter { pairs[$0] == nil } }
    public func unmatchedSystem() -> [Int] {
        let used = Set(pairs.values)
        return (0..<systemCount).filter { !used.contains($0) && !repeats.contains($0) }
    }
}
