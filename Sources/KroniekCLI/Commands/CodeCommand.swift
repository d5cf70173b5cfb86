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
        terminal is a table; --format jsonl gives one event per line in Kroniek's event schema \
        (docs/event-schema.md, the same records `kroniek events` prints), --format tsv the \
        Phoenix columns, --format petrarch the lines of PETRARCH 2's event file (date, source, \
        target, code, issues, ids, source; see docs/petrarch.md). With --db (or $KRONIEK_DB) \
        the events are also stored (coding a document again replaces its stored events); \
        search them with `kroniek events`.

        Events that are only the condition, fear or denial of another event (--embedded) and \
        events without a target (--incomplete) are left out unless asked for; \
        see docs/modality.md.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: "Language of inputs that neither declare one nor are recognised (nl, en).")
    var language: String = "en"

    @OptionGroup var store: StoreOptions
    @OptionGroup var limits: LimitOptions

    @Flag(help: "Also output events that are only the condition or the feared or denied content of another event (docs/modality.md).")
    var embedded = false

    @Flag(help: "Also output events found without a target (left out by default: an event is who did what to whom).")
    var incomplete = false

    func run() throws {
        let format = try output.resolve(supported: [.table, .jsonl, .tsv, .petrarch])
        let dictionaries = try DictionaryChoice.load(dictionaryOptions)
        var configuration = try PipelineConfiguration(loaded: dictionaries)
        configuration.fallbackLanguage = Language(language)
        configuration.includesEmbeddedEvents = embedded
        configuration.includesIncompleteEvents = incomplete
        configuration.limits = limits.limits
        let pipeline = Pipeline(configuration)
        let out = OutputBuffer()
        var table = EventRecordText.Table()
        var petrarchLines = PetrarchEventLines()
        petrarchLines.writesActorText = dictionaries.config?.writesActorText ?? false
        petrarchLines.writesEventText = dictionaries.config?.writesEventText ?? false
        var unparsed = 0
        var coded = (documents: 0, sentences: 0, events: 0)
        // Events are stored only when a database is named (--db or $KRONIEK_DB).
        let database = try store.openIfNamed()
        if format == .tsv { out.write(EventTSV.header + "\n") }
        try DocumentRun(input, output: out).forEachDocument { whole in
            // A long document is coded part by part, each flushed before the next is read.
            for document in whole.parts(maxCharacters: configuration.limits.maxCharacters) {
                let analysed = pipeline.analyse(document)
                if let problem = analysed.problem {
                    if analysed.stage < .syntax { unparsed += 1 } else { Diagnostics.warning("\(document.metadata.origin ?? document.id): \(problem)") }
                }
                coded = (coded.documents + 1, coded.sentences + analysed.document.sentences.count, coded.events + analysed.events.count)
                let text = ScalarText(analysed.document.text)
                var records = analysed.events.map { EventRecord($0, sentenceText: text[$0.sentenceSpan]) }
                if let database { records = try Self.store(records, of: analysed.document, in: database) }
                switch format {
                case .petrarch:
                    for line in petrarchLines.add(analysed.events, of: analysed.document) { out.write(line + "\n") }
                case .tsv:
                    for (n, e) in records.enumerated() {
                        out.write(EventTSV.line(e, number: n, url: document.metadata.url, outlet: document.metadata.outlet) + "\n")
                    }
                case .table: records.forEach { table.add($0) }
                default: for e in records { out.write(EventRecordJSON.line(e) + "\n") }
                }
                out.flush()
            }
        }
        if format == .table { out.write(table.render() + "\n"); out.flush() }
        if format == .petrarch { for line in petrarchLines.finish() { out.write(line + "\n") }; out.flush() }
        Diagnostics.note("\(coded.documents) document(s) coded (\(coded.sentences) sentences): \(coded.events) event(s)")
        if unparsed > 0 {
            Diagnostics.warning("\(unparsed) document(s) had no dependency parse and no parser model for their language; give CoNLL-U or PETRARCH XML with <Parse>")
        }
    }

    /// Stores a document's events under the id the store gives it: its own, unless another
    /// article from elsewhere holds that id (then `id~<hash>`, said on standard error).
    /// Returns the events with that id.
    static func store(_ records: [EventRecord], of document: Document, in database: any EventStore) throws -> [EventRecord] {
        let hash = ContentHash.of(document.text)
        var metadata = document.metadata
        let id = try database.identity(of: metadata, contentHash: hash)
        if id != metadata.id {
            Diagnostics.warning("\(metadata.origin ?? metadata.id): another article is stored as '\(metadata.id)'; this one is stored as '\(id)'")
            metadata.id = id
        }
        let stored = records.map { r in var r = r; r.documentID = id; return r }
        try database.store(metadata, contentHash: hash, events: stored)
        return stored
    }
}
