import KroniekCore
import KroniekEntities

/// Reads PETRARCH actor files (`Phoenix.*.actors.txt`, `PETR.Validate.actors.txt`):
/// a name line (optionally with its `[CODE]`), `+SYNONYM` lines, then indented code
/// lines with optional dates (`[RUSGOV 991231-080507]`, `[RUSGOV >080508]`, `[X <020101]`).
/// Names without codes of their own take the codes that follow them.
enum PetrarchActorReader {
    /// Roles that cannot be read (a mistyped date) are left out and listed in `problems`.
    static func read(_ text: String, origin: String, into dictionary: inout ActorDictionary, problems: inout [InputError]) {
        var names: [[NameWord]] = []
        var roles: [ActorRole] = []
        func flush() {
            if !names.isEmpty && !roles.isEmpty {
                dictionary.add(ActorEntry(names: names, roles: roles))
                names = []; roles = []
            }
        }
        for (number, line) in PetrarchLines.contentLines(text) {
            let t = line.trimmedSubstring
            if t.utf8.first == UInt8(ascii: "[") {
                guard let (_, code) = PetrarchLines.bracket(t) else {
                    problems.append(InputError(origin: origin, line: number, message: "unclosed code bracket"))
                    continue
                }
                do { roles.append(try role(code, origin: origin, line: number)) } catch let e as InputError { problems.append(e) } catch {}
            } else if t.utf8.first == UInt8(ascii: "+") {
                names.append(PetrarchLines.name(t.dropFirst()))
            } else {
                flush()
                if let (before, code) = PetrarchLines.bracket(t) {
                    names.append(PetrarchLines.name(before))
                    if !code.isEmpty {
                        do { roles.append(try role(code, origin: origin, line: number)) } catch let e as InputError { problems.append(e) } catch {}
                    }
                } else {
                    names.append(PetrarchLines.name(t))
                }
            }
        }
        flush()
    }

    /// `CODE`, `CODE >YYMMDD`, `CODE <YYMMDD`, `CODE YYMMDD-YYMMDD`.
    static func role(_ text: String, origin: String, line: Int) throws -> ActorRole {
        let parts = text.utf8.split(separator: UInt8(ascii: " ")).map(Substring.init)
        let code = PetrarchLines.upper(parts[0])
        guard parts.count > 1 else { return ActorRole(code: code) }
        // Some files put a space after the comparison sign: `[HOB < 950601]`.
        let d = Substring(parts[1...].joined())
        func date(_ s: Substring) throws -> PartialDate {
            guard let v = PetrarchLines.date(s) else {
                throw InputError(origin: origin, line: line, message: "bad date '\(s)' in [\(text)]")
            }
            return v
        }
        if d.hasPrefix(">") { return ActorRole(code: code, from: try date(d.dropFirst())) }
        if d.hasPrefix("<") { return ActorRole(code: code, to: try date(d.dropFirst())) }
        let ends = d.split(separator: "-")
        guard ends.count == 2 else { throw InputError(origin: origin, line: line, message: "bad date range '\(d)'") }
        return ActorRole(code: code, from: try date(ends[0]), to: try date(ends[1]))
    }
}

/// Reads PETRARCH agent files (`Phoenix.agents.txt`): `!MACRO! = A, B` substitutions,
/// then `NAME {PLURALS} [~CODE]` lines (`~GOV` follows the country code, `NGO~` precedes it).
enum PetrarchAgentReader {
    static func read(_ text: String, origin: String, into dictionary: inout ActorDictionary, problems: inout [InputError]) {
        var macros: [String: [String]] = [:]
        for (number, line) in PetrarchLines.contentLines(text) {
            let t = line.trimmed
            if t.hasPrefix("!"), let eq = t.firstIndex(of: "=") {
                let key = t[..<eq].trimmed.uppercased()
                macros[key] = t[t.index(after: eq)...].split(separator: ",").map { $0.trimmed.uppercased() }
                continue
            }
            guard let (before, rawCode) = PetrarchLines.bracket(Substring(t)) else {
                problems.append(InputError(origin: origin, line: number, message: "agent without [code] (left out): \(t)"))
                continue
            }
            let prefixes = rawCode.hasSuffix("~")
            let code = rawCode.filter { $0 != "~" }.uppercased()
            var written = [Substring(before.trimmed)]
            if let open = before.firstIndex(of: "{"), let close = before.firstIndex(of: "}") {
                written = [before[..<open]] + before[before.index(after: open)..<close].split(separator: " ")
            }
            var names: [[NameWord]] = []
            for w in written where !w.trimmed.isEmpty {
                for expanded in substitute(w.trimmed.uppercased(), macros) {
                    // Agents match whole words (plurals through the lemma), not stems:
                    // "diplomat" must not match "diplomatic".
                    names.append(PetrarchLines.name(Substring(expanded)).map { NameWord($0.text) })
                }
            }
            dictionary.add(AgentEntry(names: names, code: code, prefixesCountry: prefixes))
        }
    }

    /// `CONGRESS!PERSON!` -> CONGRESSMAN, CONGRESSMEN, …
    private static func substitute(_ name: String, _ macros: [String: [String]]) -> [String] {
        for (key, values) in macros where name.contains(key) {
            return values.flatMap { substitute(name.replacingFirst(key, with: $0), macros) }
        }
        return [name]
    }
}

/// Reads PETRARCH discard files: one phrase a line, `+` for story-level discards.
enum PetrarchDiscardReader {
    static func read(_ text: String, into dictionary: inout EventDictionary) {
        for (_, line) in PetrarchLines.contentLines(text) {
            let t = Substring(line.trimmed)
            let story = t.hasPrefix("+")
            let words = PetrarchLines.name(story ? t.dropFirst() : t).map { NameWord($0.text) }
            if !words.isEmpty { dictionary.discards.append((words, story)) }
        }
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        return self[..<r.lowerBound] + replacement + self[r.upperBound...]
    }
}
