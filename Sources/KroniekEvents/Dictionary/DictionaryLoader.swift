import Foundation
import KroniekCore
import KroniekEntities

/// Loads dictionaries from disk: Kroniek `.kd` files, or PETRARCH dictionary files.
/// Which files a command uses is `DictionarySelection`'s business.
public enum DictionaryLoader {
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(origin: path, message: "cannot read dictionary file")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Loads a PETRARCH set whose names are already paths. `requiresCameo` off accepts the
    /// private codes of validation suites. Verb lines whose code CAMEO lacks and that are
    /// coded as PETRARCH 2 codes them are added to `recoded`. A set that gives no verbs or
    /// no actors is an error naming the files it read.
    public static func loadPetrarch(_ files: PetrarchFiles, requiresCameo: Bool, recoded: inout [InputError]) throws -> EventDictionary {
        var dictionary = EventDictionary()
        dictionary.requiresCameo = requiresCameo
        dictionary.codesAgentsWithoutCountry = true
        let pico = try files.pico.map { try PicoOntology.read(read($0), origin: $0) }
        for f in files.verbs {
            var verbs = try PetrarchVerbReader.read(read(f), origin: f, requiresCameo: requiresCameo, recoded: &recoded)
            verbs.requiresCameo = requiresCameo
            dictionary.merge(verbs)
        }
        for f in files.actors {
            PetrarchActorReader.read(try read(f), origin: f, into: &dictionary.actors, problems: &dictionary.problems)
        }
        for f in files.agents {
            PetrarchAgentReader.read(try read(f), origin: f, into: &dictionary.actors, problems: &dictionary.problems)
        }
        for f in files.discards { PetrarchDiscardReader.read(try read(f), into: &dictionary) }
        // With CAMEO codes required, only pairs of CAMEO codes are kept (PICO also lists
        // internal codes such as `---`).
        dictionary.negatedCodes = (pico?.negations ?? [:]).filter { pair in
            !requiresCameo || (CameoOntology.entry(pair.key) != nil && CameoOntology.entry(pair.value) != nil)
        }
        try requireVerbsAndActors(dictionary, verbFiles: files.verbs, actorFiles: files.actors)
        return dictionary
    }

    /// A set that codes nothing must not pass for one that does: no verbs, or no actors,
    /// is an error that names the files read for them.
    static func requireVerbsAndActors(_ dictionary: EventDictionary, verbFiles: [String], actorFiles: [String]) throws {
        func tried(_ files: [String]) -> String { files.isEmpty ? "no file was named for them" : "read " + files.joined(separator: ", ") }
        if dictionary.verbs.isEmpty {
            throw InputError(origin: "dictionaries", message: "the set has no verbs (\(tried(verbFiles)))")
        }
        if dictionary.actors.actors.isEmpty {
            throw InputError(origin: "dictionaries", message: "the set has no actors (\(tried(actorFiles)))")
        }
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
        let files = kdFiles(in: path)
        let name = URL(fileURLWithPath: path).lastPathComponent
        var dictionary = EventDictionary()
        for f in files { dictionary.merge(try KDParser.parse(read(path + "/" + f), origin: name + "/" + f)) }
        return dictionary
    }

    /// The `.kd` files under `directory`, as paths from it, in name order.
    static func kdFiles(in directory: String) -> [String] {
        (FileManager.default.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".kd") }.sorted()
    }

    /// The event dictionaries that ship with Kroniek (Sources/KroniekEvents/Resources/
    /// dictionaries: verb and noun patterns, cues and discards per language).
    public static var bundledPath: String? {
        let path = Bundle.module.bundleURL.appendingPathComponent("Resources/dictionaries").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The bundled dictionaries whole: the actor knowledge of KroniekEntities
    /// (`BundledActors`), then the event patterns.
    public static func loadBundled() throws -> EventDictionary {
        var dictionary = try BundledActors.path.map(loadKD) ?? EventDictionary()
        if let p = bundledPath { dictionary.merge(try loadKD(p)) }
        return dictionary
    }

    /// The cue words of the bundled dictionaries, added to a dictionary that has none
    /// (PETRARCH sets carry no modality cues).
    public static func addingBundledCues(to dictionary: EventDictionary) throws -> EventDictionary {
        guard dictionary.cues.isEmpty, let root = bundledPath else { return dictionary }
        var d = dictionary
        for f in kdFiles(in: root) where f.hasSuffix("cues.kd") {
            d.cues.merge(try KDParser.parse(read(root + "/" + f), origin: f).cues) { a, b in a.merging(b) { $0 + $1 } }
        }
        return d
    }
}
