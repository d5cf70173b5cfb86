import Foundation
import KroniekCore

/// A PETRARCH 2 (or UniversalPetrarch) `PETR_config.ini`, read with the rules of the
/// Python `ConfigParser` it was written for: `[Section]` headers, `key = value` or
/// `key: value` with case-insensitive keys, whole-line comments starting `#` or `;`, an
/// inline comment after ` ;` (Python 2), and values continued on indented lines.
///
/// Kroniek reads the dictionary files of `[Dictionaries]` (`verbfile_name`,
/// `actorfile_list`, `agentfile_name`, `discardfile_name` and UniversalPetrarch's
/// `internal_coding_ontology_filename`; lists are comma-separated, as PETRARCH 2 splits
/// them) and, for `--format petrarch`, the `write_actor_text` and `write_event_text`
/// options. Names it reads but has no use for are listed in `unused`.
public struct PetrarchConfig: Sendable {
    /// The dictionary files as the configuration names them.
    public var named: PetrarchNamedFiles
    public var writesActorText = false
    public var writesEventText = false
    /// Dictionary keys Kroniek does not read (`issuefile_name`, …).
    public var unused: [String] = []

    static let roleKeys: [String: DictionaryLoader.PetrarchRole] = [
        "verbfile_name": .verbs, "actorfile_list": .actors, "agentfile_name": .agents,
        "discardfile_name": .discards, "internal_coding_ontology_filename": .pico,
    ]

    public static func read(_ text: String, origin: String) throws -> PetrarchConfig {
        let sections = try IniSections(text, origin: origin)
        guard let dictionaries = sections.values["dictionaries"] else {
            throw InputError(origin: origin, message: "no [Dictionaries] section: not a PETRARCH configuration file")
        }
        var config = PetrarchConfig(named: PetrarchNamedFiles(origin: origin))
        for (key, entry) in dictionaries.sorted(by: { $0.value.line < $1.value.line }) {
            guard let role = roleKeys[key] else { config.unused.append(key); continue }
            config.named.files[role] = entry.value.split(whereSeparator: { $0 == "," || $0 == "\n" })
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            config.named.places[role] = "\(origin):\(entry.line)"
        }
        for required in ["verbfile_name", "actorfile_list"] where dictionaries[required] == nil {
            throw InputError(origin: origin, message: "[Dictionaries] has no \(required); PETRARCH needs it too")
        }
        let options = sections.values["options"] ?? [:]
        config.writesActorText = try options["write_actor_text"].map { try boolean($0, key: "write_actor_text", origin: origin) } ?? false
        config.writesEventText = try options["write_event_text"].map { try boolean($0, key: "write_event_text", origin: origin) } ?? false
        return config
    }

    /// ConfigParser's booleans.
    private static func boolean(_ entry: IniSections.Entry, key: String, origin: String) throws -> Bool {
        switch entry.value.lowercased() {
        case "1", "yes", "true", "on": return true
        case "0", "no", "false", "off": return false
        default: throw InputError(origin: origin, line: entry.line, message: "\(key) must be true or false, not '\(entry.value)'")
        }
    }
}

/// The sections of an INI file: lower-cased section name -> lower-cased key -> value.
struct IniSections {
    struct Entry {
        var value: String
        let line: Int
    }

    private(set) var values: [String: [String: Entry]] = [:]

    init(_ text: String, origin: String) throws {
        var section: String?
        var lastKey: String?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix(";") { continue }
            if let first = line.first, first == " " || first == "\t", let s = section, let key = lastKey {
                values[s]![key]!.value += "\n" + Self.withoutInlineComment(trimmed)
                continue
            }
            if trimmed.hasPrefix("[") {
                guard trimmed.hasSuffix("]") else { throw InputError(origin: origin, line: number, message: "section header without ']'") }
                let name = trimmed.dropFirst().dropLast().trimmingCharacters(in: .whitespaces).lowercased()
                section = name
                values[name] = values[name] ?? [:]
                lastKey = nil
                continue
            }
            guard let s = section else { throw InputError(origin: origin, line: number, message: "a setting before any [Section]") }
            guard let separator = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw InputError(origin: origin, line: number, message: "expected 'key = value', got '\(trimmed)'")
            }
            let key = trimmed[..<separator].trimmingCharacters(in: .whitespaces).lowercased()
            let value = Self.withoutInlineComment(trimmed[trimmed.index(after: separator)...].trimmingCharacters(in: .whitespaces))
            values[s]![key] = Entry(value: value, line: number)
            lastKey = key
        }
    }

    /// Python 2's ConfigParser ends a value at a `;` that follows white space.
    private static func withoutInlineComment(_ value: String) -> String {
        guard let r = value.range(of: " ;") ?? value.range(of: "\t;") else { return value }
        return value[..<r.lowerBound].trimmingCharacters(in: .whitespaces)
    }
}
