import KroniekEvents

/// Actor codes compared at the granularity an outlet chose: one outlet's `RUS` (Russia)
/// may be another's `RUSGOV` (its government), so a code agrees with any code it begins.
enum ActorCodes {
    /// The country or bloc part of a code (`RUSGOV` → `RUS`), the coarsest level at which
    /// two reports can still be about the same parties.
    static func country(_ code: String?) -> String { String((code ?? "").prefix(3)) }

    static func compatible(_ a: String?, _ b: String?) -> Bool {
        let a = a ?? "", b = b ?? ""
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// Whether the code names a two-sided act (meet, negotiate, sign), which outlets
    /// report from either side: "A met B" and "B met A" are one meeting.
    static func isReciprocal(_ cameo: String) -> Bool { MatchLevel.reciprocalCodes.contains(cameo) }
}
