import KroniekCore
import KroniekEntities

/// A parsed sentence prepared for coding: upper-cased match keys per word, children
/// lists, and the relation helpers the coder asks for. Built once per sentence; a class,
/// so the coder's helpers share it without copying (and retaining) each of its arrays.
final class SentenceView {
    let sentence: Sentence
    let words: [Word]
    /// For each word: its upper-cased form and lemma.
    let keys: [WordKeys]
    /// For each word: the coder's lexicon numbers of its keys.
    let numbers: [KeyNumbers]
    let children: ChildLists
    let relationBits: [Relations]
    private let subtrees: SubtreeRanges

    init(_ sentence: Sentence, lexicon: Lexicon) {
        self.sentence = sentence
        // Words are read field by field: copying a whole `Word` retains all its strings.
        let words = sentence.words
        self.words = words
        let heads = words.indices.map { i in words[i].head.flatMap { $0 >= 0 && $0 < words.count ? $0 : nil } }
        children = ChildLists(heads: heads)
        subtrees = SubtreeRanges(heads: heads, children: children)
        relationBits = words.indices.map { Relations(name: words[$0].deprel ?? "") }
        let keys = words.indices.map { WordKeys(form: words[$0].form, lemma: words[$0].lemma) }
        self.keys = keys
        numbers = keys.map(lexicon.numbers)
    }

    var count: Int { words.count }

    func head(_ i: Int) -> Int? {
        guard let h = words[i].head, h >= 0, h < words.count else { return nil }
        return h
    }

    /// Whether word `i` stands in one of `relations` to its head.
    func has(_ i: Int, _ relations: Relations) -> Bool { !relationBits[i].isDisjoint(with: relations) }

    /// The children of `i` in one of `relations`, in text order.
    func children(_ i: Int, _ relations: Relations) -> ChildrenInRelations {
        ChildrenInRelations(rest: children[i], relationBits: relationBits, relations: relations)
    }

    /// Whether `word` lies under `root` (or is `root`).
    func isInSubtree(_ word: Int, of root: Int) -> Bool { subtrees.contains(word, in: root) }

    /// The lemma joined with its separable particle (`BINNEN_VALLEN`), upper-cased
    /// (`Sentence.fullLemma(ofWord:)`).
    func fullLemma(_ i: Int) -> String {
        // Without a particle it is the lemma, already upper-cased.
        guard children[i].contains(where: { has($0, .compoundPrt) }) else { return keys[i].last! }
        return WordKeys.upper(sentence.fullLemma(ofWord: i) ?? words[i].form)
    }

    /// The last part of a noun's compound lemma (`PROTEST` for `MASSA_PROTEST`), which
    /// says what the compound is; nil for other words (a particle verb's lemma is no compound).
    func compoundHead(_ i: Int) -> String? {
        guard words[i].upos == .NOUN, let lemma = keys[i].lemma, let cut = lemma.lastIndex(of: "_") else { return nil }
        return String(lemma[lemma.index(after: cut)...])
    }

    /// The preposition (case marker) of a nominal, upper-cased, if any.
    func casePreposition(_ i: Int) -> String? {
        children[i].first { has($0, .caseMarker) }.map { keys[$0][0] }
    }

    /// All words under `i` (including `i`), in text order, without the subtrees of the
    /// `excluded` words below it.
    func subtree(_ i: Int, excluding excluded: [Int] = []) -> [Int] {
        subtrees.words(under: i, excluding: excluded)
    }

    func isPunctuation(_ i: Int) -> Bool { words[i].upos == .PUNCT }

    /// Whether the word carries a morphological feature value (`Polarity=Neg`), read
    /// without splitting the feature string.
    func hasFeature(_ i: Int, _ pair: StaticString) -> Bool {
        let target = UnsafeBufferPointer(start: pair.utf8Start, count: pair.utf8CodeUnitCount)
        var feats = words[i].feats
        return feats.withUTF8 { feats in
            guard feats.count >= target.count, !target.isEmpty else { return false }
            for start in 0...(feats.count - target.count) where start == 0 || feats[start - 1] == UInt8(ascii: "|") {
                let end = start + target.count
                if feats[start..<end].elementsEqual(target) && (end == feats.count || feats[end] == UInt8(ascii: "|")) { return true }
            }
            return false
        }
    }

    /// Whether the words from `i` on are `phrase` (upper-cased words), each the form or
    /// the lemma of its word.
    func hasPhrase(_ phrase: [String], at i: Int) -> Bool {
        i + phrase.count <= count && phrase.indices.allSatisfy { keys[i + $0].contains(phrase[$0]) }
    }

    /// The first child of `i` in one of `relations`.
    func child(_ i: Int, _ relations: Relations) -> Int? {
        children[i].first { has($0, relations) }
    }

    /// Whether verb `v` heads a finite clause through an auxiliary of its own ("heeft
    /// samengetrokken"): such a clause has its own subject, whatever relation the parser
    /// gave it.
    func hasFiniteAuxiliary(_ v: Int) -> Bool {
        children(v, .aux).contains { hasFeature($0, "VerbForm=Fin") }
    }
}
