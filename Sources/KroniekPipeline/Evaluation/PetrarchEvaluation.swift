import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO

/// Scores the pipeline on a PETRARCH validation file, strictly (code, source and target
/// must all match), with the dictionaries its `<Environment>` names, on the records
/// PETRARCH's validation would score (`PetrarchRecordSelection`).
public struct PetrarchEvaluation {
    /// The dictionaries: `directory` is where the environment's names are read (default:
    /// the file's own directory); a configuration or files by role take precedence.
    public var dictionaries = DictionarySelection()
    /// Also code and score embedded events (conditions, feared or denied content).
    public var includesEmbeddedEvents = false
    /// Re-parse each record's `<Text>` with Kroniek's own segmenter and parser instead of
    /// using its `<Parse>`.
    public var reparses = false

    public init() {}

    public struct Result {
        public var total = StrictEventScore()
        /// Scores per record category (its `category` attribute, else the id's prefix:
        /// `DEMO_11` → `DEMO`).
        public var categories: [String: StrictEventScore] = [:]
        /// Records found in the file, scored or not.
        public var recordsRead = 0
        /// Records not scored, counted by reason.
        public var skipped: [String: Int] = [:]
        /// MISS / EXTRA lines, each followed by what the pipeline coded for that record.
        public var lines: [String] = []
        /// Documents analysed per second of pipeline time (entities and coding, plus parsing
        /// with `reparses`).
        public var sentencesPerSecond = 0.0
        /// What the reader reported about the file, and dictionary lines left out, for the
        /// caller to show.
        public var warnings: [String] = []
        /// Choices made for the caller (which dictionary files, a verb file replaced by its
        /// CAMEO 2.0 version).
        public var notes: [String] = []
    }

    public func run(file: String) throws -> Result {
        guard let data = FileManager.default.contents(atPath: file) else { throw InputError(origin: file, message: "cannot read file") }
        let (environment, outcome) = PetrarchReader().read(String(decoding: data, as: UTF8.self), origin: file, defaultID: "record")
        var result = Result()
        result.warnings = (outcome.warnings + outcome.errors).map(\.description)
        result.recordsRead = outcome.documents.count + outcome.skipped.count + outcome.errors.count
        for record in outcome.skipped { result.skipped[record.reason, default: 0] += 1 }
        if !outcome.errors.isEmpty { result.skipped["unreadable (see the errors)"] = outcome.errors.count }

        var substitutions: [String] = []
        let loaded = try loadDictionaries(environment, file: file, notes: &substitutions)
        result.notes = loaded.notes + substitutions
        result.warnings += loaded.dictionary.problems.map { "dictionary line left out: \($0)" }
        var configuration = try PipelineConfiguration(loaded: loaded)
        configuration.includesEmbeddedEvents = includesEmbeddedEvents
        let pipeline = Pipeline(configuration)
        let recordSelection = PetrarchRecordSelection(environment)

        let clock = ContinuousClock()
        var time = Duration.zero
        var sentences = 0
        for var record in outcome.documents {
            if let reason = recordSelection.skipReason(record) { result.skipped[reason, default: 0] += 1; continue }
            if record.metadata.language == nil { record.metadata.language = .english }
            if reparses { record.sentences = [] }
            let start = clock.now
            let analysed = pipeline.analyse(record)
            time += clock.now - start
            if let problem = analysed.problem { throw InputError(origin: file, message: "\(record.id): \(problem)") }
            sentences += analysed.document.sentences.count
            let produced = analysed.events.map { EventTriple(code: $0.code, source: $0.source.code, target: $0.target?.code ?? "---") }
            let gold = record.goldCodings.map { EventTriple(code: $0.eventCode, source: $0.sourceCode, target: $0.targetCode) }
            var score = StrictEventScore()
            let (missed, extra) = score.add(gold: gold, produced: produced)
            result.total.add(score)
            result.categories[record.metadata.extraText("category") ?? Self.category(of: record.id), default: StrictEventScore()].add(score)
            result.lines += missed.map { "MISS  \(record.id)  \($0.description)" }
            result.lines += extra.map { "EXTRA \(record.id)  \($0.description)" }
            // What fired, for records that went wrong.
            if !missed.isEmpty || !extra.isEmpty {
                result.lines += analysed.events.map { e in
                    "      \(record.id)  coded \(e.code) \(e.source.code) (\(e.source.text)) -> "
                        + "\(e.target.map { "\($0.code) (\($0.text))" } ?? "-")  [\(e.evidence)]"
                }
            }
        }
        let seconds = Double(time.components.seconds) + Double(time.components.attoseconds) / 1e18
        result.sentencesPerSecond = seconds > 0 ? Double(sentences) / seconds : 0
        return result
    }

    /// The dictionaries for a record file: those its environment names, read from the
    /// dictionary directory (the file's own unless given), as UniversalPetrarch reads
    /// them (`universalPetrarchVerbs`, `defaultPico`); the directory's own set when the
    /// file names none. A configuration or files by role take precedence.
    private func loadDictionaries(_ environment: PetrarchReader.Environment, file: String,
                                  notes: inout [String]) throws -> LoadedDictionaries {
        let fileDirectory = (file as NSString).deletingLastPathComponent
        let directory = dictionaries.directory ?? (fileDirectory.isEmpty ? "." : fileDirectory)
        var selection = dictionaries
        // Validation suites use private test codes, so codes are not checked against CAMEO.
        selection.requiresCameo = false
        var named = Self.namedFiles(environment, file: file)
        if selection.config == nil {
            if selection.replacements.verbs.isEmpty {
                named.files.verbs = named.files.verbs.map { Self.universalPetrarchVerbs($0, in: directory, notes: &notes) }
            }
            if named.files.pico == nil, let pico = Self.defaultPico(in: directory) { named.files.pico = pico }
        }
        if named.files.verbs.isEmpty && named.files.actors.isEmpty {
            selection.directory = directory
            return try selection.load()
        }
        return try selection.load(named: named, namedDirectory: directory)
    }

    /// The dictionary files of the environment, by role, with where each is named.
    static let environmentRoles: [String: DictionaryLoader.PetrarchRole] = [
        "Verbfile": .verbs, "Actorfile": .actors, "Agentfile": .agents, "Discardfile": .discards, "PICOfile": .pico,
    ]

    static func namedFiles(_ environment: PetrarchReader.Environment, file: String) -> PetrarchNamedFiles {
        var named = PetrarchNamedFiles(origin: file)
        for (element, role) in environmentRoles {
            guard let names = environment.files[element] else { continue }
            named.files[role] = names
            named.places[role] = "<\(element)> in \(file)" + (environment.lines[element].map { ":\($0)" } ?? "")
        }
        return named
    }

    /// PETRARCH validation files written for PETRARCH 2 name the pre-CAMEO-2.0 verb file;
    /// their UD-parsed versions (UniversalPetrarch's) are coded against that dictionary's
    /// CAMEO 2.0 conversion, `NAME.2.0.txt`, which UniversalPetrarch ships beside it.
    static func universalPetrarchVerbs(_ name: String, in directory: String, notes: inout [String]) -> String {
        guard name.hasSuffix(".txt"), !name.hasSuffix(".2.0.txt") else { return name }
        let converted = String(name.dropLast(4)) + ".2.0.txt"
        guard FileManager.default.fileExists(atPath: directory + "/" + converted) else { return name }
        notes.append("using \(converted), the CAMEO 2.0 version of \(name) (override with --verbs)")
        return converted
    }

    /// UniversalPetrarch reads its internal-code ontology even when a record file does not
    /// name it; use it when it sits among the dictionaries.
    static func defaultPico(in directory: String) -> String? {
        let name = "PETR.Internal.Coding.Ontology.txt"
        return FileManager.default.fileExists(atPath: directory + "/" + name) ? name : nil
    }

    /// `DEMO_11` -> `DEMO`.
    static func category(of id: String) -> String {
        String(id.prefix { $0.isLetter })
    }
}
