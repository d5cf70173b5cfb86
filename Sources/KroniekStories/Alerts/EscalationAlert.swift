import KroniekCore

/// A dyad whose weekly figures left its baseline on the escalation side, with the weeks
/// and the events that did it.
public struct EscalationAlert: Sendable {
    public let dyad: String
    public let rule: AlertPolicy.Rule
    /// The Monday of the first week that pushed the statistic up, and of the week the alert was raised.
    public let from: PartialDate
    public let week: PartialDate
    /// The CUSUM statistic when it passed the threshold.
    public let statistic: Double
    /// The dyad's baseline before the alert, and the figure of the alert's week (a weekly
    /// Goldstein sum, or a share of material-conflict events).
    public let baseline: Double
    public let observed: Double
    /// The events of the weeks from `from` to `week`, most hostile first (lowest
    /// Goldstein value), so the ones that raised the alert lead.
    public let events: [EventRecord]
}
