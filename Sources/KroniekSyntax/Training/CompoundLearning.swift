import KroniekCore

extension CompoundSplitter {
    /// Word classes whose lemmas may be first parts of a compound (`Philips-team`, `24-jarige`).
    static let baseTags: Set<UPOS> = [.NOUN, .ADJ, .PROPN, .NUM]

    /// Learns first parts from training lemmas; nil when the current-convention sentences write
    /// no compound lemmas (English, or a treebank without that convention).
    init?(all sentences: [Sentence], current: [Sentence]) {
        var bases = Set<String>()
        for s in sentences {
            for w in s.words {
                guard let u = w.upos, Self.baseTags.contains(u), let lemma = w.lemma, !lemma.contains("_") else { continue }
                bases.insert(lemma.lowercased())
            }
        }
        var spellings: [String: String] = [:]
        for s in current {
            for w in s.words where w.upos != .VERB && w.upos != .AUX {
                guard let lemma = w.lemma, lemma.contains("_") else { continue }
                for (surface, base) in Self.firstParts(form: w.form.lowercased(), lemma: lemma.lowercased()) {
                    spellings[surface] = base
                    bases.insert(base)
                }
            }
        }
        guard !spellings.isEmpty else { return nil }
        self.init(bases: bases, spellings: spellings)
    }

    /// How each first part of `lemma` is spelled in `form` (`vrouwenwijding`, `vrouw_wijding` →
    /// `vrouwen` → `vrouw`): the spelling after which the next part begins. Stops at the first
    /// part it cannot find.
    static func firstParts(form: String, lemma: String) -> [(surface: String, base: String)] {
        var out: [(String, String)] = []
        var rest = Substring(form)
        let parts = lemma.split(separator: "_")
        for (part, next) in zip(parts, parts.dropFirst()) {
            let spelled = ([""] + linkingMorphemes).map { String(part) + $0 }.first { surface in
                guard rest.hasPrefix(surface) else { return false }
                let after = rest.dropFirst(surface.count)
                return (after.hasPrefix("-") ? after.dropFirst() : after).hasPrefix(next.prefix(2))
            }
            guard let surface = spelled else { break }
            out.append((surface, String(part)))
            rest = rest.dropFirst(surface.count)
            if rest.hasPrefix("-") { rest = rest.dropFirst() }
        }
        return out
    }
}
