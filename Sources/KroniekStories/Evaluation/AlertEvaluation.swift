/// How the escalation rules do on a stream with known change points: how soon after a
/// change they alert, how many changes they miss, and how often they alert where nothing
/// changed.
public struct AlertEvaluation: Sendable {
    /// Weeks from the change to the first alert at or after it, for each change detected.
    public let delays: [Int]
    public let changes: Int
    /// Alerts in calm dyads, or in changed dyads before their change.
    public let falseAlarms: Int
    /// Dyad-weeks watched without a change (after the warm-up), the exposure for false alarms.
    public let calmDyadWeeks: Int

    /// A change counts as detected by an alert within `horizon` weeks of it.
    public init(stream: SyntheticEventStream, alerts: [EscalationAlert], warmupWeeks: Int, horizon: Int = 8) {
        let startDay = DayRange(SyntheticEventStream.start)!.first
        var alertWeeks: [String: [Int]] = [:]
        for alert in alerts {
            alertWeeks[alert.dyad, default: []].append((DayRange(alert.week)!.first - startDay) / 7)
        }
        var delays: [Int] = [], falseAlarms = 0, calm = 0
        for dyad in stream.dyads {
            let weeks = alertWeeks[dyad.name] ?? []
            let calmUntil = dyad.changeWeek ?? stream.weeks
            falseAlarms += weeks.filter { $0 < calmUntil }.count
            calm += max(0, calmUntil - warmupWeeks)
            if let change = dyad.changeWeek, let first = weeks.filter({ $0 >= change }).min(), first - change <= horizon {
                delays.append(first - change)
            }
        }
        self.delays = delays.sorted()
        changes = stream.dyads.filter { $0.changeWeek != nil }.count
        self.falseAlarms = falseAlarms
        calmDyadWeeks = calm
    }

    public var detectionRate: Double { changes == 0 ? 1 : Double(delays.count) / Double(changes) }
    public var meanDelay: Double { delays.isEmpty ? 0 : Double(delays.reduce(0, +)) / Double(delays.count) }
    public var medianDelay: Int { delays.isEmpty ? 0 : delays[delays.count / 2] }
    public var falseAlarmsPer100DyadWeeks: Double { calmDyadWeeks == 0 ? 0 : 100 * Double(falseAlarms) / Double(calmDyadWeeks) }
}
