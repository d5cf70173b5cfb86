import Foundation
import KroniekCore

/// What a dictionary directory holds, looked for in this order:
///
/// 1. Kroniek `.kd` files (in any subfolder), or the path is a `.kd` file itself;
/// 2. a PETRARCH configuration (`*.ini` with a `[Dictionaries]` section; `PETR_config.ini`
///    first), whose names are read from the directory;
/// 3. `CAMEO.2.0.txt`: the full PETRARCH set it belongs to (`PetrarchFiles.phoenix`);
/// 4. PETRARCH files recognised by their content (`PetrarchFileKind`), whatever their
///    names: one verb dictionary, the actor, agent and discard files, a PICO ontology.
///
/// A directory with none of these is an error that says what was looked for.
enum DictionaryDirectory {
    enum Contents {
        case kroniek
        case petrarch(DictionaryLoader.PetrarchFiles, note: String, config: PetrarchConfig?)
    }

    /// `givenRoles` are the roles the user names files for; the directory need not
    /// settle them (two verb dictionaries are fine when `--verbs` chooses).
    static func contents(of directory: String, names: PetrarchFileNames,
                         givenRoles: Set<DictionaryLoader.PetrarchRole>) throws -> Contents {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw InputError(origin: directory, message: "no such dictionary file or directory")
        }
        // A single .kd file is a Kroniek dictionary too.
        if !isDirectory.boolValue || !DictionaryLoader.kdFiles(in: directory).isEmpty { return .kroniek }
        let files = ((try? fileManager.contentsOfDirectory(atPath: directory)) ?? []).sorted().filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".") && fileManager.fileExists(atPath: directory + "/" + name, isDirectory: &isDirectory) && !isDirectory.boolValue
        }
        if let config = try configuration(in: directory, files: files) {
            let files = try config.named.resolved(with: names)
            return .petrarch(files, note: "dictionaries as \(config.named.origin) names them: \(files.summary)", config: config)
        }
        if files.contains("CAMEO.2.0.txt") {
            var set = DictionaryLoader.PetrarchFiles.phoenix
            if !files.contains(set.pico ?? "") { set.pico = nil }
            let resolved = try PetrarchFileNames.resolve(set) { try names.named($0, by: directory + " (the PETRARCH set of CAMEO.2.0.txt)") }
            return .petrarch(resolved, note: "the PETRARCH set of CAMEO.2.0.txt in \(directory)", config: nil)
        }
        return try recognised(in: directory, files: files, givenRoles: givenRoles)
    }

    /// The directory's PETRARCH configuration file, if it has one.
    private static func configuration(in directory: String, files: [String]) throws -> PetrarchConfig? {
        var candidates: [PetrarchConfig] = []
        for name in files where name.lowercased().hasSuffix(".ini") {
            let path = directory + "/" + name
            let text = try DictionaryLoader.read(path)
            // Other programs' .ini files are not ours to judge.
            if text.lowercased().contains("[dictionaries]") { candidates.append(try PetrarchConfig.read(text, origin: path)) }
        }
        guard candidates.count > 1 else { return candidates.first }
        if let standard = candidates.first(where: { $0.named.origin.hasSuffix("/PETR_config.ini") }) { return standard }
        throw InputError(origin: directory, message: "several PETRARCH configuration files (\(candidates.map(\.named.origin).joined(separator: ", "))): "
            + "choose one with --petrarch-config")
    }

    private static func recognised(in directory: String, files: [String], givenRoles: Set<DictionaryLoader.PetrarchRole>) throws -> Contents {
        var set = DictionaryLoader.PetrarchFiles()
        var others: [String] = []
        for name in files {
            let path = directory + "/" + name
            let sample = FileHandle(forReadingAtPath: path).map { handle in
                defer { try? handle.close() }
                return String(decoding: handle.readData(ofLength: PetrarchFileKind.sampleBytes), as: UTF8.self)
            } ?? ""
            switch PetrarchFileKind.classify(sample, fileName: name) {
            case .verbs: set.verbs.append(path)
            case .actors: set.actors.append(path)
            case .agents: set.agents.append(path)
            case .discards: set.discards.append(path)
            case .pico: set.pico = set.pico ?? path
            case .issues, nil: others.append(name)
            }
        }
        let lookedFor = "looked for Kroniek .kd files, a PETRARCH configuration (PETR_config.ini or another *.ini with [Dictionaries]), CAMEO.2.0.txt, "
            + "and PETRARCH verb and actor files recognised by their content"
        let among = files.isEmpty ? "the directory has no files" : "its files: " + files.joined(separator: ", ")
        if set.isEmpty && givenRoles.isEmpty {
            throw InputError(origin: directory, message: "no dictionaries here: \(lookedFor); \(among)")
        }
        if set.verbs.count > 1 && !givenRoles.contains(.verbs) {
            throw InputError(origin: directory, message: "several verb dictionaries (\(set.verbs.joined(separator: ", "))): "
                + "choose one with --verbs or a PETR_config.ini")
        }
        for role in [DictionaryLoader.PetrarchRole.verbs, .actors] where set[role].isEmpty && !givenRoles.contains(role) {
            throw InputError(origin: directory, message: "no PETRARCH \(role == .verbs ? "verb" : "actor") dictionary here "
                + "(\(lookedFor); \(among)); name one with --\(role.rawValue)")
        }
        let unread = others.isEmpty ? "" : "; not dictionaries: " + others.joined(separator: ", ")
        return .petrarch(set, note: "PETRARCH files recognised by their content in \(directory): \(set.summary)\(unread)", config: nil)
    }
}
