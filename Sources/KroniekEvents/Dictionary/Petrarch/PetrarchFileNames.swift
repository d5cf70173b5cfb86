import Foundation
import KroniekCore

/// Turns dictionary file names into paths. A name given inside a file (a record file's
/// `<Environment>`, a `PETR_config.ini`) is read only from the dictionary directory: no
/// absolute path and no `..`, since such a file may come from anyone and must not make
/// Kroniek read files elsewhere on the machine, unless the user allows it. A name the
/// user typed (`--verbs`) is a path of their own: the directory's file of that name if
/// there is one, else the path as given.
public struct PetrarchFileNames: Sendable {
    public let directory: String
    public let allowsOutsideDirectory: Bool

    public init(directory: String, allowsOutsideDirectory: Bool = false) {
        self.directory = directory.isEmpty ? "." : directory
        self.allowsOutsideDirectory = allowsOutsideDirectory
    }

    /// The path of `name`, named by `namedBy` (`<Actorfile> in v.xml:40`), which must lie
    /// in the directory unless outside names are allowed.
    public func named(_ name: String, by namedBy: String) throws -> String {
        let leavesDirectory = name.hasPrefix("/") || name.hasPrefix("~") || name.split(separator: "/").contains("..")
        if leavesDirectory && !allowsOutsideDirectory {
            throw InputError(origin: namedBy, message: "dictionary file '\(name)' lies outside the dictionary directory \(directory); "
                + "give --allow-outside-dictionaries to read it")
        }
        let path = name.hasPrefix("/") ? name : directory + "/" + name
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError(origin: namedBy, message: "dictionary file '\(name)' not found (looked for \(path))")
        }
        return path
    }

    /// The path of a name the user gave on the command line.
    public func given(_ name: String) throws -> String {
        let inDirectory = directory + "/" + name
        if !name.hasPrefix("/"), FileManager.default.fileExists(atPath: inDirectory) { return inDirectory }
        guard FileManager.default.fileExists(atPath: name) else {
            throw InputError(origin: name, message: "no such dictionary file (looked for \(name.hasPrefix("/") ? name : inDirectory + " and " + name))")
        }
        return name
    }

    /// Every name of `files` resolved with `resolve`.
    public static func resolve(_ files: DictionaryLoader.PetrarchFiles, _ resolve: (String) throws -> String) throws -> DictionaryLoader.PetrarchFiles {
        var out = DictionaryLoader.PetrarchFiles()
        for role in DictionaryLoader.PetrarchRole.allCases { out[role] = try files[role].map(resolve) }
        return out
    }
}

/// Dictionary file names as a file gives them (a record file's `<Environment>`, a
/// `PETR_config.ini`), with where each role's names are written (`v.xml:40`).
public struct PetrarchNamedFiles: Sendable {
    public var files: DictionaryLoader.PetrarchFiles
    public var places: [DictionaryLoader.PetrarchRole: String]
    /// The file that names them, for roles without a place of their own.
    public var origin: String

    public init(files: DictionaryLoader.PetrarchFiles = .init(), places: [DictionaryLoader.PetrarchRole: String] = [:], origin: String) {
        self.files = files; self.places = places; self.origin = origin
    }

    /// The names as paths in the dictionary directory of `names`.
    public func resolved(with names: PetrarchFileNames) throws -> DictionaryLoader.PetrarchFiles {
        var out = DictionaryLoader.PetrarchFiles()
        for role in DictionaryLoader.PetrarchRole.allCases {
            out[role] = try files[role].map { try names.named($0, by: places[role] ?? origin) }
        }
        return out
    }
}
