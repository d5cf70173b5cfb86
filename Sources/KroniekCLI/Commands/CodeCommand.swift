import ArgumentParser
import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO
import KroniekPipeline
import KroniekStore

/// `kroniek code FILE…`: events from documents, as a table, JSON Lines, Phoenix TSV or
/// PETRARCH 2's event lines.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code political events (CAMEO/PLOVER) from documents.",
        discussion: """
        PETRARCH XML and CoNLL-U inputs are coded from the parse they carry; other text is \
        segmented and parsed with the bundled model of its language. Output to a \
        terminal is a table; --format jsonl gives one event per line (doc, sentence, span, \
        date, source, target, cameo, plover, goldstein, quad_class, modality, reported_by, \
        evidence), --format tsv the Phoenix columns, --format petrarch the lines of PETRARCH 2's \
        event file (date, source, target, code, issues, ids, source; see docs/petrarch.md). With --db the events are also stored \
        (coding a document again replaces its stored events); search them with `kroniek events`.

        Events that are only the condition, fear or denial of another event (--embedded) and \
        events without a target (--incomplete) are left out unless asked for; \
        see docs/modality.md.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: "Language of inputs that neither declare one nor are recognised (nl, en).")
    var language: String = "en"

    @Option(name: .customLong("db"), help: ArgumentHelp("Also store the events in this SQLite event database.", valueName: "path"))
    var database: String?

    @Flag(help: "Also output events that are only the condition or the feared or denied content of another event (docs/modality.md).")
    var embedded = false

    @Flag(help: "Also output events found without a target (left out by default: an event is who did what to whom).")
    var incomplete = false

    func run() throws {
        let format = try output.resolve(supported: [.table, .jsonl, .tsv, .petrarch])
        let dictionaries = try DictionaryChoice.load(dictionaryOptions)
        var configuration = PipelineConfiguration(dictionary: dictionaries.dictionary)
        configuration.fallbackLanguage = Language(language)
        configuration.includesEmbeddedEvents = embedded
        configuration.includesIncompleteEvents = incomplete
        let pipeline = Pipeline(configuration)
        let out = OutputBuffer()
        var table = EventTable()
        var petrarchLines = PetrarchEventLines()
        petrarchLines.writesActorText = dictionaries.config?.writesActorText ?? false
        petrarchLines.writesEventText = dictionaries.config?.writesEventText ?? false
        var unparsed = 0
        var coded = (documents: 0, sentences: 0, events: 0)
        let store = try database.map { path in
            do { return try SQLiteEventStore(path: path) } catch { throw ValidationError("cannot open event database \(path): \(error)") }
        }
        if format == .tsv { out.write(EventTSV.header + "\n") }
        try DocumentRun(input, output: out).forEachDocument { document in
            let analysed = pipeline.analyse(document)
            if analysed.problem != nil { unparsed += 1 }
            let events = analysed.events
            coded = (coded.documents + 1, coded.sentences + analysed.document.sentences.count, coded.events + events.count)
            if let store {
                let text = ScalarText(document.text)
                try store.store(analysed.document.metadata, events: events.map { StoredEvent($0, sentenceText: text[$0.sentenceSpan]) })
            }
            switch format {
            case .petrarch:
                for line in petrarchLines.add(events, of: analysed.document) { out.write(line + "\n") }
            case .tsv:
                for (n, e) in events.enumerated() {
                    out.write(EventTSV.line(e, number: n, url: document.metadata.url, outlet: document.metadata.outlet) + "\n")
                }
            case .table: events.forEach { table.add($0) }
            default: for e in events { out.write(EventJSONLine.encode(e) + "\n") }
            }
        }
        if format == .table { out.write(table.render() + "\n"); out.flush() }
        if format == .petrarch { for line in petrarchLines.finish() { out.write(line + "\n") }; out.flush() }
        Diagnostics.note("\(coded.documents) document(s) coded (\(coded.sentences) sentences): \(coded.events) event(s)")
        if unparsed > 0 {
            Diagnostics.warning("\(unparsed) document(s) had no dependency parse and no parser model for their language; give CoNLL-U or PETRARCH XML with <Parse>")
        }
    }
}

/// A plain-text table of events for reading on a terminal.
struct EventTable {
    private var rows: [[String]] = [["doc", "sent", "date", "source", "target", "cameo", "modality", "evidence"]]

    mutating func add(_ e: CodedEvent) {
        let m = e.modality
        let flags = [m.negated ? "neg" : nil, m.conditional ? "cond" : nil, m.hypothetical ? "hyp" : nil,
                     m.future ? "fut" : nil, m.reported ? "rep" + (e.reportedBy.map { ":" + $0.code } ?? "") : nil,
                     e.embedding.map { "embedded:" + $0.rawValue }]
            .compactMap { $0 }.joined(separator: ",")
        rows.append([e.documentID, String(e.sentenceIndex), e.date?.description ?? "",
                     "\(e.source.code) (\(e.source.text))", e.target.map { "\($0.code) (\($0.text))" } ?? "",
                     e.code + (e.cameo.map { " " + $0.name } ?? ""), flags, e.evidence])
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
