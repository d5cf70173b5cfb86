/// Whether a new report tells the same happening as one already in a story, and with how
/// much evidence (`FusionPolicy`).
struct ReportMatch {
    let policy: FusionPolicy

    /// The evidence points `report` earns against `other`, or nil when a gate fails
    /// (dyads or code families differ). Dates are gated against the story's first report
    /// by the caller.
    func points(_ report: Report, _ other: Report) -> Int? {
        let a = report.event, b = other.event
        guard CodeFamily.of(a.cameo) == CodeFamily.of(b.cameo) else { return nil }
        let sameWay = ActorCodes.compatible(a.source.code, b.source.code) && ActorCodes.compatible(a.target?.code, b.target?.code)
        let otherWay = ActorCodes.compatible(a.source.code, b.target?.code) && ActorCodes.compatible(a.target?.code, b.source.code)
        // Two events the coder drew from one sentence with agreeing parties and codes are
        // one happening named twice ("met and held talks with"), or read both ways
        // ("fighting between the army and the rebels").
        if a.documentID == b.documentID && a.sentenceIndex == b.sentenceIndex && (sameWay || otherWay) { return policy.threshold }
        let swapped = otherWay && (ActorCodes.isReciprocal(a.cameo) || ActorCodes.isReciprocal(b.cameo))
        guard sameWay || swapped else { return nil }
        // One article tells one happening per dyad and family on a day far more often
        // than two: its headline and its lead, the lead and a later quote.
        var points = a.documentID == b.documentID ? 1 : 0
        if a.cameo == b.cameo { points += 1 }
        let sameActors = (a.source.code == b.source.code && a.target?.code == b.target?.code)
            || (swapped && a.source.code == b.target?.code && a.target?.code == b.source.code)
        if sameActors { points += 1 }
        if let da = report.days, let db = other.days, da.first == da.last, da == db { points += 1 }
        let overlap = EvidenceWords.overlap(report.words, other.words)
        if overlap >= policy.wordsStrongOverlap { points += 2 } else if overlap >= policy.wordsOverlap { points += 1 }
        return points
    }
}
