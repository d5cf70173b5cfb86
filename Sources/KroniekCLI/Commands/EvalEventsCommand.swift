import ArgumentParser
import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO

/// `kroniek eval events FILE.xml`: strict event scores on PETRARCH validation records.
struct EvalEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score the event coder on PETRARCH validation XML, strictly (code, source and target must all match).")

    @Argument(help: "PETRARCH validation XML file, or a JSON Lines gold suite of raw sentences (.jsonl).")
    var file: String

    @Option(help: "Directory holding the dictionary files named in the XML's <Environment> (default: the XML's directory).")
    var dictionaries: String?

    @Option(name: .customLong("verbs"), parsing: .singleValue, help: "Verb dictionary to use instead of the one the XML names (repeatable).")
    var verbFiles: [String] = []

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List every missed and extra event.")
    var verbose = false

    @Flag(help: "Also code events that are only the condition or the feared or denied content of another event, and score the gold events marked embedded.")
    var embedded = false

    @Flag(help: "Re-parse each record's <Text> with Kroniek's own pipeline instead of using its <Parse>.")
    var reparse = false

    /// Scores every record; returns the totals, the figures per category, the verbose
    /// report lines and the coding speed.
    func score() throws -> (StrictEventScore, Report) {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        let (environment, outcome) = try PetrarchReader().read(String(decoding: data, as: UTF8.self), origin: file, defaultID: "record")
        for warning in outcome.warnings { Diagnostics.warning(warning) }
        for error in outcome.errors { Diagnostics.error(error) }
        let directory = dictionaries ?? (file as NSString).deletingLastPathComponent
        let env = environment.files
        let verbs = try !verbFiles.isEmpty ? verbFiles : (env["Verbfile"] ?? []).map { try Self.universalPetrarchVerbs($0, in: directory) }
        let files = DictionaryLoader.PetrarchFiles(
            verbs: verbs, actors: env["Actorfile"] ?? [], agents: env["Agentfile"] ?? [],
            discards: env["Discardfile"] ?? [], pico: env["PICOfile"]?.first ?? Self.defaultPico(in: directory))
        // Validation suites use private test codes, so codes are not checked against CAMEO.
        let dictionary = try DictionaryLoader.loadPetrarch(directory: directory.isEmpty ? "." : directory,
                                                           files: files, requiresCameo: false)
        var coder = EventCoder(dictionary: try DictionaryLoader.addingBundledCues(to: dictionary))
        coder.includesEmbeddedEvents = embedded

        var total = StrictEventScore()
        var report = Report()
        let clock = ContinuousClock()
        var codingTime = Duration.zero
        var sentences = 0
        let parsing = RawTextParsing()
        for var record in outcome.documents {
            if record.metadata.language == nil { record.metadata.language = .english }
            if reparse {
                // Kroniek's own segmenter and parser on the record's <Text>, instead of its <Parse>.
                record.sentences = []
                guard parsing.parse(&record, language: .english) else {
                    throw ValidationError("--reparse: no bundled syntax model for '\(record.metadata.language ?? .english)'")
                }
            }
            let start = clock.now
            // Coded as PETRARCH codes them: one sentence at a time, without the reference and
            // time-expression hooks of `kroniek code` (they change no score on the unit-test
            // records and would make the speed figure measure KroniekEntities).
            let events = coder.code(record)
            codingTime += clock.now - start
            sentences += record.sentences.count
            let produced = events.map { EventTriple(code: $0.code, source: $0.source.code, target: $0.target?.code ?? "---") }
            let gold = record.goldCodings.map { EventTriple(code: $0.eventCode, source: $0.sourceCode, target: $0.targetCode) }
            var score = StrictEventScore()
            let (missed, extra) = score.add(gold: gold, produced: produced)
            total.add(score)
            report.categories[Self.category(of: record.id), default: StrictEventScore()].add(score)
            for m in missed { report.lines.append("MISS  \(record.id)  \(m.description)") }
            for e in extra { report.lines.append("EXTRA \(record.id)  \(e.description)") }
            // What fired, for records that went wrong.
            if !missed.isEmpty || !extra.isEmpty {
                for e in events {
                    report.lines.append("      \(record.id)  coded \(e.code) \(e.source.code) (\(e.source.text)) -> "
                        + "\(e.target.map { "\($0.code) (\($0.text))" } ?? "-")  [\(e.evidence)]")
                }
            }
        }
        let seconds = Double(codingTime.components.seconds) + Double(codingTime.components.attoseconds) / 1e18
        report.sentencesPerSecond = seconds > 0 ? Double(sentences) / seconds : 0
        return (total, report)
    }

    struct Report {
        var categories: [String: StrictEventScore] = [:]
        var lines: [String] = []
        var sentencesPerSecond = 0.0
    }

    func run() throws {
        if file.hasSuffix(".jsonl") { return try runGoldSuite() }
        let (total, report) = try score()
        if verbose { for line in report.lines { print(line) } }
        if json {
            var out = Self.fields(total)
            out["sentences_per_second"] = report.sentencesPerSecond.rounded()
            out["categories"] = report.categories.mapValues { Self.fields($0) }
            let data = try JSONSerialization.data(withJSONObject: out, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        } else {
            print(String(format: "records %d  gold %d  correct %d  uncoded %d  extra %d  recall %.1f%%  precision %.1f%%  F1 %.1f%%  %.0f sentences/s",
                         total.records, total.gold, total.correct, total.uncoded, total.extra,
                         total.recall * 100, total.precision * 100, total.f1 * 100, report.sentencesPerSecond))
            for (name, s) in report.categories.sorted(by: { $0.key < $1.key }) {
                print(String(format: "  %-10@ records %3d  gold %3d  correct %3d  extra %3d  recall %5.1f%%  precision %5.1f%%",
                             name as NSString, s.records, s.gold, s.correct, s.extra, s.recall * 100, s.precision * 100))
            }
        }
    }

    /// PETRARCH validation files written for PETRARCH 2 name the pre-CAMEO-2.0 verb file;
    /// their UD-parsed versions (UniversalPetrarch's) are coded against that dictionary's
    /// CAMEO 2.0 conversion, `NAME.2.0.txt`, which UniversalPetrarch ships beside it.
    static func universalPetrarchVerbs(_ name: String, in directory: String) throws -> String {
        guard name.hasSuffix(".txt"), !name.hasSuffix(".2.0.txt") else { return name }
        let converted = String(name.dropLast(4)) + ".2.0.txt"
        let dir = directory.isEmpty ? "." : directory
        guard FileManager.default.fileExists(atPath: dir + "/" + converted) else { return name }
        FileHandle.standardError.write(Data("note: using \(converted), the CAMEO 2.0 version of \(name) (override with --verbs)\n".utf8))
        return converted
    }

    /// UniversalPetrarch reads its internal-code ontology even when a record file does not
    /// name it; use it when it sits among the dictionaries.
    static func defaultPico(in directory: String) -> String? {
        let name = "PETR.Internal.Coding.Ontology.txt"
        return FileManager.default.fileExists(atPath: (directory.isEmpty ? "." : directory) + "/" + name) ? name : nil
    }

    /// `DEMO_11` -> `DEMO`.
    static func category(of id: String) -> String {
        String(id.prefix { $0.isLetter })
    }

    static func fields(_ s: StrictEventScore) -> [String: Any] {
        func round4(_ x: Double) -> Double { (x * 10000).rounded() / 10000 }
        return ["records": s.records, "gold": s.gold, "correct": s.correct, "uncoded": s.uncoded, "extra": s.extra,
                "recall": round4(s.recall), "precision": round4(s.precision), "f1": round4(s.f1)]
    }
}
