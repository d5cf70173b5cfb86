import ArgumentParser
import Foundation
import KroniekEvents

/// `kroniek dict …`: import and inspect event dictionaries.
struct DictCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dict",
        abstract: "Import PETRARCH dictionaries into Kroniek's format, or load and summarise dictionaries.",
        subcommands: [DictImportCommand.self, DictStatsCommand.self])
}

struct DictImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Convert a PETRARCH dictionary set (CAMEO.2.0.txt, Phoenix actors and agents, discards) to one .kd file.")

    @Option(help: "Directory with the PETRARCH dictionary files.")
    var petrarch: String

    @Option(help: "The .kd file to write.")
    var out: String

    @Option(parsing: .upToNextOption, help: "Verb files (default: CAMEO.2.0.txt).")
    var verbs: [String] = []
    @Option(parsing: .upToNextOption, help: "Actor files (default: the three Phoenix actor files).")
    var actors: [String] = []
    @Option(parsing: .upToNextOption, help: "Agent files (default: Phoenix.agents.txt).")
    var agents: [String] = []
    @Option(parsing: .upToNextOption, help: "Discard files (default: Phoenix.discards.txt).")
    var discards: [String] = []

    @Flag(help: "Accept event codes outside CAMEO (PETRARCH validation dictionaries use test codes).")
    var privateCodes = false

    func run() throws {
        let d = DictionaryLoader.PetrarchFiles.phoenix
        let files = DictionaryLoader.PetrarchFiles(
            verbs: verbs.isEmpty ? d.verbs : verbs, actors: actors.isEmpty ? d.actors : actors,
            agents: agents.isEmpty ? d.agents : agents, discards: discards.isEmpty ? d.discards : discards,
            pico: FileManager.default.fileExists(atPath: petrarch + "/" + (d.pico ?? "")) ? d.pico : nil)
        let dictionary = try DictionaryLoader.loadPetrarch(directory: petrarch, files: files, requiresCameo: !privateCodes)
        DictionaryChoice.report(dictionary.problems)
        let header = "Imported by `kroniek dict import` from the PETRARCH dictionaries in \(petrarch):\n"
            + (files.verbs + files.actors + files.agents + files.discards).joined(separator: ", ")
        try KDWriter.write(dictionary, header: header).write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(out): \(DictStatsCommand.summary(dictionary))")
    }
}

struct DictStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Load dictionaries (a .kd file or directory, or a PETRARCH directory) and print their size and load time.")

    @Argument(help: "Dictionary file or directory.")
    var path: String

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let dictionary = path.hasSuffix(".kd") ? try DictionaryLoader.loadKD(path) : try DictionaryLoader.load(path)
        let elapsed = clock.now - start
        DictionaryChoice.report(dictionary.problems)
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(DictStatsCommand.summary(dictionary))
        print(String(format: "loaded in %.3f s", seconds))
    }

    static func summary(_ d: EventDictionary) -> String {
        let patterns = d.families.reduce(0) { $0 + $1.patterns.count }
        let verbForms = d.verbs.values.reduce(0) { $0 + $1.count }
        return "\(d.families.count) verb families, \(verbForms) verb forms, \(patterns) patterns, \(d.nouns.count) nouns, "
            + "\(d.actors.actors.count) actors, \(d.actors.agents.count) agents, \(d.discards.count) discards"
    }
}
