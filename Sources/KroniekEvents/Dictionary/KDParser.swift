import KroniekCore
import KroniekEntities

/// Parses Kroniek's dictionary format (docs/dictionary-format.md). Every error names the
/// file and line.
struct KDParser {
    let origin: String
    private var dictionary = EventDictionary()
    private var language = "*"

    static func parse(_ text: String, origin: String) throws -> EventDictionary {
        var p = KDParser(origin: origin)
        try p.parse(text)
        return p.dictionary
    }

    private init(origin: String) { self.origin = origin }

    private func error(_ line: Int, _ message: String) -> InputError {
        InputError(origin: origin, line: line, message: message)
    }

    /// A block: its keyword line and its indented lines.
    private struct Block {
        var line: Int
        var keyword: String
        var rest: String
        var body: [(line: Int, text: String)] = []
    }

    private mutating func parse(_ text: String) throws {
        var blocks: [Block] = []
        var number = 0
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let line = Self.stripComment(raw)
            guard !line.trimmed.isEmpty else { continue }
            if line.first!.isWhitespace {
                guard !blocks.isEmpty else { throw error(number, "indented line outside a block") }
                blocks[blocks.count - 1].body.append((number, line.trimmed))
            } else {
                let t = line.trimmed
                let keyword = String(t.prefix { !$0.isWhitespace })
                blocks.append(Block(line: number, keyword: keyword, rest: String(t.dropFirst(keyword.count)).trimmed))
            }
        }
        for b in blocks { try handle(b) }
    }

    /// `#` starts a comment unless it is inside a word.
    private static func stripComment(_ line: Substring) -> String {
        var out = ""
        var previous: Character = " "
        for c in line {
            if c == "#" && previous.isWhitespace { break }
            out.append(c); previous = c
        }
        return out.hasSuffix("\r") ? String(out.dropLast()) : out
    }

    private mutating func handle(_ b: Block) throws {
        switch b.keyword {
        case "language":
            guard !b.rest.isEmpty else { throw error(b.line, "language needs a code") }
            language = b.rest.lowercased()
        case "actor": try actor(b)
        case "country": try country(b)
        case "agent":  // `agent GOV = president | leader`, as docs/dictionary-format.md gives it
            let (names, code) = try assignment(b.rest, b.line, codeFirst: true)
            dictionary.actors.add(AgentEntry(names: names, code: code == "counterpart" ? "" : code.uppercased()))
        case "verb": try verb(b)
        case "noun":
            let (names, code) = try assignment(b.rest, b.line)
            let c = try eventCode(code, b.line)
            for n in names { dictionary.nouns[n.map(\.text).joined(separator: " ")] = (c, "noun \(n.map(\.text).joined(separator: " ")) (\(origin):\(b.line))") }
        case "discard":
            for n in Self.names(b.rest) { dictionary.discards.append((n, false)) }
        case "cue":
            let (names, kindText) = try assignment(b.rest, b.line, codeFirst: true)
            guard let kind = CueKind(rawValue: kindText) else { throw error(b.line, "unknown cue kind '\(kindText)'") }
            for n in names { dictionary.addCue(kind, n.map(\.text), language: language) }
        default:
            throw error(b.line, "unknown keyword '\(b.keyword)'")
        }
    }

    /// `A | B c = CODE` -> names and code; `codeFirst` reads `KIND = A | B`.
    private func assignment(_ text: String, _ line: Int, codeFirst: Bool = false) throws -> ([[NameWord]], String) {
        guard let eq = text.firstIndex(of: "=") else { throw error(line, "expected '=' in '\(text)'") }
        let left = String(text[..<eq]).trimmed, right = String(text[text.index(after: eq)...]).trimmed
        let (namesText, code) = codeFirst ? (right, left) : (left, right)
        guard !code.isEmpty, !code.contains(" ") else { throw error(line, "expected one code, got '\(code)'") }
        let names = Self.names(namesText)
        guard !names.isEmpty else { throw error(line, "no names before '='") }
        return (names, code)
    }

    static func names(_ text: String) -> [[NameWord]] {
        text.split(separator: "|").map { $0.split(separator: " ").map { NameWord(String($0).uppercased()) } }.filter { !$0.isEmpty }
    }

    private func eventCode(_ text: String, _ line: Int) throws -> EventCodeAssignment {
        let parts = text.split(separator: ":").map(String.init)
        for p in parts {
            do { _ = try CameoOntology.lookup(p) } catch { throw self.error(line, error.description) }
        }
        return EventCodeAssignment(primary: parts[0], reverse: parts.count > 1 ? parts[1] : nil)
    }

    private func date(_ text: Substring, _ line: Int) throws -> PartialDate? {
        if text.isEmpty { return nil }
        guard let d = PartialDate(iso: String(text)) else { throw error(line, "bad date '\(text)'") }
        return d
    }

    private func role(_ text: String, _ line: Int) throws -> ActorRole {
        let parts = text.split(separator: " ", maxSplits: 2).map(String.init)
        guard let code = parts.first else { throw error(line, "role needs a code") }
        guard parts.count > 1, parts[1].contains("..") else {
            return ActorRole(code: code.uppercased(), note: parts.count > 1 ? parts[1...].joined(separator: " ") : nil)
        }
        let range = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        guard range.count == 3, range[1].isEmpty else { throw error(line, "bad date range '\(parts[1])' (expected FROM..TO)") }
        return ActorRole(code: code.uppercased(), from: try date(range[0], line), to: try date(range[2], line),
                         note: parts.count > 2 ? parts[2] : nil)
    }

    private mutating func actor(_ b: Block) throws {
        if b.rest.contains("=") {
            let (names, code) = try assignment(b.rest, b.line)
            guard b.body.isEmpty else { throw error(b.line, "one-line actor with a block") }
            dictionary.actors.add(ActorEntry(names: names, roles: [ActorRole(code: code.uppercased())]))
            return
        }
        var roles: [ActorRole] = []
        for (n, t) in b.body {
            guard t.hasPrefix("role ") else { throw error(n, "expected 'role CODE [FROM..TO] [note]'") }
            roles.append(try role(String(t.dropFirst(5)).trimmed, n))
        }
        guard !roles.isEmpty else { throw error(b.line, "actor without code or roles") }
        dictionary.actors.add(ActorEntry(names: Self.names(b.rest), roles: roles))
    }

    private mutating func country(_ b: Block) throws {
        let code = b.rest.uppercased()
        guard !code.isEmpty, !code.contains(" ") else { throw error(b.line, "country needs one code") }
        var names: [[NameWord]] = []
        for (n, t) in b.body {
            let key = String(t.prefix { !$0.isWhitespace })
            let rest = String(t.dropFirst(key.count)).trimmed
            switch key {
            case "name", "adjective", "demonym", "capital": names += Self.names(rest)
            case "metonym":
                let (m, c) = try assignment(rest, n)
                dictionary.actors.add(ActorEntry(names: m, roles: [ActorRole(code: c.uppercased())]))
            default: throw error(n, "unknown country line '\(key)'")
            }
        }
        dictionary.actors.add(ActorEntry(names: names, roles: [ActorRole(code: code)]))
    }

    private mutating func verb(_ b: Block) throws {
        let (heads, code) = try assignment(b.rest, b.line)
        let assignment = try eventCode(code, b.line)
        var patterns: [VerbPattern] = []
        for (n, t) in b.body {
            guard let eq = t.lastIndex(of: "=") else { throw error(n, "expected 'words = CODE'") }
            let c = try eventCode(String(t[t.index(after: eq)...]).trimmed, n)
            patterns.append(VerbPattern(before: [], after: Self.elements(String(t[..<eq])), code: c, text: t, anywhere: true))
        }
        patterns.sort { $0.specificity > $1.specificity }
        for head in heads {
            let words = head.map(\.text).filter { !["+", "$"].contains($0) }
            let family = dictionary.addFamily(VerbFamily(name: words.joined(separator: " "), code: assignment, patterns: patterns))
            dictionary.add(VerbEntry(lemma: words[0], wordsAfter: Array(words.dropFirst()), code: assignment,
                                     family: family, origin: "\(origin):\(b.line)"))
        }
    }

    /// `met sanctie | sancties`: words in order; `|` gives alternatives for one position,
    /// `*` any words between, `+` the target phrase, `$` the source phrase.
    static func elements(_ text: String) -> [PatternElement] {
        var out: [PatternElement] = []
        var joinNext = false
        for token in text.split(separator: " ") {
            switch token {
            case "|": joinNext = true; continue
            case "*": continue
            case "+": out.append(.target)
            case "$": out.append(.source)
            default:
                let w = [NameWord(String(token).uppercased())]
                if joinNext, case .word(let alts, let adj)? = out.last {
                    out[out.count - 1] = .word(alternatives: alts + [w], adjacent: adj)
                } else {
                    out.append(.word(alternatives: [w], adjacent: false))
                }
            }
            joinNext = false
        }
        return out
    }
}
