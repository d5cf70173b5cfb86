import KroniekCore
import KroniekEntities

/// Writes an `EventDictionary` in Kroniek's dictionary format, so imported PETRARCH
/// dictionaries can be read, edited and loaded like any other (`kroniek dict import`).
public enum KDWriter {
    public static func write(_ d: EventDictionary, header: String) -> String {
        var out = header.split(separator: "\n", omittingEmptySubsequences: false).map { "# " + $0 }.joined(separator: "\n") + "\n\n"
        if !d.requiresCameo { out += "codes private\n\n" }
        if d.codesAgentsWithoutCountry { out += "agents-without-country code\n\n" }
        for (code, negated) in d.negatedCodes.sorted(by: { $0.key < $1.key }) { out += "negate \(code) = \(negated)\n" }
        if !d.negatedCodes.isEmpty { out += "\n" }
        for (language, kinds) in d.cues.sorted(by: { $0.key < $1.key }) {
            out += "language \(language)\n"
            for kind in CueKind.allCases {
                guard let list = kinds[kind], !list.isEmpty else { continue }
                out += "cue \(kind.rawValue) = " + list.map { $0.joined(separator: " ").lowercased() }.joined(separator: " | ") + "\n"
            }
            out += "language *\n\n"
        }
        out += verbs(d)
        for (noun, entries) in d.nouns.sorted(by: { $0.key < $1.key }) {
            for entry in entries {
                let language = entry.language == "*" ? "" : "language \(entry.language)\n"
                out += language + "noun \(noun.lowercased()) = \(code(entry.code))\n" + (language.isEmpty ? "" : "language *\n")
            }
        }
        for actor in d.actors.actors { out += self.actor(actor) }
        for agent in d.actors.agents {
            let code = agent.prefixesCountry ? agent.code + "~" : agent.code
            out += "agent \(code.isEmpty ? "counterpart" : code) = " + agent.names.map(name).joined(separator: " | ") + "\n"
        }
        for discard in d.discards {
            out += (discard.story ? "discard-story " : "discard ") + name(discard.words) + "\n"
        }
        return out
    }

    private static func code(_ a: EventCodeAssignment) -> String {
        (a.primary ?? "---") + (a.reverse.map { ":" + $0 } ?? "")
    }

    private static func name(_ words: [NameWord]) -> String {
        words.map { $0.text.lowercased() + ($0.prefix ? "*" : "") }.joined(separator: " ")
    }

    private static func actor(_ a: ActorEntry) -> String {
        let names = a.names.map(name).joined(separator: " | ")
        if a.roles.count == 1, !a.roles[0].isDated { return "actor \(names) = \(a.roles[0].code)\n" }
        var out = "actor \(names)\n"
        for r in a.roles {
            out += "  role \(r.code)"
            if r.isDated { out += " \(r.from?.description ?? "")..\(r.to?.description ?? "")" }
            if let note = r.note { out += " \(note)" }
            out += "\n"
        }
        return out
    }

    /// One `verb` block per family and code, heads listed with their forms.
    private static func verbs(_ d: EventDictionary) -> String {
        struct Key: Hashable { var family: Int; var code: String?; var before: [String]; var after: [String] }
        var heads: [Key: Set<String>] = [:]
        var order: [Key] = []
        for entries in d.verbs.values {
            for e in entries {
                let key = Key(family: e.family, code: e.code.map(code), before: e.wordsBefore, after: e.wordsAfter)
                if heads[key] == nil { order.append(key) }
                // Generated inflections are written once, as `base+`.
                let inflected = e.lemma != e.base && EnglishInflection.regularForms(e.base).contains(e.lemma)
                heads[key, default: []].insert(inflected ? e.base + "+" : e.lemma)
            }
        }
        for key in order where heads[key]!.contains(where: { $0.hasSuffix("+") }) {
            heads[key] = heads[key]!.filter { !heads[key]!.contains($0 + "+") }
        }
        order.sort { a, b in
            (a.family, a.code ?? "", a.before.joined(separator: " "), a.after.joined(separator: " "))
                < (b.family, b.code ?? "", b.before.joined(separator: " "), b.after.joined(separator: " "))
        }
        var out = ""
        for key in order {
            let family = d.families[key.family]
            let words = heads[key]!.sorted().map { head -> String in
                (key.before.map { $0.lowercased() + "_" }.joined() + (key.before.isEmpty ? "" : "+") + head.lowercased()
                    + key.after.map { " " + $0.lowercased() }.joined())
            }
            let assigned = key.code ?? family.code.map(code) ?? "---"
            out += "verb " + words.joined(separator: " | ") + " = \(assigned)    # \(family.name)\n"
            for p in family.patterns { out += "  " + pattern(p) + " = " + code(p.code) + "\n" }
        }
        return out + "\n"
    }

    private static func pattern(_ p: VerbPattern) -> String {
        func render(_ elements: [PatternElement]) -> [String] {
            var tokens: [String] = []
            for e in elements {
                switch e {
                case .target: tokens.append("+")
                case .source: tokens.append("$")
                case .compound: tokens.append("%")
                case .skip: tokens.append("^")
                case .word(let alts, let adjacent):
                    let text = alts.count == 1 && alts[0].count == 1
                        ? alts[0][0].text.lowercased()
                        : "(" + alts.map { $0.map { $0.text.lowercased() }.joined(separator: " ") }.joined(separator: " | ") + ")"
                    if adjacent, let last = tokens.last, !["+", "$", "%", "~"].contains(last) {
                        tokens[tokens.count - 1] = last + "_" + text
                    } else { tokens.append(text) }
                }
            }
            return tokens
        }
        if p.anywhere { return render(p.after).joined(separator: " ") }
        return (render(p.before) + ["~"] + render(p.after)).joined(separator: " ")
    }
}
