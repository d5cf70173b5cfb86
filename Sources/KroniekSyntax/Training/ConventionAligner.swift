import KroniekCore

/// Aligns the UPOS and relations of an older treebank release with the current ones, learnt
/// from the data:
/// - where a form takes a tag at least one time in ten in the old files and (almost) never in
///   the current files (2017 `zijn/DET`, current `zijn/PRON`), the tag becomes the current tag
///   of that form that other forms most often moved to (`DET`→`PRON` for possessives,
///   `NUM`→`ADJ` for ordinals); a form's rare old tag (`dat` as a determiner) stays;
/// - a relation changes only where it was the form's usual relation in the old files and
///   current files (almost) never give it: it becomes the form's most frequent current
///   relation (`zijn` `det`→`nmod:poss`); a rare old relation of a form (`de` in a `fixed`
///   expression, copular `werd`) is a matter of its sentence, not of the release, and stays;
/// - a function word whose current tag depends on its relation takes the tag current files
///   give the form in that relation, where its old tag (almost) never occurs there ("meer"
///   as `advmod` is ADV, as `det` DET).
/// A retagged word takes the most frequent current features of its form and new tag.
struct ConventionAligner {
    private var currentTags: [String: [UPOS: Int]] = [:]
    private var currentRelations: [String: [String: Int]] = [:]
    private var currentFeats: [String: [String: Int]] = [:]
    /// The tags of each (form, relation) in the current files.
    private var currentTagsInRelation: [String: [UPOS: Int]] = [:]
    /// Number of distinct forms that moved from one tag to another.
    private var tagMoves: [UPOS: [UPOS: Int]] = [:]
    /// How often each form took each tag, and each (form, tag) each relation, in the old files.
    private var legacyTags: [String: [UPOS: Int]] = [:]
    private var legacyRelations: [String: [String: Int]] = [:]
    /// A form needs this many current occurrences before its current tags are trusted, and a
    /// (form, tag) this many before its relations are (relations of rarer, content words vary).
    static let minimumTagEvidence = 10
    static let minimumRelationEvidence = 30
    /// Only function words are aligned: their conventions changed between releases, while the
    /// tags and relations of content words vary with context, not with the release.
    static let alignedTags: Set<UPOS> = [.DET, .PRON, .NUM, .ADP, .SCONJ, .CCONJ, .AUX]

    /// Whether `value` is (almost) absent from a current distribution with enough evidence.
    private static func isAbsent<T>(_ value: T, in counts: [T: Int]?, evidence: Int) -> Bool {
        guard let counts else { return false }
        let total = counts.values.reduce(0, +)
        return total >= evidence && counts[value, default: 0] * 30 < total
    }

    init(current: [Sentence], legacy: [Sentence]) {
        for s in current {
            for w in s.words {
                guard let u = w.upos else { continue }
                let f = w.form.lowercased()
                currentTags[f, default: [:]][u, default: 0] += 1
                currentRelations[Self.key(f, u), default: [:]][w.deprel ?? "dep", default: 0] += 1
                currentFeats[Self.key(f, u), default: [:]][w.feats, default: 0] += 1
                currentTagsInRelation[Self.key(f, w.deprel ?? "dep"), default: [:]][u, default: 0] += 1
            }
        }
        for s in legacy {
            for w in s.words {
                guard let u = w.upos else { continue }
                legacyTags[w.form.lowercased(), default: [:]][u, default: 0] += 1
                legacyRelations[Self.key(w.form.lowercased(), u), default: [:]][w.deprel ?? "dep", default: 0] += 1
            }
        }
        for (f, tags) in legacyTags {
            guard let current = currentTags[f] else { continue }
            for t in tags.keys where Self.alignedTags.contains(t) && isMoved(t, of: f, current: current) {
                for c in current.keys where c != t { tagMoves[t, default: [:]][c, default: 0] += 1 }
            }
        }
    }

    /// A tag the old files give the form at least one time in ten and current files (almost) never.
    private func isMoved(_ tag: UPOS, of form: String, current: [UPOS: Int]) -> Bool {
        guard let old = legacyTags[form], Self.isAbsent(tag, in: current, evidence: Self.minimumTagEvidence) else { return false }
        return old[tag, default: 0] * 10 >= old.values.reduce(0, +)
    }

    private static func key(_ form: String, _ upos: UPOS) -> String { key(form, upos.rawValue) }
    private static func key(_ form: String, _ other: String) -> String { "\(form)\t\(other)" }

    func align(_ sentence: Sentence) -> Sentence {
        var s = sentence
        for i in s.words.indices {
            guard var u = s.words[i].upos, Self.alignedTags.contains(u) else { continue }
            let f = s.words[i].form.lowercased(), legacyKey = Self.key(f, u)
            if let current = currentTags[f], isMoved(u, of: f, current: current),
               let moved = mostFrequent(current, among: tagMoves[u], except: u) {
                u = moved
                retag(&s.words[i], form: f, as: u)
            }
            let relation = s.words[i].deprel ?? "dep"
            if let current = currentRelations[Self.key(f, u)], Self.isAbsent(relation, in: current, evidence: Self.minimumRelationEvidence),
               let old = legacyRelations[legacyKey], old[relation, default: 0] * 2 >= old.values.reduce(0, +),
               let moved = Self.mostFrequent(current.filter { $0.key != relation }) {
                s.words[i].deprel = moved
            }
            // A quantifier's tag follows its relation in current files ("meer" ADV as
            // `advmod`, DET as `det`, PRON as a subject); the old files made it PRON throughout.
            if let tags = currentTagsInRelation[Self.key(f, s.words[i].deprel ?? "dep")],
               Self.isAbsent(u, in: tags, evidence: Self.minimumTagEvidence),
               let tag = Self.mostFrequent(tags), tag != u {
                retag(&s.words[i], form: f, as: tag)
            }
        }
        return s
    }

    private func retag(_ word: inout Word, form: String, as tag: UPOS) {
        word.upos = tag
        if let feats = currentFeats[Self.key(form, tag)].flatMap(Self.mostFrequent) { word.feats = feats }
    }

    /// The most frequent key, the smallest of equally frequent ones.
    private static func mostFrequent<T: Comparable>(_ counts: [T: Int]) -> T? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    /// The form's most frequent current tag among those other forms moved to from `old`:
    /// `eerste` (2017 NUM) becomes ADJ, its usual current tag, not PROPN (`Eerste Kamer`),
    /// although other ordinals moved to both.
    private func mostFrequent(_ current: [UPOS: Int], among moves: [UPOS: Int]?, except old: UPOS) -> UPOS? {
        guard let moves else { return nil }
        return Self.mostFrequent(current.filter { $0.key != old && moves[$0.key] != nil })
    }
}

extension UPOS: Comparable {
    public static func < (a: UPOS, b: UPOS) -> Bool { a.rawValue < b.rawValue }
}

