import KroniekCore

/// A parsed sentence prepared for coding: upper-cased match keys per word, children
/// lists, and the relation helpers the coder asks for. Built once per sentence.
struct SentenceView {
    let sentence: Sentence
    let words: [Word]
    /// For each word: its upper-cased form and lemma (and the joined particle-verb lemma).
    let keys: [[String]]
    let children: [[Int]]

    init(_ sentence: Sentence) {
        self.sentence = sentence
        words = sentence.words
        var children = Array(repeating: [Int](), count: words.count)
        for (i, w) in words.enumerated() {
            if let h = w.head, h >= 0, h < words.count { children[h].append(i) }
        }
        self.children = children
        keys = words.indices.map { i in
            let w = sentence.words[i]
            let form = w.form.uppercased()
            let lemma = (w.lemma ?? w.form).uppercased()
            return form == lemma ? [form] : [form, lemma]
        }
    }

    var count: Int { words.count }

    func head(_ i: Int) -> Int? {
        guard let h = words[i].head, h >= 0, h < words.count else { return nil }
        return h
    }

    /// The relation without language subtypes, mapping UD v1 names onto v2 (`dobj` -> `obj`,
    /// `nsubjpass` -> `nsubj:pass`), so the coder works on both annotation versions.
    func relation(_ i: Int) -> String {
        switch words[i].deprel ?? "" {
        case "dobj": return "obj"
        case "nsubjpass": return "nsubj:pass"
        case "csubjpass": return "csubj:pass"
        case "auxpass": return "aux:pass"
        case "neg": return "advmod:neg"
        case "name": return "flat"
        case "mwe": return "fixed"
        case let d: return d
        }
    }

    func baseRelation(_ i: Int) -> String {
        let r = relation(i)
        if let colon = r.firstIndex(of: ":") { return String(r[..<colon]) }
        return r
    }

    func children(_ i: Int, _ relations: Set<String>) -> [Int] {
        children[i].filter { relations.contains(relation($0)) || relations.contains(baseRelation($0)) }
    }

    /// The lemma joined with its separable particle (`binnen_vallen`), upper-cased.
    /// Replace by `Sentence.fullLemma(ofWord:)` once KroniekSyntax provides it on main.
    func fullLemma(_ i: Int) -> String {
        let lemma = (words[i].lemma ?? words[i].form).uppercased()
        guard let particle = children[i].first(where: { relation($0) == "compound:prt" }) else { return lemma }
        return (words[particle].lemma ?? words[particle].form).uppercased() + "_" + lemma
    }

    /// The preposition (case marker) of a nominal, upper-cased, if any.
    func casePreposition(_ i: Int) -> String? {
        children[i].first { baseRelation($0) == "case" }.map { keys[$0][0] }
    }

    /// All words under `i` (including `i`), in text order, optionally pruning some children.
    func subtree(_ i: Int, excluding excluded: Set<Int> = []) -> [Int] {
        var out: [Int] = []
        var stack = [i]
        while let n = stack.popLast() {
            out.append(n)
            for c in children[n] where !excluded.contains(c) { stack.append(c) }
        }
        return out.sorted()
    }

    func isPunctuation(_ i: Int) -> Bool { words[i].upos == .PUNCT }
}
