import Foundation
import KroniekCore

/// The dictionaries a command codes with, as the user chose them, in order of precedence:
///
/// 1. files named for a role (`--verbs`, `--actors`, `--agents`, `--discards`) replace
///    that role's files, whatever else is chosen;
/// 2. a PETRARCH configuration (`--petrarch-config PETR_config.ini`);
/// 3. the files a record file's `<Environment>` names (`eval events`);
/// 4. a dictionary directory (`--dictionaries DIR`, `DictionaryDirectory` says what it
///    may hold);
/// 5. else Kroniek's bundled dictionaries.
///
/// Names found inside files (a configuration, an environment) are read from the
/// dictionary directory only, unless `allowsOutsideDirectory` (`PetrarchFileNames`).
public struct DictionarySelection: Sendable {
    public var directory: String?
    public var config: String?
    public var replacements = DictionaryLoader.PetrarchFiles()
    public var allowsOutsideDirectory = false
    /// Off for validation suites, whose dictionaries use private test codes.
    public var requiresCameo = true

    public init(directory: String? = nil) { self.directory = directory }

    /// Loads the selection. `named` are the files a record file names, read from
    /// `namedDirectory` unless `directory` is given.
    public func load(named: PetrarchNamedFiles? = nil, namedDirectory: String? = nil) throws -> LoadedDictionaries {
        var loaded = LoadedDictionaries(dictionary: EventDictionary())
        let parsedConfig = try config.map { try PetrarchConfig.read(DictionaryLoader.read($0), origin: $0) }
        let names = PetrarchFileNames(directory: directory ?? config.map(Self.folder) ?? namedDirectory ?? ".",
                                      allowsOutsideDirectory: allowsOutsideDirectory)
        var base: DictionaryLoader.PetrarchFiles?
        if let listed = parsedConfig?.named ?? named {
            let files = try listed.resolved(with: names)
            base = files
            loaded.config = parsedConfig
            loaded.notes.append("dictionaries as \(listed.origin) names them: \(files.summary)")
        } else if let directory {
            switch try DictionaryDirectory.contents(of: directory, names: names, givenRoles: replacements.roles) {
            case .kroniek:
                guard replacements.isEmpty else {
                    throw InputError(origin: directory, message: "holds Kroniek .kd dictionaries; --verbs, --actors, --agents and --discards name PETRARCH files")
                }
                loaded.dictionary = try DictionaryLoader.loadKD(directory)
                try DictionaryLoader.requireVerbsAndActors(loaded.dictionary, verbFiles: [directory], actorFiles: [directory])
                return loaded
            case .petrarch(let files, let note, let config):
                base = files
                loaded.config = config
                loaded.notes.append(note)
            }
        } else if replacements.isEmpty {
            loaded.dictionary = try DictionaryLoader.loadBundled()
            return loaded
        }
        if let config = loaded.config, !config.unused.isEmpty {
            loaded.notes.append("\(config.named.origin) also names \(config.unused.joined(separator: ", ")), which Kroniek does not use")
        }
        let files = (base ?? DictionaryLoader.PetrarchFiles()).replacing(try PetrarchFileNames.resolve(replacements, names.given))
        if !replacements.isEmpty { loaded.notes.append("dictionary files: \(files.summary)") }
        loaded.dictionary = try DictionaryLoader.loadPetrarch(files, requiresCameo: requiresCameo, recoded: &loaded.recoded)
        loaded.petrarchFiles = files
        return loaded
    }

    private static func folder(_ path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? "." : folder
    }
}

/// Dictionaries as loaded, with what the user should hear about how.
public struct LoadedDictionaries: Sendable {
    public var dictionary: EventDictionary
    /// Which files were chosen, and why.
    public var notes: [String] = []
    /// Verb lines coded with PETRARCH 2's stand-in for a code CAMEO lacks.
    public var recoded: [InputError] = []
    /// The PETRARCH configuration the files came from, if any (`--format petrarch` reads
    /// its output options).
    public var config: PetrarchConfig?
    /// The files of a PETRARCH set, resolved, when one was loaded (its verb files and
    /// internal-code ontology give the verb combinations, `PetrarchVerbCombination`).
    public var petrarchFiles: DictionaryLoader.PetrarchFiles?

    public init(dictionary: EventDictionary) { self.dictionary = dictionary }
}

extension DictionaryLoader.PetrarchFiles {
    /// The roles that have files.
    var roles: Set<DictionaryLoader.PetrarchRole> { Set(DictionaryLoader.PetrarchRole.allCases.filter { !self[$0].isEmpty }) }
}
