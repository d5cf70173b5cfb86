import KroniekCore
import KroniekSyntax

/// A parsed sentence prepared for coding: upper-cased match keys per word, children
/// lists, and the relation helpers the coder asks for. Built once per sentence.
struct SentenceView {
    let sentence: Sentence
    let words: [Word]
    /// For each word: its upper-cased form and lemma (and the joined particle-verb lemma).
    let keys: [[String]]
    let children: [[Int]]
    let relationBits: [Relations]

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
            let form = Self.upper(w.form)
            let lemma = w.lemma.map(Self.upper) ?? form
            return form == lemma ? [form] : [form, lemma]
        }

    }

    var count: Int { words.count }

    /// Upper case, with a fast path for ASCII words.
    static func upper(_ s: String) -> String {
        var bytes = Array(s.utf8)
        guard bytes.allSatisfy({ $0 < 128 }) else { return s.uppercased() }
        for i in bytes.indices where bytes[i] >= 97 && bytes[i] <= 122 { bytes[i] -= 32 }
        return String(decoding: bytes, as: UTF8.self)
    }

    func head(_ i: Int) -> Int? {
        guard let h = words[i].head, h >= 0, h < words.count else { return nil }
        return h
    }

    /// Whether word `i` stands in one of `relations` to its head.
    func has(_ i: Int, _ relations: Relations) -> Bool { !relationBits[i].isDisjoint(with: relations) }

    func children(_ i: Int, _ relations: Relations) -> [Int] {
        children[i].filter { has($0, relations) }
    }

    /// The lemma joined with its separable particle (`BINNEN_VALLEN`), upper-cased
    /// (KroniekSyntax's `Sentence.fullLemma(ofWord:)`).
    func fullLemma(_ i: Int) -> String {
        Self.upper(sentence.fullLemma(ofWord: i) ?? words[i].form)
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
