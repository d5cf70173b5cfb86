import KroniekCore

/// Events as tab-separated lines in the Phoenix column order. Columns Kroniek does not
/// fill (issues, geolocation) are left empty.
public enum EventTSV {
    public static let header = [
        "EventID", "Date", "Year", "Month", "Day",
        "SourceActorFull", "SourceActorEntity", "SourceActorRole", "SourceActorAttribute",
        "TargetActorFull", "TargetActorEntity", "TargetActorRole", "TargetActorAttribute",
        "EventCode", "EventRootCode", "QuadClass", "GoldsteinScore", "Issues",
        "Lat", "Lon", "LocationName", "StateName", "CountryCode", "SentenceID", "URLs", "NewsSources",
    ].joined(separator: "\t")

    /// `number` distinguishes events of one sentence in the event id.
    public static func line(_ e: EventRecord, number: Int, url: String? = nil, outlet: String? = nil) -> String {
        let date = e.date
        func pad(_ n: Int?, _ w: Int) -> String {
            guard let n else { return "" }
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let compact = date.map { pad($0.year, 4) + pad($0.month, 2) + pad($0.day, 2) } ?? ""
        let when: [String] = ["\(e.documentID)-\(e.sentenceIndex)-\(number)", compact, date.map { String($0.year) } ?? "",
                              pad(date?.month, 2), pad(date?.day, 2)]
        let what: [String] = [e.cameo, e.cameoRoot, e.quadClass.map(String.init) ?? "", e.goldstein.map { String($0) } ?? "", ""]
        let rest: [String] = ["", "", "", "", "", "\(e.documentID)-\(e.sentenceIndex)", url ?? "", outlet ?? ""]
        let fields = when + parts(e.source.code) + parts(e.target?.code) + what + rest
        return fields.map { $0.replacingTabs }.joined(separator: "\t")
    }

    /// Full code, entity (first three letters), role (next three), attributes (the rest);
    /// a code shorter than six letters leaves the later parts empty.
    static func parts(_ code: String?) -> [String] {
        guard let code else { return ["", "", "", ""] }
        let c = Array(code)
        func slice(_ from: Int, _ to: Int) -> String { from >= c.count ? "" : String(c[from..<min(to, c.count)]) }
        return [code, slice(0, 3), slice(3, 6), slice(6, c.count)]
    }
}

private extension String {
    var replacingTabs: String { String(map { $0 == "\t" || $0 == "\n" ? " " : $0 }) }
}
