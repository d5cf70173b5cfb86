import KroniekCore

/// Aligns inflected numerals of an older Dutch release with the current files: the 2017 files
/// tag ordinals NUM (`derde`, lemma `drie`; `49ste`, lemma `49`), current UD Dutch tags them
/// ADJ. Most ordinals are too rare for `ConventionAligner`'s per-form evidence, so the current
/// tags of numerals whose form differs from their lemma are counted by the form's ending
/// (`de`, `te`), which keeps plurals such as `honderden` (NUM in both releases) apart.
struct NumeralAligner {
    private var tagsByEnding: [String: [UPOS: Int]] = [:]
    static let minimumEvidence = 10
    static let dominantShare = 0.9

    init(current: [Sentence]) {
        var numeralLemmas = Set<String>()
        for s in current { for w in s.words where w.upos == .NUM { if let l = w.lemma { numeralLemmas.insert(l) } } }
        for s in current {
            for w in s.words {
                guard let u = w.upos, let lemma = w.lemma, numeralLemmas.contains(lemma), w.form.lowercased() != lemma else { continue }
                tagsByEnding[Self.ending(w.form), default: [:]][u, default: 0] += 1
            }
        }
    }

    static func ending(_ form: String) -> String { String(form.lowercased().unicodeScalars.suffix(2)) }

    func align(_ sentence: Sentence) -> Sentence {
        var s = sentence
        for i in s.words.indices where s.words[i].upos == .NUM && s.words[i].form.lowercased() != s.words[i].lemma {
            guard let counts = tagsByEnding[Self.ending(s.words[i].form)],
                  let (tag, n) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) else { continue }
            let total = counts.values.reduce(0, +)
            if tag != .NUM, total >= Self.minimumEvidence, Double(n) >= Self.dominantShare * Double(total) {
                s.words[i].upos = tag
            }
        }
        return s
    }
}
