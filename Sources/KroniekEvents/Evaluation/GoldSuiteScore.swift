import KroniekCore

/// Scores coded events against a JSON Lines gold suite: strict event counts (as for the
/// PETRARCH validation files) plus, over the correct events, how often the modality
/// flags and dates the gold lists agree.
public struct GoldSuiteScore: Sendable {
    public var events = StrictEventScore()
    /// Correct events whose gold lists modality flags, and how many of them carry all of them.
    public var modalityChecked = 0
    public var modalityAgreeing = 0
    /// Correct events whose gold gives a date, and how many were dated the same.
    public var datesChecked = 0
    public var datesAgreeing = 0
    /// "MISS id event" / "EXTRA id event" lines for a verbose report, and "FLAGS" /
    /// "DATE" lines for correct events whose modality or date disagrees.
    public var report: [String] = []

    public init() {}

    public mutating func add(_ record: GoldSuiteRecord, produced: [CodedEvent]) {
        let triples = produced.map { EventTriple(code: $0.code, source: $0.source.code, target: $0.target?.code ?? "---") }
        let (missed, extra) = events.add(gold: record.events.map(\.triple), produced: triples)
        report += missed.map { "MISS  \(record.id)  \($0.description)" }
        report += extra.map { "EXTRA \(record.id)  \($0.description)" }
        for g in record.events {
            guard let e = produced.first(where: { $0.code == g.cameo && $0.source.code == g.source && $0.target?.code == g.target })
            else { continue }
            if let flags = g.modality, !flags.isEmpty {
                modalityChecked += 1
                if flags.allSatisfy({ Self.flag($0, of: e.modality) }) {
                    modalityAgreeing += 1
                } else {
                    let missing = flags.filter { !Self.flag($0, of: e.modality) }
                    report.append("FLAGS \(record.id)  \(g.triple.description)  missing \(missing.joined(separator: ","))")
                }
            }
            if let d = g.date {
                datesChecked += 1
                if e.date == d {
                    datesAgreeing += 1
                } else {
                    report.append("DATE  \(record.id)  \(g.triple.description)  expected \(d) got \(e.date?.description ?? "none")")
                }
            }
        }
    }

    static func flag(_ name: String, of m: Modality) -> Bool {
        switch name {
        case "negated": return m.negated
        case "conditional": return m.conditional
        case "hypothetical": return m.hypothetical
        case "future": return m.future
        case "reported": return m.reported
        default: return false
        }
    }

    /// The same fields `kroniek eval events --json` prints, plus modality and date agreement.
    public var fields: [String: Double] {
        ["records": Double(events.records), "gold": Double(events.gold), "correct": Double(events.correct),
         "uncoded": Double(events.uncoded), "extra": Double(events.extra), "recall": events.recall,
         "precision": events.precision, "f1": events.f1,
         "modality_agreement": modalityChecked == 0 ? 0 : Double(modalityAgreeing) / Double(modalityChecked),
         "date_agreement": datesChecked == 0 ? 0 : Double(datesAgreeing) / Double(datesChecked)]
    }
}
