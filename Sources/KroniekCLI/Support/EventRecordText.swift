import Foundation
import KroniekCore
import KroniekIO
import KroniekStore

/// Events and counts for people (one table, bar charts) and machines (the event schema's
/// JSON, docs/event-schema.md).
enum EventRecordText {
    /// A plain-text table of events for reading on a terminal.
    struct Table {
        private var rows: [[String]] = [["doc", "sent", "date", "source", "target", "cameo", "modality", "evidence"]]

        mutating func add(_ e: EventRecord) {
            rows.append([e.documentID, String(e.sentenceIndex), e.date?.description ?? "",
                         "\(e.source.code) (\(e.source.text))", e.target.map { "\($0.code) (\($0.text))" } ?? "",
                         e.cameo + (e.ploverCategory.map { " " + $0 } ?? ""), EventRecordText.flags(e), e.evidence])
        }

        func render() -> String {
            guard rows.count > 1 else { return "no events" }
            let widths = rows[0].indices.map { c in min(40, rows.map { $0[c].count }.max() ?? 0) }
            return rows.map { row in
                row.enumerated().map { c, cell in
                    let cut = cell.count > widths[c] ? String(cell.prefix(widths[c] - 1)) + "…" : cell
                    return cut + String(repeating: " ", count: max(0, widths[c] - cut.count))
                }.joined(separator: "  ")
            }.joined(separator: "\n")
        }
    }

    /// The event's modality flags, short: "neg,cond,rep:USAGOV".
    static func flags(_ e: EventRecord) -> String {
        [e.negated ? "neg" : nil, e.conditional ? "cond" : nil, e.hypothetical ? "hyp" : nil,
         e.future ? "fut" : nil, e.reported ? "rep" + (e.reportedBy.map { ":" + $0.code } ?? "") : nil,
         e.embedding.map { "embedded:" + $0 }]
            .compactMap { $0 }.joined(separator: ",")
    }

    static func table(_ events: [EventRecord]) -> String {
        var table = Table()
        events.forEach { table.add($0) }
        return table.render()
    }

    /// A horizontal bar chart that fits an 80-column terminal.
    static func bars(_ counts: [EventCount]) -> String {
        guard let top = counts.map(\.count).max(), top > 0 else { return "no events" }
        let keyWidth = counts.map(\.key.count).max() ?? 0
        return counts.map { c in
            let bar = String(repeating: "█", count: max(1, c.count * 50 / top))
            return c.key.padding(toLength: keyWidth, withPad: " ", startingAt: 0) + "  " + bar + " \(c.count)"
        }.joined(separator: "\n")
    }

    /// JSON values as JSON Lines, or one indented array.
    static func json(_ values: [JSONValue], lines: Bool) -> String {
        lines ? values.map { JSONWriter().string($0) }.joined(separator: "\n") : JSONWriter(indented: true).string(.array(values))
    }

    static func value(_ c: EventCount) -> JSONValue { .object([("key", .string(c.key)), ("count", .int(c.count))]) }
}
