import KroniekCore

/// Kroniek's event schema as JSON (docs/event-schema.md, docs/event.schema.json): the one
/// way an event is written — by `kroniek code`, `kroniek events` and the API — and read
/// back, losslessly.
public enum EventRecordJSON {
    /// The record as a JSON object, fields in the documented order.
    public static func value(_ e: EventRecord) -> JSONValue {
        func span(_ s: Span) -> JSONValue { .array([.int(s.start), .int(s.end)]) }
        func actor(_ a: EventRecord.Actor?) -> JSONValue {
            guard let a else { return .null }
            return .object([("code", .string(a.code)), ("text", .string(a.text)), ("span", a.span.map(span) ?? .null)])
        }
        func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
        return .object([
            ("schema", .int(EventRecord.schemaVersion)),
            ("doc", .string(e.documentID)),
            ("sentence", .int(e.sentenceIndex)),
            ("sentence_span", span(e.sentenceSpan)),
            ("sentence_text", .string(e.sentenceText)),
            ("date", optional(e.date?.description)),
            ("source", actor(e.source)),
            ("target", actor(e.target)),
            ("trigger", e.trigger.map { .object([("text", .string($0.text)), ("span", span($0.span))]) } ?? .null),
            ("cameo", .string(e.cameo)),
            ("plover", e.ploverCategory.map { .object([("category", .string($0)), ("mode", optional(e.ploverMode))]) } ?? .null),
            ("goldstein", e.goldstein.map(number) ?? .null),
            ("quad_class", e.quadClass.map(JSONValue.int) ?? .null),
            ("modality", .object([("negated", .bool(e.negated)), ("conditional", .bool(e.conditional)),
                                  ("hypothetical", .bool(e.hypothetical)), ("future", .bool(e.future)),
                                  ("reported", .bool(e.reported))])),
            ("reported_by", actor(e.reportedBy)),
            ("embedding", optional(e.embedding)),
            ("evidence", .string(e.evidence)),
        ])
    }

    /// One line of JSON Lines.
    public static func line(_ e: EventRecord) -> String { JSONWriter().string(value(e)) }

    /// A Goldstein value as a decimal with at least one fraction digit (`3.0`, `-7.2`).
    static func number(_ x: Double) -> JSONValue {
        .number(x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) + ".0" : String(x))
    }

    public struct FormatError: Error, CustomStringConvertible, Sendable {
        public let message: String
        public var description: String { message }
    }

    /// Reads a record written by `value(_:)`; a missing or mistyped field is an error naming it.
    public static func record(_ v: JSONValue) throws(FormatError) -> EventRecord {
        func field(_ key: String) throws(FormatError) -> JSONValue {
            guard let x = v[key] else { throw FormatError(message: "event has no '\(key)'") }
            return x
        }
        func string(_ x: JSONValue, _ key: String) throws(FormatError) -> String {
            guard case .string(let s) = x else { throw FormatError(message: "'\(key)' is not a string") }
            return s
        }
        func optionalString(_ x: JSONValue?, _ key: String) throws(FormatError) -> String? {
            guard let x, x != .null else { return nil }
            return try string(x, key)
        }
        func int(_ x: JSONValue, _ key: String) throws(FormatError) -> Int {
            guard case .number(let n) = x, let i = Int(n) else { throw FormatError(message: "'\(key)' is not an integer") }
            return i
        }
        func double(_ x: JSONValue, _ key: String) throws(FormatError) -> Double? {
            if x == .null { return nil }
            guard case .number(let n) = x, let d = Double(n) else { throw FormatError(message: "'\(key)' is not a number") }
            return d
        }
        func bool(_ x: JSONValue?, _ key: String) throws(FormatError) -> Bool {
            guard case .bool(let b)? = x else { throw FormatError(message: "'\(key)' is not true or false") }
            return b
        }
        func span(_ x: JSONValue?, _ key: String) throws(FormatError) -> Span? {
            guard let x, x != .null else { return nil }
            guard case .array(let a) = x, a.count == 2 else { throw FormatError(message: "'\(key)' is not [start, end]") }
            return Span(try int(a[0], key), try int(a[1], key))
        }
        func actor(_ key: String) throws(FormatError) -> EventRecord.Actor? {
            let x = try field(key)
            if x == .null { return nil }
            guard let code = x["code"], let text = x["text"] else { throw FormatError(message: "'\(key)' needs code and text") }
            return EventRecord.Actor(code: try string(code, key + ".code"), text: try string(text, key + ".text"),
                                     span: try span(x["span"], key + ".span"))
        }
        guard case .number(let version)? = v["schema"], Int(version) == EventRecord.schemaVersion else {
            throw FormatError(message: "not an event of schema \(EventRecord.schemaVersion)")
        }
        let dateText = try optionalString(v["date"], "date")
        let date = dateText.flatMap(PartialDate.init(iso:))
        if dateText != nil && date == nil { throw FormatError(message: "'date' is not a date") }
        guard let source = try actor("source") else { throw FormatError(message: "'source' is null") }
        guard let sentenceSpan = try span(try field("sentence_span"), "sentence_span") else {
            throw FormatError(message: "'sentence_span' is null")
        }
        var trigger: EventRecord.Trigger?
        if let t = v["trigger"], t != .null {
            guard let text = t["text"], let s = try span(t["span"], "trigger.span") else { throw FormatError(message: "'trigger' needs text and span") }
            trigger = EventRecord.Trigger(text: try string(text, "trigger.text"), span: s)
        }
        let plover = v["plover"] ?? .null
        let modality = try field("modality")
        let quad = try field("quad_class")
        var record = EventRecord(
            documentID: try string(try field("doc"), "doc"), sentenceIndex: try int(try field("sentence"), "sentence"),
            sentenceSpan: sentenceSpan, sentenceText: try string(try field("sentence_text"), "sentence_text"),
            date: date, source: source, target: try actor("target"), trigger: trigger,
            cameo: try string(try field("cameo"), "cameo"), quadClass: quad == .null ? nil : try int(quad, "quad_class"),
            goldstein: try double(try field("goldstein"), "goldstein"),
            ploverCategory: try optionalString(plover["category"], "plover.category"),
            ploverMode: try optionalString(plover["mode"], "plover.mode"), evidence: try string(try field("evidence"), "evidence"))
        record.negated = try bool(modality["negated"], "modality.negated")
        record.conditional = try bool(modality["conditional"], "modality.conditional")
        record.hypothetical = try bool(modality["hypothetical"], "modality.hypothetical")
        record.future = try bool(modality["future"], "modality.future")
        record.reported = try bool(modality["reported"], "modality.reported")
        record.reportedBy = try actor("reported_by")
        record.embedding = try optionalString(v["embedding"], "embedding")
        return record
    }
}
