import KroniekCore

/// Fuses reports of the same happening into stories, incrementally: `add` joins new events
/// to the stories already made, or founds new ones.
///
/// Linear in the number of events after sorting each batch (n log n): a report is compared
/// only with the stories in its block — the same pair of countries (in either order), the
/// same code family, and a date bucket near its own — and within a story only with its
/// founder and latest reports. Deterministic: a batch is read in date order. A report joins
/// every story where it earns enough evidence; when that is more than one, it shows them
/// to be one happening (the Dutch report that matches both the month-dated article and the
/// English one), and the oldest story takes the others in and keeps its id.
public struct StoryFuser: Sendable {
    public let policy: FusionPolicy
    /// Every story, in the order founded; a story taken into an older one leaves a nil.
    private var slots: [Story?] = []
    private var blocks: [BlockKey: [Int]] = [:]
    private let match: ReportMatch

    /// How many of a story's latest reports a newcomer is compared with, besides the
    /// founder: enough to see every outlet of a day's news, and a bound on the work per
    /// event however large a story grows.
    static let comparedReports = 16

    public init(policy: FusionPolicy = FusionPolicy()) {
        self.policy = policy
        match = ReportMatch(policy: policy)
    }

    /// The stories, in the order they were founded.
    public var stories: [Story] { slots.compactMap { $0 } }

    public mutating func add(_ events: [EventRecord]) {
        for report in events.map(Report.init).sorted(by: Report.canonicalOrder) { add(report) }
    }

    private mutating func add(_ report: Report) {
        guard let days = report.days else {
            // Undated reports cannot be placed beside others: each is its own story.
            slots.append(Story(founder: report))
            return
        }
        let joined = candidates(for: report, days: days).filter { s in
            guard let story = slots[s], let founderDays = story.founder.days, founderDays.gap(to: days) <= policy.windowDays,
                  let points = bestPoints(report, in: story) else { return false }
            return points >= policy.threshold
        }
        guard let oldest = joined.first else {
            slots.append(Story(founder: report))
            for key in blockKeys(report, days: days, widenedBy: 0) { blocks[key, default: []].append(slots.count - 1) }
            return
        }
        for s in joined.dropFirst() {
            slots[oldest]!.reports += slots[s]!.reports
            slots[s] = nil
        }
        slots[oldest]!.reports.append(report)
    }

    private func bestPoints(_ report: Report, in story: Story) -> Int? {
        let compared = [story.founder] + story.reports.dropFirst().suffix(Self.comparedReports)
        return compared.compactMap { match.points(report, $0) }.max()
    }

    /// Stories whose founder could lie within the window of `days`, each once, oldest first.
    private func candidates(for report: Report, days: DayRange) -> [Int] {
        let keys = blockKeys(report, days: days, widenedBy: policy.windowDays)
        return Array(Set(keys.flatMap { blocks[$0] ?? [] })).sorted()
    }

    /// The blocks a report's days fall in, widened on both sides: a story is filed under
    /// the buckets of its founder's days, and a newcomer looks in the buckets of its own
    /// days widened by the window.
    private func blockKeys(_ report: Report, days: DayRange, widenedBy widen: Int) -> [BlockKey] {
        let e = report.event
        let countries = [ActorCodes.country(e.source.code), ActorCodes.country(e.target?.code)].sorted()
        let family = CodeFamily.of(e.cameo)
        let size = policy.windowDays + 1
        let buckets = Self.bucket(days.first - widen, size)...Self.bucket(days.last + widen, size)
        return buckets.map { BlockKey(countries: countries[0] + "|" + countries[1], family: family, bucket: $0) }
    }

    /// Floor division, so days before 1970 bucket correctly too.
    private static func bucket(_ day: Int, _ size: Int) -> Int { day >= 0 ? day / size : (day - size + 1) / size }

    private struct BlockKey: Hashable, Sendable {
        let countries: String
        let family: String
        let bucket: Int
    }
}
