import KroniekCore

/// Aligns the UPOS and relations of an older treebank release with the current ones, learnt
/// from the data: where a form takes a tag in the old files that it never takes in the current
/// files (2017 `zijn/DET`, current `zijn/PRON`), the tag becomes the current tag of that form
/// that other forms most often moved to (`DET`→`PRON` for possessives, `NUM`→`ADJ` for
/// ordinals). Relations are aligned the same way per (form, tag) (`det`→`nmod:poss`), and a
/// retagged word takes the most frequent current features of its form and new tag.
struct ConventionAligner {
    private var currentTags: [String: [UPOS: Int]] = [:]
    private var currentRelations: [String: [String: Int]] = [:]
    private var currentFeats: [String: [String: Int]] = [:]
    /// Number of distinct forms that moved from one tag (relation) to another.
    private var tagMoves: [UPOS: [UPOS: Int]] = [:]
    private var relationMoves: [String: [String: Int]] = [:]
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
            }
        }
        var legacyTags: [String: Set<UPOS>] = [:], legacyRelations: [String: Set<String>] = [:]
        for s in legacy {
            for w in s.words {
                guard let u = w.upos, Self.alignedTags.contains(u) else { continue }
                legacyTags[w.form.lowercased(), default: []].insert(u)
                legacyRelations[Self.key(w.form.lowercased(), u), default: []].insert(w.deprel ?? "dep")
            }
        }
        for (f, tags) in legacyTags {
            guard let current = currentTags[f] else { continue }
            for t in tags where Self.isAbsent(t, in: current, evidence: Self.minimumTagEvidence) {
                for c in current.keys where c != t { tagMoves[t, default: [:]][c, default: 0] += 1 }
            }
        }
        for (k, relations) in legacyRelations {
            guard let current = currentRelations[k] else { continue }
            for r in relations where Self.isAbsent(r, in: current, evidence: Self.minimumRelationEvidence) {
                for c in current.keys where c != r { relationMoves[r, default: [:]][c, default: 0] += 1 }
            }
        }
    }

    private static func key(_ form: String, _ upos: UPOS) -> String { "\(form)\t\(upos.rawValue)" }

    func align(_ sentence: Sentence) -> Sentence {
        var s = sentence
        for i in s.words.indices {
            guard var u = s.words[i].upos, Self.alignedTags.contains(u) else { continue }
            let f = s.words[i].form.lowercased()
            if let current = currentTags[f], Self.isAbsent(u, in: current, evidence: Self.minimumTagEvidence),
               let moved = mostFrequent(current, among: tagMoves[u], except: u) {
                u = moved
                s.words[i].upos = u
                if let feats = currentFeats[Self.key(f, u)]?.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key {
                    s.words[i].feats = feats
                }
            }
            let relation = s.words[i].deprel ?? "dep"
            if let current = currentRelations[Self.key(f, u)], Self.isAbsent(relation, in: current, evidence: Self.minimumRelationEvidence),
               let moved = best(current.keys.filter { $0 != relation }, by: relationMoves[relation]) {
                s.words[i].deprel = moved
            }
        }
        return s
    }

    /// The form's most frequent current tag among those other forms moved to from `old`:
    /// `eerste` (2017 NUM) becomes ADJ, its usual current tag, not PROPN (`Eerste Kamer`),
    /// although other ordinals moved to both.
    private func mostFrequent(_ current: [UPOS: Int], among moves: [UPOS: Int]?, except old: UPOS) -> UPOS? {
        guard let moves else { return nil }
        return current.filter { $0.key != old && moves[$0.key] != nil }.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    private func best<T: Hashable & Comparable>(_ options: [T], by moves: [T: Int]?) -> T? {
        guard let moves else { return nil }
        return options.filter { moves[$0] != nil }.max { (moves[$0]!, $1) < (moves[$1]!, $0) }
    }
}

extension UPOS: Comparable {
    public static func < (a: UPOS, b: UPOS) -> Bool { a.rawValue < b.rawValue }
}

