import Foundation
import KroniekCore

/// An event stream with known change points, to measure the escalation rules: dyads whose
/// weekly events are Poisson-distributed, each event cooperative, verbally hostile or
/// material conflict; in a share of the dyads the conflict share rises by `shift` and the
/// event rate by half at a known week. Reproducible from its seed.
public struct SyntheticEventStream: Sendable {
    public struct Dyad: Sendable {
        public let name: String
        /// The week (0-based) the escalation begins, or nil for a dyad that stays calm.
        public let changeWeek: Int?
    }

    public let dyads: [Dyad]
    public let weeks: Int
    public let events: [EventRecord]
    /// The Monday of week 0 (2024-01-01).
    public static let start = PartialDate(year: 2024, month: 1, day: 1)!

    public init(seed: UInt64, dyads count: Int = 200, weeks: Int = 52, changedShare: Double = 0.5, shift: Double = 0.3) {
        var random = SplitMix64(seed: seed)
        let startDay = DayRange(Self.start)!.first
        var dyads: [Dyad] = [], events: [EventRecord] = []
        for d in 0..<count {
            // Three-letter codes, so the country granularity keeps the dyads apart.
            let name = (source: "S" + Self.code(d), target: "T" + Self.code(d))
            let change = random.unit() < changedShare ? weeks * 2 / 5 + Int(random.unit() * Double(weeks / 5)) : nil
            let rate = 4 + random.unit() * 16, share = 0.05 + random.unit() * 0.15
            for week in 0..<weeks {
                let escalated = change.map { week >= $0 } ?? false
                let n = random.poisson(escalated ? rate * 1.5 : rate)
                for _ in 0..<n {
                    let day = DayRange.date(ofDay: startDay + week * 7 + Int(random.unit() * 7))
                    let (code, quad, goldstein) = Self.draw(&random, conflictShare: escalated ? share + shift : share)
                    events.append(EventRecord(
                        documentID: "synthetic-\(d)-\(week)-\(events.count)", sentenceIndex: 0, sentenceSpan: Span(0, 0),
                        sentenceText: "", date: day, source: .init(code: name.source, text: name.source),
                        target: .init(code: name.target, text: name.target), cameo: code, quadClass: quad,
                        goldstein: goldstein, ploverCategory: nil, ploverMode: nil, evidence: "synthetic"))
                }
            }
            dyads.append(Dyad(name: name.source + "–" + name.target, changeWeek: change))
        }
        self.dyads = dyads; self.weeks = weeks; self.events = events
    }

    private static func code(_ n: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return String([letters[n / 26 % 26], letters[n % 26]])
    }

    /// A material-conflict event with probability `conflictShare`; otherwise cooperation
    /// (70%) or verbal conflict, with Goldstein values of typical CAMEO codes.
    private static func draw(_ random: inout SplitMix64, conflictShare: Double) -> (String, Int, Double) {
        let kinds: [(String, Int, Double)]
        if random.unit() < conflictShare {
            kinds = [("190", 4, -10), ("180", 4, -9), ("173", 4, -5), ("150", 4, -7.2)]
        } else if random.unit() < 0.7 {
            kinds = [("040", 1, 1), ("042", 1, 1.9), ("057", 1, 8), ("071", 2, 7.4), ("036", 1, 4)]
        } else {
            kinds = [("112", 3, -2), ("130", 3, -4.4), ("120", 3, -4), ("100", 3, -5)]
        }
        return kinds[Int(random.unit() * Double(kinds.count))]
    }
}

/// What the stream draws: uniform numbers and Poisson counts.
extension SplitMix64 {
    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Knuth's method: fine for the small rates of weekly dyad counts.
    mutating func poisson(_ rate: Double) -> Int {
        let limit = exp(-rate)
        var k = 0, p = unit()
        while p > limit { k += 1; p *= unit() }
        return k
    }
}
