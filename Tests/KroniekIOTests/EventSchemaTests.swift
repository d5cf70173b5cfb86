import Foundation
import Testing
import KroniekCore
import KroniekTestSupport
@testable import KroniekIO

/// The event schema: records written by `EventRecordJSON` read back unchanged, and every
/// written record is valid against the committed JSON Schema (docs/event.schema.json).
@Suite struct EventSchemaTests {
    static func record(target: Bool = true) -> EventRecord {
        var e = EventRecord(documentID: "doc \"1\"", sentenceIndex: 2, sentenceSpan: Span(10, 52),
                            sentenceText: "Poetin waarschuwde Biden voor harde sancties.\n", date: PartialDate(iso: "2021-12"),
                            source: .init(code: "RUSGOV", text: "Poetin", span: Span(10, 16)),
                            target: target ? .init(code: "USAGOV", text: "Biden", span: Span(29, 34)) : nil,
                            trigger: .init(text: "waarschuwde", span: Span(17, 28)), cameo: "130", quadClass: 3, goldstein: -4.4,
                            ploverCategory: "THREATEN", ploverMode: nil, evidence: "verb WAARSCHUWEN")
        e.reported = true
        e.reportedBy = .init(code: "RUSGOV", text: "het Kremlin")
        return e
    }

    @Test func recordsReadBackUnchanged() throws {
        for e in [Self.record(), Self.record(target: false)] {
            let text = EventRecordJSON.line(e)
            let parsed = try JSONParser.parseAll(text)
            #expect(try EventRecordJSON.record(parsed[0]) == e)
        }
    }

    @Test func aRecordWithoutAFieldIsRefusedNamingIt() throws {
        let text = EventRecordJSON.line(Self.record()).replacingOccurrences(of: "\"cameo\":\"130\",", with: "")
        #expect(throws: EventRecordJSON.FormatError.self) { try EventRecordJSON.record(try JSONParser.parseAll(text)[0]) }
    }

    @Test func writtenRecordsAreValidAgainstTheCommittedSchema() throws {
        let schema = try JSONParser.parseAll(try TestData.text(ofRepository: "docs/event.schema.json"))[0]
        for e in [Self.record(), Self.record(target: false)] {
            let problems = SchemaCheck(root: schema).problems(EventRecordJSON.value(e), against: schema, at: "$")
            #expect(problems.isEmpty, "\(problems)")
        }
        // The check can fail: a wrong type is found.
        var wrong = EventRecordJSON.value(Self.record())
        if case .object(var members) = wrong {
            members[members.firstIndex { $0.key == "sentence" }!].value = .string("two")
            wrong = .object(members)
        }
        #expect(!SchemaCheck(root: schema).problems(wrong, against: schema, at: "$").isEmpty)
    }
}

/// The part of JSON Schema the event schema uses: type, const, enum, required, properties,
/// additionalProperties false, items, min/maxItems, oneOf and local $ref.
struct SchemaCheck {
    let root: JSONValue

    func problems(_ v: JSONValue, against s: JSONValue, at path: String) -> [String] {
        if case .string(let ref)? = s["$ref"], ref.hasPrefix("#/$defs/"), let def = root["$defs"]?[String(ref.dropFirst(8))] {
            return problems(v, against: def, at: path)
        }
        if case .array(let options)? = s["oneOf"] {
            let passing = options.filter { problems(v, against: $0, at: path).isEmpty }.count
            return passing == 1 ? [] : ["\(path): matches \(passing) of the oneOf options"]
        }
        var out: [String] = []
        if let type = s["type"] {
            let types: [String]
            switch type {
            case .string(let t): types = [t]
            case .array(let ts): types = ts.compactMap { if case .string(let t) = $0 { t } else { nil } }
            default: types = []
            }
            if !types.contains(where: { Self.has(v, type: $0) }) { return ["\(path): not \(types)"] }
        }
        if let c = s["const"], c != v { out.append("\(path): not \(c)") }
        if case .array(let allowed)? = s["enum"], !allowed.contains(v) { out.append("\(path): not one of the enum") }
        if case .object(let members) = v {
            if case .array(let required)? = s["required"] {
                for case .string(let key) in required where v[key] == nil { out.append("\(path): no \(key)") }
            }
            let properties = s["properties"]
            for (key, value) in members {
                if let p = properties?[key] { out += problems(value, against: p, at: path + "." + key) }
                else if s["additionalProperties"] == .bool(false) { out.append("\(path): unexpected \(key)") }
            }
        }
        if case .array(let items) = v {
            if let item = s["items"] { for (i, x) in items.enumerated() { out += problems(x, against: item, at: "\(path)[\(i)]") } }
            if case .number(let n)? = s["minItems"], items.count < Int(n)! { out.append("\(path): too short") }
            if case .number(let n)? = s["maxItems"], items.count > Int(n)! { out.append("\(path): too long") }
        }
        return out
    }

    static func has(_ v: JSONValue, type: String) -> Bool {
        switch (v, type) {
        case (.null, "null"), (.bool, "boolean"), (.string, "string"), (.array, "array"), (.object, "object"): true
        case (.number(let n), "number"): Double(n) != nil
        case (.number(let n), "integer"): Int(n) != nil
        default: false
        }
    }
}
