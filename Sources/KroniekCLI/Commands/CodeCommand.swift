import ArgumentParser
import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO
#if canImport(Glibc)
import Glibc
#endif

/// `kroniek code FILE…`: events from parsed documents, as a table, JSON Lines or Phoenix TSV.
struct CodeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code political events (CAMEO/PLOVER) from documents.",
        discussion: """
        Reads CoNLL-U (.conllu) or PETRARCH validation XML (.xml) and uses the parse it carries.
        Output to a terminal is a table; --format jsonl gives one event per line, --format tsv
        the Phoenix columns.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, jsonl, tsv }

    @Argument(help: "Input files (.conllu, PETRARCH .xml).")
    var files: [String]

    @Option(help: "Output format: table, jsonl or tsv (default: table on a terminal, else jsonl).")
    var format: Format?

    @Option(help: "Dictionary directory: .kd files, or a PETRARCH directory with CAMEO.2.0.txt (default: the bundled dictionaries).")
    var dictionaries: String?

    @Option(help: "Language of the input when the file does not say (nl, en).")
    var language: String = "en"

    func run() throws {
        let coder = EventCoder(dictionary: try DictionaryChoice.load(dictionaries))
        let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .table : .jsonl)
        var table = EventTable()
        if chosen == .tsv { print(EventTSV.header) }
        for file in files {
            for var document in try Self.read(file) {
                if document.metadata.language == nil { document.metadata.language = Language(language) }
                // Pronouns and role nouns resolve to the document's actors; events take the
                // dates of their own time expressions.
                let events = coder.code(document) { $0.installEntityHooks(for: document, actors: coder.dictionary.actors) }
                for (n, e) in events.enumerated() {
                    switch chosen {
                    case .jsonl: print(EventJSONLine.encode(e))
                    case .tsv: print(EventTSV.line(e, number: n, url: document.metadata.url, outlet: document.metadata.outlet))
                    case .table: table.add(e)
                    }
                }
            }
        }
        if chosen == .table { print(table.render()) }
    }

    /// Pre-parsed inputs. Raw text needs Kroniek's segmenter and parser, which are not on
    /// this branch yet; switch to the shared input plumbing once it is on main.
    static func read(_ file: String) throws -> [Document] {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let text = String(decoding: data, as: UTF8.self)
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        if file.hasSuffix(".conllu") { return try CoNLLUReader().read(text, origin: file, defaultID: name) }
        if file.hasSuffix(".xml") { return try PetrarchRecords(xml: text, origin: file).records }
        throw ValidationError("\(file): only pre-parsed input (.conllu, PETRARCH .xml) can be coded on this branch")
    }
}

/// A plain-text table of events for reading on a terminal.
struct EventTable {
    private var rows: [[String]] = [["doc", "sent", "date", "source", "target", "cameo", "modality", "evidence"]]

    mutating func add(_ e: CodedEvent) {
        let m = e.modality
        let flags = [m.negated ? "neg" : nil, m.conditional ? "cond" : nil, m.hypothetical ? "hyp" : nil,
                     m.future ? "fut" : nil, m.reported ? "rep" + (e.reportedBy.map { ":" + $0.code } ?? "") : nil]
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
