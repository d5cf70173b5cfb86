import KroniekCore

/// Event triples compared under the strict rule: code, source and target must all match.
public struct EventTriple: Hashable, Sendable, Comparable {
    public var code: String
    public var source: String
    public var target: String
    public init(code: String, source: String, target: String) { self.code = code; self.source = source; self.target = target }

    /// Events with a missing side (`---` or none) are not complete events.
    public var isComplete: Bool { !["", "---"].contains(source) && !["", "---"].contains(target) }
    public static func < (a: EventTriple, b: EventTriple) -> Bool { (a.code, a.source, a.target) < (b.code, b.source, b.target) }
    public var description: String { "\(code) \(source) -> \(target)" }
}

/// Strict counts over validation records. Within a record identical produced events count
/// once and each gold event is matched by at most one produced event; every unmatched
/// produced event is an extra; records expecting no event add nothing to `gold`.
public struct StrictEventScore: Sendable {
    public var records = 0
    public var gold = 0
    public var correct = 0
    public var extra = 0
    public var uncoded: Int { gold - correct }
    public var recall: Double { gold == 0 ? 0 : Double(correct) / Double(gold) }
    public var precision: Double { correct + extra == 0 ? 0 : Double(correct) / Double(correct + extra) }
    public var f1: Double { recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision) }

    public init() {}

    /// Scores one record and returns its misses and extras.
    @discardableResult
    public mutating func add(gold goldEvents: [EventTriple], produced: [EventTriple]) -> (missed: [EventTriple], extra: [EventTriple]) {
        records += 1
        var remaining = goldEvents.filter(\.isComplete)
        gold += remaining.count
        var extras: [EventTriple] = []
        for p in Set(produced.filter(\.isComplete)).sorted() {
            if let i = remaining.firstIndex(of: p) { remaining.remove(at: i); correct += 1 } else { extras.append(p); extra += 1 }
        }
        return (remaining, extras)
    }

    public mutating func add(_ other: StrictEventScore) {
        records += other.records; gold += other.gold; correct += other.correct; extra += other.extra
    }
}
