import KroniekCore

/// Runs the escalation rules of an `AlertPolicy` over every dyad of an event stream.
public struct EscalationScanner: Sendable {
    public let policy: AlertPolicy

    public init(policy: AlertPolicy = AlertPolicy()) { self.policy = policy }

    /// Alerts by week, then dyad, then rule.
    public func alerts(in events: [EventRecord]) -> [EscalationAlert] {
        var alerts: [EscalationAlert] = []
        for series in DyadWeeks.group(events, granularity: policy.granularity) {
            if policy.rules.contains(.goldstein) {
                alerts += scan(series, .goldstein, GoldsteinBaseline(weight: policy.baselineWeight, floor: policy.goldsteinFloor))
            }
            if policy.rules.contains(.materialConflict) {
                alerts += scan(series, .materialConflict,
                               ConflictShareBaseline(weight: policy.baselineWeight, minWeekEvents: policy.minWeekEvents))
            }
        }
        return alerts.sorted { ($0.week, $0.dyad, $0.rule.rawValue) < ($1.week, $1.dyad, $1.rule.rawValue) }
    }

    /// One rule over one dyad: the warm-up weeks set the baseline; after them each week
    /// adds its deviation less the slack to the CUSUM (never below zero); weeks that leave
    /// it at zero are quiet and go into the baseline. Past the threshold, with enough
    /// events in the run, an alert is raised and the run's level becomes the baseline, so
    /// a lasting change is reported once, not every week after.
    private func scan(_ series: DyadWeeks, _ rule: AlertPolicy.Rule, _ start: some WeeklyBaseline) -> [EscalationAlert] {
        var baseline = start
        var alerts: [EscalationAlert] = []
        var sum = 0.0, runStart = 0
        for (i, week) in series.weeks.enumerated() {
            if i < policy.warmupWeeks { baseline.learn(week); continue }
            guard let deviation = baseline.deviation(week) else { continue }
            if sum == 0 { runStart = i }
            sum = max(0, sum + deviation - policy.slack)
            if sum == 0 { baseline.learn(week); continue }
            let run = series.weeks[runStart...i]
            guard sum >= policy.threshold, run.map(\.count).reduce(0, +) >= policy.minEvents else { continue }
            alerts.append(EscalationAlert(
                dyad: series.dyad, rule: rule, from: DyadWeeks.monday(ofWeek: series.firstWeek + runStart),
                week: DyadWeeks.monday(ofWeek: series.firstWeek + i), statistic: sum, baseline: baseline.level,
                observed: baseline.observed(week),
                events: run.flatMap(\.events).sorted { ($0.goldstein ?? 0) < ($1.goldstein ?? 0) }))
            baseline.restart(on: run)
            sum = 0
        }
        return alerts
    }
}
