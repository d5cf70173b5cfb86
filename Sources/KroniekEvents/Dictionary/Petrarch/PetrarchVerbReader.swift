import KroniekCore
import KroniekEntities

/// Reads a PETRARCH verb dictionary (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`):
/// synsets (`&NAME` with `+member` lines), verb families (`--- NAME [code] ---`), verb
/// lines (`WORD {FORMS}`, `WIRE_+TAP` for a multiword verb whose head is marked `+`,
/// optional own `[code]`), and patterns (`- words * words [code]`). Transformation lines
/// (`~ …`) are not used by the coder and are skipped. A code outside CAMEO is coded as
/// PETRARCH 2 codes it (`PetrarchCodeStandIn`) and listed in `recoded`.
struct PetrarchVerbReader {
    let origin: String
    let requiresCameo: Bool
    private var synsets: [String: [[NameWord]]] = [:]
    private var dictionary = EventDictionary()
    private var recoded: [InputError] = []

    init(origin: String, requiresCameo: Bool) {
        self.origin = origin
        self.requiresCameo = requiresCameo
        dictionary.requiresCameo = requiresCameo
    }

    /// The dictionary of `text`; lines whose code was replaced by PETRARCH 2's stand-in
    /// are added to `recoded`.
    static func read(_ text: String, origin: String, requiresCameo: Bool, recoded: inout [InputError]) throws -> EventDictionary {
        var reader = PetrarchVerbReader(origin: origin, requiresCameo: requiresCameo)
        try reader.parse(text)
        recoded += reader.recoded
        return reader.dictionary
    }

    private mutating func parse(_ text: String) throws {
        var currentSynset: String?
        var family: Int?
        var pendingSynsetRefs: [(synset: String, member: Substring, line: Int)] = []
        for (number, line) in PetrarchLines.contentLines(text) {
          // A broken line (no code, no verb position, a code outside CAMEO) is left out
          // and reported, never coded; PETRARCH's own validation files test exactly that.
          do {
            let t = Substring(line.trimmed)
            if t.hasPrefix("&") {
                currentSynset = Self.synsetName(t)
                family = nil
                synsets[currentSynset!, default: []] = synsets[currentSynset!] ?? []
            } else if t.hasPrefix("+"), let s = currentSynset {
                let member = t.dropFirst()
                if member.hasPrefix("&") { pendingSynsetRefs.append((s, member, number)) }
                else { synsets[s]!.append(PetrarchLines.name(member).map { NameWord($0.text) }) }
            } else if t.hasPrefix("---") {
                currentSynset = nil
                let inner = t.drop(while: { $0 == "-" || $0 == " " })
                let code = try PetrarchLines.bracket(inner).map { try assignment($0.code, line: number) } ?? nil
                let name = (PetrarchLines.bracket(inner)?.before ?? inner).trimmed
                family = dictionary.addFamily(VerbFamily(name: name, code: code))
            } else if t.hasPrefix("-"), let f = family {
                guard let (body, codeText) = PetrarchLines.bracket(t.dropFirst()) else {
                    throw InputError(origin: origin, line: number, message: "pattern without [code]: \(t)")
                }
                let code = try assignment(codeText, line: number) ?? EventCodeAssignment(primary: nil)
                dictionary.families[f].patterns.append(try pattern(body, code: code, line: number))
            } else if t.hasPrefix("~") || (t.hasPrefix("+") && family == nil) {
                continue
            } else if let f = family {
                try addVerb(t, family: f, line: number)
            }
          } catch let problem as InputError {
            dictionary.problems.append(problem)
          }
        }
        // Synsets that include other synsets, resolved once all are read.
        for ref in pendingSynsetRefs {
            synsets[ref.synset]! += synsets[Self.synsetName(ref.member)] ?? []
        }
        // Patterns were parsed before all synsets were known: re-expand them.
        for f in dictionary.families.indices {
            dictionary.families[f].patterns = dictionary.families[f].patterns.map(expandSynsets)
            dictionary.families[f].patterns.sort { $0.specificity > $1.specificity }
        }
    }

    private static func synsetName(_ t: Substring) -> String {
        var name = t.prefix(while: { !$0.isWhitespace }).uppercased()
        while name.hasSuffix("_") { name.removeLast() }
        return name
    }

    private mutating func assignment(_ code: String, line: Int) throws -> EventCodeAssignment? {
        var parts = code.split(separator: ":").map { String($0).trimmed }
        guard let first = parts.first, first != "---" else { return nil }
        // Private codes of validation dictionaries are still codes: they start with a digit
        // (`345`, `174L`); PETRARCH's tests use `+++` or `###` for lines it must reject.
        if !requiresCameo, let bad = parts.first(where: { !($0.first?.isNumber ?? false) }) {
            throw InputError(origin: origin, line: line, message: "malformed event code '\(bad)' (line left out)")
        }
        if requiresCameo {
            for (n, p) in parts.enumerated() {
                do { _ = try CameoOntology.lookup(p) } catch {
                    guard let standIn = PetrarchCodeStandIn.code(for: p) else {
                        throw InputError(origin: origin, line: line, message: error.description + " (line left out)")
                    }
                    recoded.append(InputError(origin: origin, line: line, message: "\(error.description), coded \(standIn.code), \(standIn.reason)"))
                    parts[n] = standIn.code
                }
            }
        }
        return EventCodeAssignment(primary: parts[0], reverse: parts.count > 1 ? parts[1] : nil)
    }

    /// `WORD {FORMS}`, `WIRE_+TAP {…}`, `ASK [020]`. The verb is indexed under its base,
    /// the forms in braces and its regular inflections, so it is found by word form even
    /// where a parser's lemma is wrong ("welcomed" -> "welcom").
    private mutating func addVerb(_ t: Substring, family: Int, line: Int) throws {
        var body = t
        var code: EventCodeAssignment? = nil
        if let (before, c) = PetrarchLines.bracket(t) { body = before; code = try assignment(c, line: line) }
        var irregular: [String] = []
        if let brace = body.firstIndex(of: "{") {
            let close = body[brace...].firstIndex(of: "}") ?? body.endIndex
            irregular = body[body.index(after: brace)..<close].split(separator: " ").map { Self.head(of: $0) }
            body = body[..<brace]
        }
        let words = body.trimmed.uppercased().split(whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
        guard !words.isEmpty else { return }
        let headIndex = words.firstIndex { $0.hasPrefix("+") } ?? 0
        let clean = words.map { $0.hasPrefix("+") ? String($0.dropFirst()) : $0 }
        let base = clean[headIndex]
        for form in Set([base] + EnglishInflection.regularForms(base) + irregular) {
            dictionary.add(VerbEntry(lemma: form, base: base, wordsBefore: Array(clean[..<headIndex]),
                                     wordsAfter: Array(clean[(headIndex + 1)...]),
                                     code: code, family: family, origin: "\(origin):\(line)"))
        }
    }

    /// The head word of a listed form (`WIRE_+TAPPED` -> `TAPPED`).
    private static func head(of form: Substring) -> String {
        let parts = form.uppercased().split(separator: "_")
        return String((parts.first { $0.hasPrefix("+") } ?? parts.last ?? "").drop { $0 == "+" })
    }

    private func pattern(_ body: Substring, code: EventCodeAssignment, line: Int) throws -> VerbPattern {
        var before: [PatternElement] = [], after: [PatternElement] = []
        var seenVerb = false
        for chunk in Self.separatingVerbMark(body).split(whereSeparator: { $0 == " " || $0 == "\t" }) {
            let pieces = chunk.split(separator: "_", omittingEmptySubsequences: false)
            for (i, rawPiece) in pieces.enumerated() {
                if rawPiece.filter({ !"{}()".contains($0) }) == "^" {
                    if seenVerb { after.append(.skip) } else { before.append(.skip) }
                    continue
                }
                let piece = rawPiece.filter { !"{}()^".contains($0) }
                var elements: [PatternElement] = []
                var word = Substring(piece)
                while let m = word.first, "+$%".contains(m) {
                    elements.append(m == "+" ? .target : m == "$" ? .source : .compound)
                    word = word.dropFirst()
                }
                if word == "*" { seenVerb = true; continue }
                if !word.isEmpty {
                    let alternatives: [[NameWord]] = word.hasPrefix("&")
                        ? [[NameWord("&" + Self.synsetName(word))]]
                        : [[NameWord(String(word).uppercased())]]
                    elements.append(.word(alternatives: alternatives, adjacent: i > 0 && !pieces[i - 1].isEmpty))
                }
                if seenVerb { after += elements } else { before += elements }
            }
        }
        guard seenVerb else { throw InputError(origin: origin, line: line, message: "pattern without '*': \(body.trimmed)") }
        return VerbPattern(before: before, after: after, code: code, text: "- " + body.trimmed)
    }

    /// `*SCEPTICAL` -> `* SCEPTICAL`: the verb mark stands alone unless joined with `_`.
    private static func separatingVerbMark(_ body: Substring) -> String {
        var out = ""
        var previous: Character = " "
        for c in body {
            if c == "*" && previous.isLetter { out.append(" ") }
            if previous == "*" && c.isLetter { out.append(" ") }
            out.append(c); previous = c
        }
        return out
    }

    /// Replaces `&SYNSET` placeholders by the synset's members.
    private func expandSynsets(_ p: VerbPattern) -> VerbPattern {
        func expand(_ e: PatternElement) -> PatternElement {
            guard case .word(let alts, let adjacent) = e else { return e }
            let out = alts.flatMap { alt -> [[NameWord]] in
                guard alt.count == 1, alt[0].text.hasPrefix("&") else { return [alt] }
                return synsets[String(alt[0].text.dropFirst())] ?? []
            }
            return .word(alternatives: out, adjacent: adjacent)
        }
        return VerbPattern(before: p.before.map(expand), after: p.after.map(expand), code: p.code, text: p.text, anywhere: p.anywhere)
    }
}
