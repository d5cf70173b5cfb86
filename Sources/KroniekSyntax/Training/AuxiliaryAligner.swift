import KroniekCore

/// Aligns the AUX/VERB split of an older Dutch release with the current files, per lemma.
/// The 2017 files tag `gaan`, `blijven`, `laten`, `willen` as AUX in auxiliary and copular
/// uses and `moeten` always as VERB; current UD Dutch keeps AUX for the auxiliaries `hebben`,
/// `zijn`, `worden`, `kunnen`, `moeten`, `mogen`, `zullen` and the copula `zijn` only. So an
/// old AUX becomes VERB when current files never give its lemma AUX with that relation, and an
/// old VERB becomes AUX when current files (nearly) always tag its lemma AUX. Only the tag
/// changes; the trees keep their old shape.
struct AuxiliaryAligner {
    private var tags: [String: [UPOS: Int]] = [:]
    /// Universal relations (`aux`, `cop`) each lemma takes as AUX in the current files.
    private var auxiliaryRelations: [String: Set<String>] = [:]
    /// A lemma needs this many current verb occurrences before its current tags are trusted.
    static let minimumEvidence = 10
    /// An old VERB becomes AUX when at least this share of the lemma's current uses are AUX.
    static let auxiliaryShare = 0.9

    init(current: [Sentence]) {
        for s in current {
            for w in s.words {
                guard let u = w.upos, u == .AUX || u == .VERB, let lemma = w.lemma else { continue }
                tags[lemma, default: [:]][u, default: 0] += 1
                if u == .AUX { auxiliaryRelations[lemma, default: []].insert(w.universalDeprel ?? "dep") }
            }
        }
    }

    func align(_ sentence: Sentence) -> Sentence {
        var s = sentence
        for i in s.words.indices {
            guard let u = s.words[i].upos, u == .AUX || u == .VERB, let lemma = s.words[i].lemma,
                  let counts = tags[lemma] else { continue }
            let aux = counts[.AUX, default: 0], total = aux + counts[.VERB, default: 0]
            guard total >= Self.minimumEvidence else { continue }
            if u == .AUX, !auxiliaryRelations[lemma, default: []].contains(s.words[i].universalDeprel ?? "dep") {
                s.words[i].upos = .VERB
            } else if u == .VERB, Double(aux) >= Self.auxiliaryShare * Double(total) {
                s.words[i].upos = .AUX
            }
        }
        return s
    }
}
