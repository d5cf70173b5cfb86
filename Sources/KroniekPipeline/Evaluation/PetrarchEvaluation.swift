import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO

/// Scores the pipeline on a PETRARCH validation file, strictly (code, source and target
/// must all match), with the dictionaries its `<Environment>` names.
public struct PetrarchEvaluation {
    /// Directory holding the dictionary files the environment names (default: the file's own).
    public var dictionaries: String?
    /// Verb dictionaries to use instead of the ones the file names.
    public var verbFiles: [String] = []
    /// Also code and score embedded events (conditions, feared or denied content).
    public var includesEmbeddedEvents = false
    /// Re-parse each record's `<Text>` with Kroniek's own segmenter and parser instead of
    /// using its `<Parse>`.
    public var reparses = false

    public init() {}

    public struct Result {
        public var total = StrictEventScore()
        /// Scores per record category (the id's prefix: `DEMO_11` → `DEMO`).
        public var categories: [String: StrictEventScore] = [:]
        /// MISS / EXTRA lines, each followed by what the pipeline coded for that record.
        public var lines: [String] = []
        /// Documents analysed per second of pipeline time (entities and coding, plus parsing
        /// with `reparses`).
        public var sentencesPerSecond = 0.0
        /// What the reader reported about the file, for the caller to show.
        public var warnings: [String] = []
        /// Choices made for the caller (a verb file replaced by its CAMEO 2.0 version).
        public var notes: [String] = []
    }

    public func run(file: String) throws -> Result {
        guard let data = FileManager.default.contents(atPath: file) else { throw InputError(origin: file, message: "cannot read file") }
        let (environment, outcome) = try PetrarchReader().read(String(decoding: data, as: UTF8.self), origin: file, defaultID: "record")
        var result = Result()
        result.warnings = (outcome.warnings + outcome.errors).map(\.description)
        let directory = dictionaries ?? (file as NSString).deletingLastPathComponent
        let env = environment.files
        let verbs = !verbFiles.isEmpty ? verbFiles : (env["Verbfile"] ?? []).map {
            Self.universalPetrarchVerbs($0, in: directory, notes: &result.notes)
        }
        let files = DictionaryLoader.PetrarchFiles(
            verbs: verbs, actors: env["Actorfile"] ?? [], agents: env["Agentfile"] ?? [],
            discards: env["Discardfile"] ?? [], pico: env["PICOfile"]?.first ?? Self.defaultPico(in: directory))
        // Validation suites use private test codes, so codes are not checked against CAMEO.
        let dictionary = try DictionaryLoader.loadPetrarch(directory: directory.isEmpty ? "." : directory,
                                                           files: files, requiresCameo: false)
        var configuration = PipelineConfiguration(dictionary: try DictionaryLoader.addingBundledCues(to: dictionary))
        configuration.includesEmbeddedEvents = includesEmbeddedEvents
        let base = directory.isEmpty ? "." : directory
        func path(_ f: String) -> String { f.hasPrefix("/") ? f : base + "/" + f }
        configuration.petrarchCombination = try files.pico.map {
            try PetrarchVerbCombination.load(pico: path($0), verbFiles: files.verbs.map(path), dictionary: dictionary)
        }
        let pipeline = Pipeline(configuration)

        let clock = ContinuousClock()
        var time = Duration.zero
        var sentences = 0
        for var record in outcome.documents {
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
            result.categories[Self.category(of: record.id), default: StrictEventScore()].add(score)
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

    /// PETRARCH validation files written for PETRARCH 2 name the pre-CAMEO-2.0 verb file;
    /// their UD-parsed versions (UniversalPetrarch's) are coded against that dictionary's
    /// CAMEO 2.0 conversion, `NAME.2.0.txt`, which UniversalPetrarch ships beside it.
    static func universalPetrarchVerbs(_ name: String, in directory: String, notes: inout [String]) -> String {
        guard name.hasSuffix(".txt"), !name.hasSuffix(".2.0.txt") else { return name }
        let converted = String(name.dropLast(4)) + ".2.0.txt"
        let dir = directory.isEmpty ? "." : directory
        guard FileManager.default.fileExists(atPath: dir + "/" + converted) else { return name }
        notes.append("using \(converted), the CAMEO 2.0 version of \(name) (override with --verbs)")
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
}
