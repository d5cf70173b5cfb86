import KroniekCore

/// One thing to read: a file or standard input.
public enum InputItem: Hashable, Sendable {
    case standardInput
    case file(String)

    /// The label used in messages and `DocumentMetadata.origin`.
    public var origin: String {
        switch self {
        case .standardInput: return "-"
        case .file(let path): return path
        }
    }
}

/// Turns command-line arguments into the files to read.
///
/// - `-` is standard input.
/// - A directory is searched recursively; hidden files and folders are skipped, and only
///   files with a known input extension are taken unless `takeAllFiles` is set (it is when
///   `--input-format` names the format, so any file can be forced through one reader).
/// - An argument with `*`, `?` or `[` is a glob; `**` matches any number of folders.
///   Hidden names match only a pattern component that starts with a dot. Every file a
///   glob matches is read (it was chosen by name); a matched folder is searched as above.
/// - Anything else must be an existing file or directory.
///
/// Arguments that match nothing become failures; the rest of the run goes on.
public struct InputPaths: Sendable {
    public var takeAllFiles: Bool
    public init(takeAllFiles: Bool = false) { self.takeAllFiles = takeAllFiles }

    public func expand(_ arguments: [String]) -> (items: [InputItem], failures: [InputError]) {
        var items: [InputItem] = []
        var seen = Set<InputItem>()
        var failures: [InputError] = []
        func add(_ item: InputItem) { if seen.insert(item).inserted { items.append(item) } }

        for argument in arguments {
            if argument == "-" { add(.standardInput); continue }
            if GlobPattern.hasWildcards(argument) {
                let matches = glob(argument)
                if matches.isEmpty { failures.append(InputError(origin: argument, message: "no file matches this pattern")) }
                for path in matches {
                    switch FileSystem.kind(of: path) {
                    case .success(.directory): walk(path, into: add, failures: &failures)
                    case .success(.file): add(.file(path))  // matched by name, like a file named outright
                    default: continue
                    }
                }
                continue
            }
            switch FileSystem.kind(of: argument) {
            case .success(.directory): walk(argument, into: add, failures: &failures)
            case .success: add(.file(argument))  // named explicitly: read it whatever its extension
            case .failure(let error): failures.append(InputError(origin: argument, message: error.description))
            }
        }
        return (items, failures)
    }

    private func hasKnownExtension(_ path: String) -> Bool {
        guard let ext = path.pathExtension else { return false }
        return InputFormat.knownExtensions.contains(ext.lowercased())
    }

    /// Adds every readable file under `directory`, depth first in name order.
    private func walk(_ directory: String, into add: (InputItem) -> Void, failures: inout [InputError]) {
        switch FileSystem.entries(of: directory) {
        case .failure(let error):
            failures.append(InputError(origin: directory, message: "cannot list directory: \(error)"))
        case .success(let names):
            for name in names where !name.hasPrefix(".") {
                let path = join(directory, name)
                switch FileSystem.kind(of: path, followLinks: false) {
                case .success(.directory): walk(path, into: add, failures: &failures)
                case .success(.file): if takeAllFiles || hasKnownExtension(path) { add(.file(path)) }
                case .success(.other):
                    // A symbolic link to a file is read; links to folders are not followed.
                    if case .success(.file) = FileSystem.kind(of: path), takeAllFiles || hasKnownExtension(path) { add(.file(path)) }
                case .failure(let error): failures.append(InputError(origin: path, message: error.description))
                }
            }
        }
    }

    /// All paths matching a glob, sorted.
    func glob(_ pattern: String) -> [String] {
        let absolute = pattern.hasPrefix("/")
        let components = pattern.split(separator: "/").map(String.init)
        var results: [String] = []
        match(components[...], under: absolute ? "/" : "", into: &results)
        return Array(Set(results)).sorted()
    }

    private func match(_ components: ArraySlice<String>, under base: String, into results: inout [String]) {
        guard let component = components.first else {
            if !base.isEmpty { results.append(base) }
            return
        }
        let rest = components.dropFirst()
        let directory = base.isEmpty ? "." : base
        if component == "**" {
            match(rest, under: base, into: &results)  // zero folders
            guard case .success(let names) = FileSystem.entries(of: directory) else { return }
            for name in names where !name.hasPrefix(".") {
                let path = join(base, name)
                if case .success(.directory) = FileSystem.kind(of: path, followLinks: false) {
                    match(components, under: path, into: &results)
                }
            }
        } else if GlobPattern.hasWildcards(component) {
            let pattern = GlobPattern(component)
            guard case .success(let names) = FileSystem.entries(of: directory) else { return }
            for name in names where pattern.matches(name) {
                match(rest, under: join(base, name), into: &results)
            }
        } else {
            let path = join(base, component)
            if case .success = FileSystem.kind(of: path) { match(rest, under: path, into: &results) }
        }
    }

    private func join(_ base: String, _ name: String) -> String {
        if base.isEmpty { return name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }
}

extension String {
    /// The last path component.
    var lastPathComponent: String {
        guard let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }

    /// The extension of the last path component, without the dot; nil when there is none.
    var pathExtension: String? {
        let name = lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        return String(name[name.index(after: dot)...])
    }

    /// The last path component without its extension: the default document id.
    var baseNameWithoutExtension: String {
        let name = lastPathComponent
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
