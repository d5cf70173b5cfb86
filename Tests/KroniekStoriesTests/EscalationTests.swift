import KroniekCore
import KroniekStories
import Testing

@Suite struct EscalationTests {
    /// A dyad with `perWeek` events a week: cooperation, then from `changeWeek` on half of
    /// them material conflict.
    func stream(weeks: Int, perWeek: Int, changeWeek: Int?) -> [EventRecord] {
        let start = DayRange(PartialDate(iso: "2024-01-01")!)!.first
        return (0..<weeks).flatMap { week in
            (0..<perWeek).map { i in
                let conflict = changeWeek.map { week >= $0 && i % 2 == 0 } ?? false
                return event("w\(week)-\(i)", 0, "RUSGOV", "UKRGOV", conflict ? "190" : "040",
                             DayRange.date(ofDay: start + week * 7 + i % 7).description,
                             goldstein: conflict ? -10 : 1, quadClass: conflict ? 4 : 1)
            }
        }
    }

    @Test func aStepIsReportedOnceWithTheEventsThatRaisedIt() {
        let alerts = EscalationScanner().alerts(in: stream(weeks: 30, perWeek: 6, changeWeek: 15))
        #expect(Set(alerts.map(\.rule)) == [.goldstein, .materialConflict])
        for rule in AlertPolicy.Rule.allCases {
            let mine = alerts.filter { $0.rule == rule }
            #expect(mine.count == 1, "a lasting change is one alert for \(rule)")
            #expect(mine.first?.from == PartialDate(iso: "2024-04-15"), "the run starts in the change week (week 15)")
            #expect(mine.first?.events.first?.cameo == "190", "the most hostile event leads")
            #expect(mine.first?.dyad == "RUS–UKR")
        }
    }

    @Test func aSteadyDyadRaisesNothing() {
        #expect(EscalationScanner().alerts(in: stream(weeks: 30, perWeek: 6, changeWeek: nil)).isEmpty)
    }

    @Test func tooFewEventsRaiseNothing() {
        // One clash a week after a calm start: too few events a week for the share rule;
        // the Goldstein rule alerts after 5 events in its run, not when it needs 20.
        let events = stream(weeks: 30, perWeek: 1, changeWeek: 15)
        #expect(EscalationScanner().alerts(in: events).map(\.rule) == [.goldstein])
        #expect(EscalationScanner(policy: AlertPolicy(minEvents: 20)).alerts(in: events).isEmpty)
    }

    @Test func syntheticStreamDetectionDelayAndFalseAlarms() {
        let stream = SyntheticEventStream(seed: 7, dyads: 200, weeks: 52)
        let policy = AlertPolicy()
        let result = AlertEvaluation(stream: stream, alerts: EscalationScanner(policy: policy).alerts(in: stream.events),
                                     warmupWeeks: policy.warmupWeeks)
        print(String(format: "synthetic stream: %d of %d changes detected, mean delay %.2f weeks, %.2f false alarms per 100 dyad-weeks",
                     result.delays.count, result.changes, result.meanDelay, result.falseAlarmsPer100DyadWeeks))
        #expect(result.changes > 60)
        #expect(result.detectionRate >= 0.9)
        #expect(result.meanDelay <= 2.5)
        #expect(result.falseAlarmsPer100DyadWeeks <= 1)
    }
}
