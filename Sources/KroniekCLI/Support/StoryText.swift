import KroniekCore
import KroniekIO
import KroniekStories

/// Stories for people (a block per story, a line per report) and machines (JSON: the
/// story's coding, its disagreements, and each report in the event schema).
enum StoryText {
    static func table(_ stories: [Story]) -> String {
        guard !stories.isEmpty else { return "no stories" }
        return stories.map { story in
            let head = [story.id, story.date?.description ?? "undated", "\(story.source) → \(story.target ?? "-")",
                        story.cameo, "\(story.reports.count) report(s) in \(story.documentCount) document(s)"]
                .joined(separator: "  ")
            let disagreements = story.disagreements.map { "  differs on " + $0.description }
            let reports = story.reports.map { r in
                let e = r.event
                let flags = EventRecordText.flags(e)
                return "  - \(e.documentID) #\(e.sentenceIndex)  \(e.date?.description ?? "-")  \(e.source.code) → \(e.target?.code ?? "-")  \(e.cameo)"
                    + (flags.isEmpty ? "" : "  [\(flags)]") + "\n      " + cut(e.sentenceText, 110)
            }
            return ([head] + disagreements + reports).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    static func value(_ story: Story) -> JSONValue {
        let e = story.representative
        return .object([
            ("id", .string(story.id)),
            ("date", story.date.map { .string($0.description) } ?? .null),
            ("source", .string(story.source)),
            ("target", story.target.map(JSONValue.string) ?? .null),
            ("cameo", .string(story.cameo)),
            ("goldstein", e.goldstein.map { .number(String($0)) } ?? .null),
            ("quad_class", e.quadClass.map(JSONValue.int) ?? .null),
            ("report_count", .int(story.reports.count)),
            ("document_count", .int(story.documentCount)),
            ("disagreements", .array(story.disagreements.map { d in
                .object([("field", .string(d.field)),
                         ("values", .array(d.values.map { .object([("value", .string($0.value)), ("count", .int($0.count))]) }))])
            })),
            ("reports", .array(story.reports.map { EventRecordJSON.value($0.event) })),
        ])
    }

    private static func cut(_ text: String, _ width: Int) -> String {
        text.count > width ? String(text.prefix(width - 1)) + "…" : text
    }
}
