import ArgumentParser
import KroniekIO
import KroniekStories

/// `kroniek alerts`: dyads whose relations turned hostile against their own baseline.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Escalation alerts: per dyad, weeks whose Goldstein sum or material-conflict share leave the dyad's baseline.",
        discussion: """
        Each rule is a one-sided CUSUM on the dyad's weekly figure, against an EWMA baseline of \
        its own quiet weeks (docs/stories-and-alerts.md). Only events with a day-precise date \
        and a target are counted. Each alert lists the events of the weeks that raised it, most \
        hostile first.

        Examples:
          kroniek alerts --db news.sqlite
          kroniek alerts --actor SYR --granularity actor --threshold 4 --format jsonl
        """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var rules: AlertOptions
    @Option(help: "Events shown per alert in the table (all are in JSON).") var events = 5
    @OptionGroup var output: OutputOptions

    func run() throws {
        let format = try output.resolve(supported: [.table, .jsonl, .json])
        let alerts = EscalationScanner(policy: rules.policy).alerts(in: try store.open().events(matching: try filters.query()))
        let text = format == .table ? table(alerts) : EventRecordText.json(alerts.map(value), lines: format == .jsonl)
        if !text.isEmpty { print(text) }
    }

    private func table(_ alerts: [EscalationAlert]) -> String {
        guard !alerts.isEmpty else { return "no alerts" }
        return alerts.map { a in
            let head = "\(a.week)  \(a.dyad)  \(a.rule.rawValue)  " + String(
                format: "observed %.2f vs baseline %.2f  (CUSUM %.1f since %@, %d events)",
                a.observed, a.baseline, a.statistic, a.from.description, a.events.count)
            let shown = a.events.prefix(max(0, events)).map { e in
                "  - \(e.date?.description ?? "-")  \(e.source.code) → \(e.target?.code ?? "-")  \(e.cameo)"
                    + String(format: "  %+.1f  ", e.goldstein ?? 0) + "\(e.documentID) #\(e.sentenceIndex)"
            }
            return ([head] + shown).joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private func value(_ a: EscalationAlert) -> JSONValue {
        .object([
            ("dyad", .string(a.dyad)), ("rule", .string(a.rule.rawValue)),
            ("from", .string(a.from.description)), ("week", .string(a.week.description)),
            ("statistic", .number(String(a.statistic))), ("baseline", .number(String(a.baseline))),
            ("observed", .number(String(a.observed))),
            ("events", .array(a.events.map(EventRecordJSON.value))),
        ])
    }
}
