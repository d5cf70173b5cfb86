import ArgumentParser
import Foundation
import KroniekStories

/// `kroniek eval alerts`: the escalation rules on a synthetic stream with known change points.
struct EvalAlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Measure the escalation rules on a synthetic event stream with known change points: detection delay and false alarms.",
        discussion: """
        Dyads with Poisson weekly events; in a share of them the material-conflict share rises \
        (by --shift) and the event rate by half at a known week. A change counts as detected by \
        an alert within 8 weeks; alerts in calm dyads, or before the change, are false alarms.
        """)

    @Option(help: "Seed of the synthetic stream.") var seed: UInt64 = 2026
    @Option(help: "Dyads in the stream.") var dyads = 400
    @Option(help: "Weeks in the stream.") var weeks = 52
    @Option(help: "Rise of the material-conflict share at a change.") var shift = 0.3
    @OptionGroup var rules: AlertOptions

    func run() throws {
        let stream = SyntheticEventStream(seed: seed, dyads: dyads, weeks: weeks, shift: shift)
        let policy = rules.policy
        let alerts = EscalationScanner(policy: policy).alerts(in: stream.events)
        let r = AlertEvaluation(stream: stream, alerts: alerts, warmupWeeks: policy.warmupWeeks)
        print("\(stream.events.count) events, \(dyads) dyads × \(weeks) weeks, \(r.changes) change points, \(alerts.count) alerts")
        print(String(format: "detected %d of %d (%.1f%%) within 8 weeks; delay mean %.2f weeks, median %d",
                     r.delays.count, r.changes, r.detectionRate * 100, r.meanDelay, r.medianDelay))
        print(String(format: "false alarms %d in %d calm dyad-weeks: %.2f per 100 dyad-weeks",
                     r.falseAlarms, r.calmDyadWeeks, r.falseAlarmsPer100DyadWeeks))
    }
}
