import KroniekCore

/// A parsed sentence prepared for coding: upper-cased match keys per word, children
/// lists, and the relation helpers the coder asks for. Built once per sentence.
struct SentenceView {
    let sentence: Sentence
    let words: [Word]
    /// For each word: its upper-cased form and lemma (and the joined particle-verb lemma).
    let keys: [[String]]
    let children: [[Int]]
    let relationBits: [Relations]
    /// Every key of every word, for quick "can this pattern match at all" checks.
    let allKeys: Set<String>

    init(_ sentence: Sentence) {
        self.sentence = sentence
        words = sentence.words
        var children = Array(repeating: [Int](), count: words.count)
        for (i, w) in words.enumerated() {
            if let h = w.head, h >= 0, h < words.count { children[h].append(i) }
        }
        self.children = children
        relationBits = sentence.words.map { Relations(name: $0.deprel ?? "") }
        keys = words.indices.map { i in
            let w = sentence.words[i]
            let form = w.form.uppercased()
            let lemma = (w.lemma ?? w.form).uppercased()
            return form == lemma ? [form] : [form, lemma]
        }
        allKeys = Set(keys.joined())
    }

    var count: Int { words.count }

    func head(_ i: Int) -> Int? {
        guard let h = words[i].head, h >= 0, h < words.count else { return nil }
        return h
    }

    /// Whether word `i` stands in one of `relations` to its head.
    func has(_ i: Int, _ relations: Relations) -> Bool { !relationBits[i].isDisjoint(with: relations) }

    func children(_ i: Int, _ relations: Relations) -> [Int] {
        children[i].filter { has($0, relations) }
    }

    /// The lemma joined with its separable particle (`binnen_vallen`), upper-cased.
    /// Replace by `Sentence.fullLemma(ofWord:)` once KroniekSyntax provides it on main.
    func fullLemma(_ i: Int) -> String {
        let lemma = (words[i].lemma ?? words[i].form).uppercased()
        guard let particle = children[i].first(where: { has($0, .compoundPrt) }) else { return lemma }
        return (words[particle].lemma ?? words[particle].form).uppercased() + "_" + lemma
    }

    /// The preposition (case marker) of a nominal, upper-cased, if any.
    func casePreposition(_ i: Int) -> String? {
        children[i].first { has($0, .caseMarker) }.map { keys[$0][0] }
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

    /// Whether the word carries a morphological feature value (`Polarity=Neg`), read
    /// without splitting the feature string.
    func hasFeature(_ i: Int, _ pair: String) -> Bool {
        let feats = Array(words[i].feats.utf8), target = Array(pair.utf8)
        guard feats.count >= target.count, !target.isEmpty else { return false }
        for start in 0...(feats.count - target.count) where start == 0 || feats[start - 1] == UInt8(ascii: "|") {
            let end = start + target.count
            if feats[start..<end].elementsEqual(target) && (end == feats.count || feats[end] == UInt8(ascii: "|")) { return true }
        }
        return false
    }
}
