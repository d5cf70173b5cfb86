import Foundation
import KroniekCore
import KroniekEntities

/// Loads dictionaries from disk: Kroniek `.kd` files, or PETRARCH dictionary files.
public enum DictionaryLoader {
    /// The files of a PETRARCH set, by role. Paths may be relative to `directory`.
    public struct PetrarchFiles: Sendable {
        public var verbs: [String]
        public var actors: [String]
        public var agents: [String]
        public var discards: [String]
        /// The PICO internal-code ontology of UniversalPetrarch verb files, if named.
        public var pico: String?
        public init(verbs: [String], actors: [String], agents: [String], discards: [String], pico: String? = nil) {
            self.verbs = verbs; self.actors = actors; self.agents = agents; self.discards = discards; self.pico = pico
        }

        /// The full PETRARCH set: the CAMEO 2.0 verbs with the Phoenix actors and agents.
        public static let phoenix = PetrarchFiles(
            verbs: ["CAMEO.2.0.txt"],
            actors: ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"],
            agents: ["Phoenix.agents.txt"], discards: ["Phoenix.discards.txt"], pico: "PETR.Internal.Coding.Ontology.txt")
    }

    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(origin: path, message: "cannot read dictionary file")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Loads a PETRARCH set. `requiresCameo` off accepts the private codes of validation suites.
    public static func loadPetrarch(directory: String, files: PetrarchFiles, requiresCameo: Bool) throws -> EventDictionary {
        func path(_ f: String) -> String { f.hasPrefix("/") ? f : directory + "/" + f }
        var dictionary = EventDictionary()
        dictionary.requiresCameo = requiresCameo
        dictionary.codesAgentsWithoutCountry = true
        let pico = try files.pico.map { try PicoOntology.read(read(path($0)), origin: path($0)) }
        for f in files.verbs {
            var verbs = try PetrarchVerbReader.read(read(path(f)), origin: path(f), requiresCameo: requiresCameo)
            verbs.requiresCameo = requiresCameo
            dictionary.merge(verbs)
        }
        for f in files.actors {
            PetrarchActorReader.read(try read(path(f)), origin: path(f), into: &dictionary.actors, problems: &dictionary.problems)
        }
        for f in files.agents {
            PetrarchAgentReader.read(try read(path(f)), origin: path(f), into: &dictionary.actors, problems: &dictionary.problems)
        }
        for f in files.discards { PetrarchDiscardReader.read(try read(path(f)), into: &dictionary) }
        // With CAMEO codes required, only pairs of CAMEO codes are kept (PICO also lists
        // internal codes such as `---`).
        dictionary.negatedCodes = (pico?.negations ?? [:]).filter { pair in
            !requiresCameo || (CameoOntology.entry(pair.key) != nil && CameoOntology.entry(pair.value) != nil)
        }
        return dictionary
    }

    /// Loads a `.kd` file, or every `.kd` file of a directory (recursively, in name order).
    public static func loadKD(_ path: String) throws -> EventDictionary {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(origin: path, message: "no such dictionary file or directory")
        }
        guard isDirectory.boolValue else { return try KDParser.parse(read(path), origin: path) }
        // Files of a directory are named from the directory on (`dictionaries/nl/verbs.kd:12`)
        // in evidence and errors.
        let files = (FileManager.default.enumerator(atPath: path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".kd") }.sorted()
        let name = URL(fileURLWithPath: path).lastPathComponent
        var dictionary = EventDictionary()
        for f in files { dictionary.merge(try KDParser.parse(read(path + "/" + f), origin: name + "/" + f)) }
        return dictionary
    }

    /// A directory of `.kd` files, or a PETRARCH directory (recognised by `CAMEO.2.0.txt`).
    public static func load(_ path: String) throws -> EventDictionary {
        if FileManager.default.fileExists(atPath: path + "/CAMEO.2.0.txt") {
            return try loadPetrarch(directory: path, files: .phoenix, requiresCameo: true)
        }
        return try loadKD(path)
    }

    /// The dictionaries that ship with Kroniek (Sources/KroniekEvents/Resources/dictionaries).
    public static var bundledPath: String? {
        let path = Bundle.module.bundleURL.appendingPathComponent("Resources/dictionaries").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    public static func loadBundled() throws -> EventDictionary {
        guard let p = bundledPath else { return EventDictionary() }
        return try loadKD(p)
    }

    /// The cue words of the bundled dictionaries, added to a dictionary that has none
    /// (PETRARCH sets carry no modality cues).
    public static func addingBundledCues(to dictionary: EventDictionary) throws -> EventDictionary {
        guard dictionary.cues.isEmpty, let root = bundledPath else { return dictionary }
        var d = dictionary
        let cueFiles = (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix("cues.kd") }.sorted()
        for f in cueFiles { d.cues.merge(try KDParser.parse(read(root + "/" + f), origin: f).cues) { a, b in a.merging(b) { $0 + $1 } } }
        return d
    }
}
