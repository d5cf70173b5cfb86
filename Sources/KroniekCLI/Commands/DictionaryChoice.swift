import ArgumentParser
import Foundation
import KroniekEvents
import KroniekPipeline

/// The options that choose a command's dictionaries (`DictionarySelection` says how they
/// combine). Use with `@OptionGroup var dictionaryOptions: DictionaryOptions`.
struct DictionaryOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Dictionary directory: Kroniek .kd files, or PETRARCH files (a PETR_config.ini, CAMEO.2.0.txt and its set, "
        + "or verb, actor, agent and discard files recognised by their content); default: the bundled dictionaries. For eval events "
        + "on a PETRARCH record file, where the files its <Environment> names are read (default: the record file's directory).",
        valueName: "dir"))
    var dictionaries: String?

    @Option(name: .customLong("petrarch-config"), help: ArgumentHelp(
        "PETRARCH 2 configuration (PETR_config.ini) naming the dictionary files, read from --dictionaries or else the configuration's directory.",
        valueName: "file"))
    var petrarchConfig: String?

    @Option(parsing: .singleValue, help: ArgumentHelp("PETRARCH verb dictionary to use instead of the chosen set's (repeatable, or comma-separated).", valueName: "file"))
    var verbs: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp("PETRARCH actor dictionaries to use instead (repeatable, or comma-separated).", valueName: "file"))
    var actors: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp("PETRARCH agent dictionaries to use instead (repeatable, or comma-separated).", valueName: "file"))
    var agents: [String] = []
    @Option(parsing: .singleValue, help: ArgumentHelp("PETRARCH discard lists to use instead (repeatable, or comma-separated).", valueName: "file"))
    var discards: [String] = []

    @Flag(help: "Read dictionary files that a record or configuration file names outside the dictionary directory (absolute paths, '..').")
    var allowOutsideDictionaries = false

    /// The selection these options make; `defaultDirectory` stands in for a missing
    /// --dictionaries unless a configuration is given.
    func selection(defaultDirectory: String? = nil) -> DictionarySelection {
        var selection = DictionarySelection(directory: dictionaries ?? (petrarchConfig == nil ? defaultDirectory : nil))
        selection.config = petrarchConfig
        selection.allowsOutsideDirectory = allowOutsideDictionaries
        func split(_ names: [String]) -> [String] {
            names.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        selection.replacements = DictionaryLoader.PetrarchFiles(verbs: split(verbs), actors: split(actors),
                                                                agents: split(agents), discards: split(discards))
        return selection
    }
}

/// Loads the dictionaries a command chose and tells the user what they got: which files
/// and why, verb lines coded with PETRARCH 2's stand-in codes, and lines left out. Cue
/// words are always added.
enum DictionaryChoice {
    static func load(_ options: DictionaryOptions, defaultDirectory: String? = nil) throws -> LoadedDictionaries {
        var loaded = try options.selection(defaultDirectory: defaultDirectory).load()
        report(loaded)
        loaded.dictionary = try DictionaryLoader.addingBundledCues(to: loaded.dictionary)
        return loaded
    }

    static func report(_ loaded: LoadedDictionaries) {
        for note in loaded.notes { Diagnostics.note("note: " + note) }
        list(loaded.recoded, "dictionary line(s) with a code CAMEO lacks, coded as PETRARCH 2 codes them where CAMEO allows") { Diagnostics.note($0) }
        list(loaded.dictionary.problems, "dictionary line(s) left out") { Diagnostics.warning($0) }
    }

    /// The first ten of `items` under a heading with their count.
    private static func list(_ items: [some CustomStringConvertible], _ heading: String, emit: (String) -> Void) {
        guard !items.isEmpty else { return }
        var text = "\(items.count) \(heading):"
        for item in items.prefix(10) { text += "\n  \(item)" }
        if items.count > 10 { text += "\n  …" }
        emit(text)
    }
}
