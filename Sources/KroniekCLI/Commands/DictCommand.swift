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
        abstract: "Convert a PETRARCH dictionary set (CAMEO.2.0.txt, Phoenix actors and agents, discards) to one .kd file.",
        discussion: "The set is chosen as for `kroniek code`: --dictionaries DIR (a PETR_config.ini, CAMEO.2.0.txt and its set, or files recognised by content), --petrarch-config, or files by role.")

    @OptionGroup var dictionaryOptions: DictionaryOptions

    @Option(help: "The .kd file to write.")
    var out: String

    @Flag(help: "Accept event codes outside CAMEO (PETRARCH validation dictionaries use test codes).")
    var privateCodes = false

    func run() throws {
        var selection = dictionaryOptions.selection()
        selection.requiresCameo = !privateCodes
        let loaded = try selection.load()
        DictionaryChoice.report(loaded)
        let header = "Imported by `kroniek dict import`: " + loaded.notes.joined(separator: "; ")
        try KDWriter.write(loaded.dictionary, header: header).write(toFile: out, atomically: true, encoding: .utf8)
        print("wrote \(out): \(DictStatsCommand.summary(loaded.dictionary))")
    }
}

struct DictStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Load dictionaries (a .kd file or directory, or a PETRARCH directory) and print their size and load time; a directory without a usable set is an error.")

    @Argument(help: "Dictionary file or directory.")
    var path: String

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        // A single .kd file is summarised as it is; a directory must hold a usable set.
        let loaded = path.hasSuffix(".kd") ? LoadedDictionaries(dictionary: try DictionaryLoader.loadKD(path))
            : try DictionarySelection(directory: path).load()
        let elapsed = clock.now - start
        DictionaryChoice.report(loaded)
        let dictionary = loaded.dictionary
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
