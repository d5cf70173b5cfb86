import KroniekCore

/// One real-world happening and every report of it. What the reports agree on most is the
/// story's own coding; where they differ, `disagreements` says how.
public struct Story: Sendable, Hashable {
    /// Stable while reports are added in date order: derived from the first report.
    public let id: String
    /// In the order they joined; the first founded the story.
    public internal(set) var reports: [Report]

    init(founder: Report) {
        id = "st-" + ContentHash.of(founder.key.text).prefix(12)
        reports = [founder]
    }

    public var founder: Report { reports[0] }
    public var documentCount: Int { Set(reports.map(\.event.documentID)).count }

    public var cameo: String { Consensus.value(reports.map(\.event.cameo)) }
    /// The source and target most reports give together: counted as pairs, so reports of a
    /// meeting from either side don't make a dyad of one side twice.
    public var source: String { dyad.source }
    public var target: String? { dyad.target }
    private var dyad: (source: String, target: String?) {
        let pair = Consensus.value(reports.map { $0.event.source.code + " " + ($0.event.target?.code ?? "") })
        let parts = pair.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        return (parts[0], parts[1].isEmpty ? nil : parts[1])
    }
    public var date: PartialDate? {
        let dates = reports.compactMap(\.event.date)
        let value = Consensus.value(dates.map(\.description))
        return dates.first { $0.description == value }
    }
    /// The coding of the first report with the consensus code: its Goldstein value and class.
    public var representative: EventRecord {
        let code = cameo
        return (reports.first { $0.event.cameo == code } ?? founder).event
    }

    public var disagreements: [Disagreement] { Disagreement.all(in: reports.map(\.event)) }
}

/// The value most reports give; among equally frequent ones the more specific (longer)
/// code, then the alphabetically first, so a story's coding doesn't depend on arrival order.
enum Consensus {
    static func value(_ values: [String]) -> String {
        var counts: [String: Int] = [:]
        values.forEach { counts[$0, default: 0] += 1 }
        return counts.max { a, b in
            (a.value, a.key.count, b.key) < (b.value, b.key.count, a.key)
        }?.key ?? ""
    }
}
