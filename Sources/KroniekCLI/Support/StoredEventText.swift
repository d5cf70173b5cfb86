import Foundation
import KroniekStore

/// Renders stored events and counts for people (tables, bar charts) and machines (JSON).
enum StoredEventText {
    static func table(_ events: [StoredEvent]) -> String {
        guard !events.isEmpty else { return "no events" }
        return events.map { e in
            var flags: [String] = []
            if e.negated { flags.append("negated") }
            if e.conditional { flags.append("conditional") }
            if e.hypothetical { flags.append("hypothetical") }
            if e.future { flags.append("future") }
            if e.reported { flags.append("reported" + (e.reportedBy.map { " by \($0.code)" } ?? "")) }
            let target = e.target.map { "\($0.code) (\($0.text))" } ?? "—"
            return """
                \(e.date?.description ?? "undated")  \(e.source.code) (\(e.source.text)) → \(target)  \(e.cameo)\(e.ploverCategory.map { " \($0)" } ?? "")\(flags.isEmpty ? "" : "  [" + flags.joined(separator: ", ") + "]")
                    \(e.documentID)#\(e.sentenceIndex): \(e.sentenceText)
                """
        }.joined(separator: "\n")
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

    static func json<T: Encodable>(_ values: [T], lines: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = lines ? [.sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        if lines { return try values.map { String(decoding: try encoder.encode($0), as: UTF8.self) }.joined(separator: "\n") }
        return String(decoding: try encoder.encode(values), as: UTF8.self)
    }
}
