import KroniekCore

/// A point on which the reports of one story differ, with how many reports say what:
/// one outlet's "would attack if", another's "attacked"; Thursday here, Friday there.
public struct Disagreement: Sendable, Hashable {
    /// `date`, `cameo`, `source`, `target`, or a modality flag (`conditional`, `negated`, …).
    public let field: String
    /// Each value and the number of reports giving it, most frequent first.
    public let values: [(value: String, count: Int)]

    public static func == (a: Disagreement, b: Disagreement) -> Bool {
        a.field == b.field && a.values.map(\.value) == b.values.map(\.value) && a.values.map(\.count) == b.values.map(\.count)
    }
    public func hash(into h: inout Hasher) { h.combine(field); values.forEach { h.combine($0.value); h.combine($0.count) } }

    /// "conditional: yes ×1, no ×2".
    public var description: String {
        field + ": " + values.map { "\($0.value) ×\($0.count)" }.joined(separator: ", ")
    }

    static func all(in events: [EventRecord]) -> [Disagreement] {
        let fields: [(String, (EventRecord) -> String)] = [
            ("date", { $0.date?.description ?? "none" }),
            ("cameo", \.cameo),
            ("source", \.source.code),
            ("target", { $0.target?.code ?? "none" }),
            ("negated", { flag($0.negated) }),
            ("conditional", { flag($0.conditional) }),
            ("hypothetical", { flag($0.hypothetical) }),
            ("future", { flag($0.future) }),
            ("reported", { flag($0.reported) }),
        ]
        return fields.compactMap { field, value in
            var counts: [String: Int] = [:]
            events.forEach { counts[value($0), default: 0] += 1 }
            guard counts.count > 1 else { return nil }
            let sorted = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            return Disagreement(field: field, values: sorted.map { (value: $0.key, count: $0.value) })
        }
    }

    private static func flag(_ on: Bool) -> String { on ? "yes" : "no" }
}
