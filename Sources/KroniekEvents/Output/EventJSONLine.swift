import KroniekCore

/// One event as a JSON Lines record with the fields of the coder issue, in a fixed order:
/// doc, sentence, span, date, source, target, cameo, plover, goldstein, quad_class,
/// modality, reported_by, evidence.
public enum EventJSONLine {
    public static func encode(_ e: CodedEvent) -> String {
        var out = "{"
        out += "\"doc\":" + string(e.documentID)
        out += ",\"sentence\":\(e.sentenceIndex)"
        out += ",\"span\":" + span(e.sentenceSpan)
        out += ",\"date\":" + (e.date.map { string($0.description) } ?? "null")
        out += ",\"source\":" + actor(e.source)
        out += ",\"target\":" + (e.target.map(actor) ?? "null")
        out += ",\"cameo\":" + string(e.code)
        let cameo = e.cameo
        out += ",\"plover\":" + (cameo?.plover.map { "{\"category\":\(string($0.category)),\"mode\":\($0.mode.map(string) ?? "null")}" } ?? "null")
        out += ",\"goldstein\":" + (cameo.map { number($0.goldstein) } ?? "null")
        out += ",\"quad_class\":" + (cameo.map { String($0.quadClass) } ?? "null")
        let m = e.modality
        out += ",\"modality\":{\"negated\":\(m.negated),\"conditional\":\(m.conditional),\"hypothetical\":\(m.hypothetical),\"future\":\(m.future),\"reported\":\(m.reported)}"
        out += ",\"reported_by\":" + (e.reportedBy.map { "{\"code\":\(string($0.code)),\"text\":\(string($0.text))}" } ?? "null")
        out += ",\"evidence\":" + string(e.evidence)
        // Only with `--embedded`: why the event is not itself a happening.
        if let embedding = e.embedding { out += ",\"embedding\":" + string(embedding.rawValue) }
        return out + "}"
    }

    private static func actor(_ a: ActorReference) -> String {
        "{\"code\":\(string(a.code)),\"text\":\(string(a.text)),\"span\":\(a.span.map(span) ?? "null")}"
    }

    private static func span(_ s: Span) -> String { "[\(s.start),\(s.end)]" }

    private static func number(_ x: Double) -> String {
        x == x.rounded() ? String(format1: x) : String(x)
    }

    /// A JSON string literal.
    static func string(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where u.value < 0x20:
                let hex = String(u.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}

private extension String {
    /// `3.0` rather than `3` so every Goldstein value reads as a decimal.
    init(format1 x: Double) { self = String(Int(x)) + ".0" }
}
