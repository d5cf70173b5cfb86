import KroniekCore
import KroniekEvents
import KroniekIO

/// Events as PETRARCH 2 writes them to its event file (`PETRwriter.write_events`), so
/// scripts written for that file read Kroniek's. One tab-separated line per event:
///
///     date  source  target  code  issues  ids  [url]  story-source  [source-text  target-text]  [event-text]
///
/// - PETRARCH 2 codes stories: records with `sentence="true"` whose ids share the part
///   before the last `_` (`AFP0808-01-M008_01`, `…_02`) are the sentences of one story;
///   any other document is a story of its own, its sentences numbered from 0 (`doc_0`).
/// - A story gives one line per distinct (date, source, target, code), as PETRARCH 2's
///   `story_filter` does; `ids` lists the sentences that gave it, `;`-separated, in
///   order (PETRARCH 2 means to list them but keeps one, chosen by dictionary order).
/// - `date` is the story's date as `YYYYMMDD` (its first record's), not the event's.
/// - `issues` is empty: Kroniek codes no issues (PETRARCH 2 without an issues file
///   writes it empty too).
/// - `url` is written only for a document that has one; `story-source` is the record's
///   `source` attribute, else the document's outlet, else `NULL`.
/// - The text columns follow `write_actor_text` and `write_event_text` of a PETRARCH
///   configuration; Kroniek keeps no verb-phrase text, so the event text is the pattern
///   or rule that fired.
///
/// Lines of a story are returned once the story is complete: when a document of another
/// story comes, or by `finish()`.
public struct PetrarchEventLines {
    public var writesActorText = false
    public var writesEventText = false
    private var story: Story?

    public init() {}

    private struct Story {
        let id: String
        let head: [String]
        let tail: [String]
        var rows: [Row] = []
    }

    private struct Row {
        let source: String
        let target: String
        let code: String
        var ids: [String]
        let texts: [String]
    }

    /// Adds the events of `document`; returns the lines of the story it completes, if any.
    public mutating func add(_ events: [CodedEvent], of document: Document) -> [String] {
        let (storyID, recordID) = Self.storyAndSentence(document)
        var finished: [String] = []
        if story?.id != storyID {
            finished = finish()
            story = Self.story(storyID, document)
        }
        for event in events {
            let target = event.target?.code ?? "---"
            let id = recordID ?? "\(document.id)_\(event.sentenceIndex)"
            if let n = story!.rows.firstIndex(where: { $0.source == event.source.code && $0.target == target && $0.code == event.code }) {
                if !story!.rows[n].ids.contains(id) { story!.rows[n].ids.append(id) }
                continue
            }
            var texts: [String] = []
            if writesActorText { texts += [event.source.text, event.target?.text ?? "---"].map(Self.field) }
            if writesEventText { texts.append(Self.field(event.evidence)) }
            story!.rows.append(Row(source: event.source.code, target: target, code: event.code, ids: [id], texts: texts))
        }
        return finished
    }

    /// The lines of the open story.
    public mutating func finish() -> [String] {
        defer { story = nil }
        guard let story else { return [] }
        return story.rows.map { row in
            (story.head + [row.source, row.target, row.code, "", row.ids.joined(separator: ";")] + story.tail + row.texts)
                .joined(separator: "\t")
        }
    }

    /// The story a document belongs to, and its sentence id when the document is one
    /// sentence of a story (a PETRARCH record with `sentence="true"`).
    private static func storyAndSentence(_ document: Document) -> (story: String, sentence: String?) {
        guard document.metadata.extraText("sentence")?.lowercased() == "true",
              let underscore = document.id.lastIndex(of: "_") else { return (document.id, nil) }
        return (String(document.id[..<underscore]), document.id)
    }

    private static func story(_ id: String, _ document: Document) -> Story {
        let date = document.metadata.date.map { $0.truncated(to: .day).description.filter { $0 != "-" } } ?? ""
        let source = document.metadata.extraText("source") ?? document.metadata.outlet ?? "NULL"
        return Story(id: id, head: [date], tail: (document.metadata.url.map { [$0] } ?? []) + [field(source)])
    }

    /// Text made safe for a tab-separated line.
    private static func field(_ text: String) -> String {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\t" || $0.isNewline }).joined(separator: " ")
    }
}
