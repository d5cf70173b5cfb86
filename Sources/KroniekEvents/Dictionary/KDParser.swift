import KroniekCore
import KroniekEntities

/// Parses Kroniek's dictionary format (docs/dictionary-format.md). Every error names the
/// file and line.
struct KDParser {
    let origin: String
    private var dictionary = EventDictionary()
    private var language = "*"
    /// `codes private`: this file's event codes are not CAMEO (validation dictionaries).
    private var privateCodes = false

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
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        while lineStart < bytes.endIndex {
            number += 1
            let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = Self.stripComment(Substring(bytes[lineStart..<newline]))
            lineStart = newline < bytes.endIndex ? bytes.index(after: newline) : newline
            let t = line.trimmedSubstring
            guard !t.isEmpty else { continue }
            if line.utf8.first == UInt8(ascii: " ") || line.utf8.first == UInt8(ascii: "\t") {
                guard !blocks.isEmpty else { throw error(number, "indented line outside a block") }
                blocks[blocks.count - 1].body.append((number, String(t)))
            } else {
                let keyword = t.prefix { $0 != " " && $0 != "\t" }
                blocks.append(Block(line: number, keyword: String(keyword), rest: t[keyword.endIndex...].trimmed))
            }
        }
        for b in blocks { try handle(b) }
    }

    /// `#` starts a comment unless it is inside a word (read on UTF-8 bytes: dictionaries
    /// imported from PETRARCH have several hundred thousand lines).
    private static func stripComment(_ line: Substring) -> Substring {
        let u = line.utf8
        var previous = UInt8(ascii: " ")
        var end = u.endIndex
        var i = u.startIndex
        while i < u.endIndex {
            let b = u[i]
            if b == UInt8(ascii: "#") && (previous == 32 || previous == 9) { end = i; break }
            previous = b
            i = u.index(after: i)
        }
        var cut = line[..<end]
        if cut.utf8.last == 13 { cut = cut.dropLast() }
        return cut
    }

    private mutating func handle(_ b: Block) throws {
        switch b.keyword {
        case "language":
            guard !b.rest.isEmpty else { throw error(b.line, "language needs a code") }
            language = b.rest.lowercased()
        case "codes":
            guard b.rest == "private" || b.rest == "cameo" else { throw error(b.line, "expected 'codes private' or 'codes cameo'") }
            privateCodes = b.rest == "private"
            if privateCodes { dictionary.requiresCameo = false }
        case "agents-without-country":
            guard b.rest == "code" else { throw error(b.line, "expected 'agents-without-country code'") }
            dictionary.codesAgentsWithoutCountry = true
        case "negate":
            let parts = b.rest.split(separator: "=").map { String($0).trimmed }
            guard parts.count == 2 else { throw error(b.line, "expected 'negate CODE = CODE'") }
            for c in parts { _ = try eventCode(c, b.line) }
            dictionary.negatedCodes[parts[0]] = parts[1]
        case "actor": try actor(b)
        case "country": try country(b)
        case "agent":
            let (names, code) = try assignment(b.rest, b.line, codeFirst: true)
            let prefixes = code.hasSuffix("~")
            let bare = code.filter { $0 != "~" }.uppercased()
            dictionary.actors.add(AgentEntry(names: names, code: bare == "COUNTERPART" ? "" : bare, prefixesCountry: prefixes,
                                             language: language))
        case "verb": try verb(b)
        case "noun":
            let (names, code) = try assignment(b.rest, b.line)
            let c = try eventCode(code, b.line)
            for n in names {
                let word = n.map(\.text).joined(separator: " ")
                dictionary.nouns[word, default: []].append(NounEntry(code: c, origin: "noun \(word) (\(origin):\(b.line))", language: language))
            }
        case "discard", "discard-story":
            for n in Self.names(b.rest) { dictionary.discards.append((n, b.keyword == "discard-story")) }
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

    /// `Joe Biden | Biden | argentin*`: alternatives of space-separated words; a word
    /// ending in `*` matches every word that starts with it.
    static func names(_ text: String) -> [[NameWord]] {
        text.utf8.split(separator: UInt8(ascii: "|")).map { alternative in
            alternative.split(separator: UInt8(ascii: " ")).map { bytes in
                let w = Substring(bytes)
                return w.utf8.count > 1 && w.utf8.last == UInt8(ascii: "*")
                    ? NameWord(PetrarchLines.upper(w.dropLast()), prefix: true) : NameWord(PetrarchLines.upper(w))
            }
        }.filter { !$0.isEmpty }
    }

    /// `0256`, `042:043` (with the reverse event), `---` (matches, codes nothing).
    private func eventCode(_ text: String, _ line: Int) throws -> EventCodeAssignment {
        if text == "---" { return EventCodeAssignment(primary: nil) }
        let parts = text.split(separator: ":").map(String.init)
        for p in parts where !privateCodes {
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
        let isRange = parts.count > 1 && parts[1].utf8.contains(UInt8(ascii: ".")) && parts[1].split(separator: ".", omittingEmptySubsequences: false).count == 3
        if parts.count > 1, !isRange, parts[1].first?.isNumber == true {
            throw error(line, "bad date range '\(parts[1])' (expected FROM..TO)")
        }
        guard isRange else {
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
            dictionary.actors.add(ActorEntry(names: names, roles: [ActorRole(code: code.uppercased())], language: language))
            return
        }
        var roles: [ActorRole] = []
        for (n, t) in b.body {
            guard t.hasPrefix("role ") else { throw error(n, "expected 'role CODE [FROM..TO] [note]'") }
            roles.append(try role(String(t.dropFirst(5)).trimmed, n))
        }
        guard !roles.isEmpty else { throw error(b.line, "actor without code or roles") }
        dictionary.actors.add(ActorEntry(names: Self.names(b.rest), roles: roles, language: language))
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
                dictionary.actors.add(ActorEntry(names: m, roles: [ActorRole(code: c.uppercased())], language: language))
            default: throw error(n, "unknown country line '\(key)'")
            }
        }
        dictionary.actors.add(ActorEntry(names: names, roles: [ActorRole(code: code)], language: language))
    }

    private mutating func verb(_ b: Block) throws {
        let (heads, code) = try assignment(b.rest, b.line)
        let assignment = try eventCode(code, b.line)
        var patterns: [VerbPattern] = []
        for (n, t) in b.body {
            guard let eq = t.lastIndex(of: "=") else { throw error(n, "expected 'words = CODE'") }
            let c = try eventCode(String(t[t.index(after: eq)...]).trimmed, n)
            let (before, after, sided) = try Self.pattern(String(t[..<eq]), line: n, origin: origin)
            patterns.append(VerbPattern(before: before, after: after, code: c, text: t, anywhere: !sided))
        }
        patterns.sort { $0.specificity > $1.specificity }
        let family = dictionary.addFamily(VerbFamily(name: heads[0].map(\.text).joined(separator: " "), code: assignment, patterns: patterns))
        for head in heads {
            // `wire_+tap`: words before the head verb, joined to it with `_+`.
            var words = head.map(\.text).filter { !["+", "$"].contains($0) }
            var before: [String] = []
            if let joined = words.first, joined.contains("_+") {
                let parts = joined.split(separator: "_").map(String.init)
                let h = parts.firstIndex { $0.hasPrefix("+") } ?? 0
                before = Array(parts[..<h])
                words[0] = String(parts[h].dropFirst())
            }
            // `restore+`: the head and its regular English inflections.
            let base = words[0].hasSuffix("+") ? String(words[0].dropLast()) : words[0]
            let forms = words[0].hasSuffix("+") ? [base] + EnglishInflection.regularForms(base) : [base]
            for form in forms {
                dictionary.add(VerbEntry(lemma: form, base: base, wordsBefore: before, wordsAfter: Array(words.dropFirst()),
                                         code: assignment, family: family, origin: "\(origin):\(b.line)", language: language))
            }
        }
    }

    /// A refinement line. Without `~` its words are looked for among all dependents of the
    /// verb; with `~` (the verb's place) the words before it must precede the verb and the
    /// rest follow it. `a_b`: b right after a. `(x y | z)`: one place, alternatives of one
    /// or more words. `a | b`: alternatives for one word. `*`: any words (the default).
    /// `+` target, `$` source, `%` a coordination giving events both ways, `^` skip a phrase.
    static func pattern(_ text: String, line: Int, origin: String) throws -> ([PatternElement], [PatternElement], Bool) {
        var before: [PatternElement] = [], after: [PatternElement] = []
        var sided = false
        var alternativeNext = false
        func append(_ e: PatternElement) { if sided { after.append(e) } else { before.append(e) } }
        func appendWord(_ alts: [[NameWord]], adjacent: Bool) {
            var list = sided ? after : before
            if alternativeNext, case .word(let old, let adj)? = list.last {
                list[list.count - 1] = .word(alternatives: old + alts, adjacent: adj)
                if sided { after = list } else { before = list }
            } else { append(.word(alternatives: alts, adjacent: adjacent)) }
            alternativeNext = false
        }
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isWhitespace { i = text.index(after: i); continue }
            if c == "(" {
                guard let close = text[i...].firstIndex(of: ")") else {
                    throw InputError(origin: origin, line: line, message: "unclosed '(' in pattern")
                }
                let inner = text[text.index(after: i)..<close]
                appendWord(names(String(inner)), adjacent: false)
                i = text.index(after: close)
                continue
            }
            let end = text[i...].firstIndex(where: { $0.isWhitespace || $0 == "(" }) ?? text.endIndex
            let token = text[i..<end]
            i = end
            switch token {
            case "~": sided = true
            case "|": alternativeNext = true
            case "*": continue
            case "+": append(.target)
            case "$": append(.source)
            case "%": append(.compound)
            case "^": append(.skip)
            default:
                for (k, piece) in token.split(separator: "_").enumerated() {
                    appendWord([[NameWord(String(piece).uppercased())]], adjacent: k > 0)
                }
            }
        }
        if !sided { return ([], before, false) }
        return (before, after, true)
    }
}
