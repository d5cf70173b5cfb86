import ArgumentParser
import KroniekStories

extension AlertPolicy.Granularity: ExpressibleByArgument {}
extension AlertPolicy.Rule: ExpressibleByArgument {}

/// The escalation rules' settings (`AlertPolicy`), for `kroniek alerts` and `kroniek eval alerts`.
struct AlertOptions: ParsableArguments {
    @Option(help: "Dyads of countries (RUS–UKR) or of actors to their role (RUSGOV–RUSREB).")
    var granularity = AlertPolicy().granularity
    @Option(help: "Rules to run: goldstein (weekly Goldstein sum falls), conflict (share of material conflict rises); repeat for both (default: both).")
    var rule: [AlertPolicy.Rule] = []
    @Option(help: "Weeks of each dyad's history that only set its baseline.") var warmup = AlertPolicy().warmupWeeks
    @Option(help: "Weight of the newest quiet week in the baseline (EWMA).") var baselineWeight = AlertPolicy().baselineWeight
    @Option(help: "CUSUM slack, in standard deviations per week.") var slack = AlertPolicy().slack
    @Option(help: "CUSUM threshold: the summed deviation that raises an alert.") var threshold = AlertPolicy().threshold
    @Option(help: "Events an alert needs in the weeks that raised it.") var minEvents = AlertPolicy().minEvents
    @Option(help: "Events a week needs for its conflict share to count.") var minWeekEvents = AlertPolicy().minWeekEvents

    var policy: AlertPolicy {
        AlertPolicy(granularity: granularity, rules: rule.isEmpty ? Set(AlertPolicy.Rule.allCases) : Set(rule),
                    warmupWeeks: warmup, baselineWeight: baselineWeight, slack: slack, threshold: threshold,
                    minEvents: minEvents, minWeekEvents: minWeekEvents)
    }
}
