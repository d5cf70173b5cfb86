import KroniekCore

/// Rewrites the trees of the 2017 Dutch releases into the structures of current UD Dutch,
/// so the parser can learn from them. The differences are structural, not just labels:
/// - coordinators hang on the first conjunct (UD v1), now on the conjunct they introduce;
/// - verbs such as "gaan", "laten", "willen" were auxiliaries of the main verb, now they
///   head the clause with the main verb as `xcomp`;
/// - "moeten" (and other verbs that are auxiliaries in the current files) headed the
///   clause with the main verb as `xcomp`, now it is an auxiliary of the main verb;
/// - copulas other than "zijn" ("worden", "blijven", "blijken") hung on the predicate,
///   now they head the clause with the predicate as `xcomp`;
/// - relations follow the tags the aligner gave: an ordinal retagged ADJ is `amod`, not
///   `nummod`; a possessive pronoun is `nmod:poss`, not `det`;
/// - "zich" of an inherently reflexive verb is `expl:pv`, not `obj`;
/// - a subjectless te-infinitive complement ("besloot te vertrekken") was `ccomp`, now it is
///   `xcomp` (current files: about four in five);
/// - a name of capitalised words ("Verenigde Naties", "Rode Kruis") was a `fixed` or `flat`
///   expression whose words kept their own tags, now its words are PROPN joined by `flat`;
/// - punctuation follows the UD rule (`PunctuationAttachment`).
/// Which lemmas changed role is learnt from the data, comparing the old and current files.
struct LegacyTreeConverter {
    /// Lemmas that are auxiliaries in the old files but full verbs in the current ones.
    let auxiliariesNowVerbs: Set<String>
    /// Lemmas that head clauses in the old files but are auxiliaries in the current ones.
    let verbsNowAuxiliaries: Set<String>
    /// Copula lemmas of the old files that the current files never use as copulas.
    let copulasNowVerbs: Set<String>
    /// Verbs whose reflexive pronoun the current files make an object, never `expl:pv`
    /// (most reflexives of the old files are inherent: "zich concentreren").
    let verbsWithReflexiveObjects: Set<String>
    /// Forms the current files use as possessives (`nmod:poss`): the old files' possessive
    /// determiners, whose features often lack `Poss=Yes`.
    let possessiveForms: Set<String>

    init(current: [Sentence], legacy: [Sentence]) {
        let now = RoleCounts(current), old = RoleCounts(legacy)
        auxiliariesNowVerbs = Set(old.auxiliary.keys.filter { now.verb[$0, default: 0] >= 5 && now.share(of: now.auxiliary, $0) < 0.05 })
        verbsNowAuxiliaries = Set(now.auxiliary.keys.filter { now.share(of: now.auxiliary, $0) > 0.9 && now.auxiliary[$0]! >= 5 })
        copulasNowVerbs = Set(old.copula.keys.filter { now.copula[$0, default: 0] * 20 < now.verb[$0, default: 0] + now.copula[$0, default: 0] && now.verb[$0, default: 0] > 0 })
        var reflexiveRelations: [String: Set<String>] = [:]
        for s in current {
            for w in s.words where w.feature("Reflex") == "Yes" {
                guard let h = w.head, h >= 0, let verb = s.words[h].lemma, let r = w.deprel else { continue }
                reflexiveRelations[verb, default: []].insert(r)
            }
        }
        verbsWithReflexiveObjects = Set(reflexiveRelations.filter { $0.value.contains("obj") && !$0.value.contains("expl:pv") }.keys)
        possessiveForms = Set(current.flatMap { s in s.words.filter { $0.deprel == "nmod:poss" }.map { $0.form.lowercased() } })
    }

    func convert(_ sentence: Sentence) -> Sentence {
        var tree = EditableTree(sentence)
        tree.attachCoordinatorsToNextConjunct()
        // Each rewrite removes one old-style arc, so these loops end.
        while let w = tree.firstWord(where: { tree.relation($0) == "aux" && auxiliariesNowVerbs.contains(tree.lemma($0)) }) {
            tree.promoteAuxiliary(w)
        }
        while let w = tree.firstWord(where: { !["aux", "cop"].contains(tree.relation($0)) && verbsNowAuxiliaries.contains(tree.lemma($0))
                                             && tree.verbalComplement(of: $0) != nil }) {
            tree.demoteToAuxiliary(w, complement: tree.verbalComplement(of: w)!)
        }
        while let w = tree.firstWord(where: { tree.relation($0) == "cop" && copulasNowVerbs.contains(tree.lemma($0)) }) {
            tree.promoteCopula(w)
        }
        tree.alignRelationsWithTags(reflexiveObjectVerbs: verbsWithReflexiveObjects, possessiveForms: possessiveForms)
        tree.relabelControlledInfinitives()
        tree.flattenCapitalisedNames()
        tree.attachPunctuation()
        return tree.sentence
    }
}

/// How often each lemma is an auxiliary, a copula or a full verb in a set of treebanks.
private struct RoleCounts {
    var auxiliary: [String: Int] = [:], copula: [String: Int] = [:], verb: [String: Int] = [:]

    init(_ sentences: [Sentence]) {
        for s in sentences {
            for w in s.words {
                guard let lemma = w.lemma, w.upos == .VERB || w.upos == .AUX else { continue }
                switch w.universalDeprel {
                case "aux": auxiliary[lemma, default: 0] += 1
                case "cop": copula[lemma, default: 0] += 1
                default: verb[lemma, default: 0] += 1
                }
            }
        }
    }

    func share(of role: [String: Int], _ lemma: String) -> Double {
        let total = auxiliary[lemma, default: 0] + copula[lemma, default: 0] + verb[lemma, default: 0]
        return total == 0 ? 0 : Double(role[lemma, default: 0]) / Double(total)
    }
}

/// A sentence whose tree is rewritten in place.
private struct EditableTree {
    var sentence: Sentence

    init(_ sentence: Sentence) { self.sentence = sentence }

    var indices: Range<Int> { sentence.words.indices }
    func head(_ i: Int) -> Int { sentence.words[i].head ?? -1 }
    func relation(_ i: Int) -> String { sentence.words[i].universalDeprel ?? "dep" }
    func lemma(_ i: Int) -> String { sentence.words[i].lemma ?? "" }
    func upos(_ i: Int) -> UPOS? { sentence.words[i].upos }
    func children(_ i: Int) -> [Int] { indices.filter { head($0) == i } }
    func firstWord(where test: (Int) -> Bool) -> Int? { indices.first(where: test) }

    /// The infinitive a verb governs as `xcomp`.
    func verbalComplement(of w: Int) -> Int? {
        children(w).first { relation($0) == "xcomp" && upos($0) == .VERB && sentence.words[$0].feature("VerbForm") == "Inf" }
    }

    /// UD v1 coordination: a coordinator after its head, where a conjunct of that head follows.
    mutating func attachCoordinatorsToNextConjunct() {
        for c in indices where relation(c) == "cc" {
            let h = head(c)
            guard h >= 0, h < c, let next = children(h).first(where: { $0 > c && relation($0) == "conj" }) else { continue }
            sentence.words[c].head = next
        }
    }

    /// `new` takes `old`'s place in the tree, and `old` hangs on `new` as `relation`.
    private mutating func swap(_ old: Int, _ new: Int, relation: String) {
        sentence.words[new].head = head(old)
        sentence.words[new].deprel = sentence.words[old].deprel
        sentence.words[old].head = new
        sentence.words[old].deprel = relation
    }

    /// Relations that belong to the clause, not to the predicate or main verb inside it.
    private static let clauseRelations: Set<String> = [
        "nsubj", "csubj", "expl", "cc", "parataxis", "vocative", "discourse", "punct",
    ]

    private func isClauseDependent(_ c: Int, of w: Int) -> Bool {
        let r = relation(c)
        if Self.clauseRelations.contains(r) { return true }
        // Subordinators open the clause; "te" and "om" stay with their infinitive.
        if r == "mark" { return upos(c) == .SCONJ || upos(c) == .CCONJ }
        // Auxiliaries before the verb that now heads the clause are its own ("heeft willen").
        if r == "aux" { return c < w }
        // A conjoined clause, not a conjoined predicate.
        if r == "conj" { return upos(c) == .VERB || upos(c) == .AUX }
        return false
    }

    /// "wil … binnenvallen" with `wil` as aux → `wil` heads, `binnenvallen` is its xcomp.
    mutating func promoteAuxiliary(_ w: Int) {
        let v = head(w)
        guard v >= 0 else { sentence.words[w].deprel = "dep"; return }
        swap(v, w, relation: "xcomp")
        for c in children(v) where isClauseDependent(c, of: w) { sentence.words[c].head = w }
        sentence.words[w].upos = .VERB
    }

    /// "moest … zoeken" with `moest` heading → `zoeken` heads, `moest` is its aux.
    mutating func demoteToAuxiliary(_ w: Int, complement v: Int) {
        swap(w, v, relation: "aux")
        for c in children(w) { sentence.words[c].head = v }
        sentence.words[w].upos = .AUX
    }

    /// "werd … moe" with `werd` as cop of `moe` → `werd` heads, `moe` is its xcomp. The
    /// predicate keeps its phrase (determiners, modifiers, a degree adverb right before it).
    mutating func promoteCopula(_ w: Int) {
        let p = head(w)
        guard p >= 0 else { sentence.words[w].deprel = "dep"; return }
        swap(p, w, relation: "xcomp")
        let clauseLevel: Set<String> = ["obl", "obj", "iobj", "advcl", "ccomp", "mark", "aux"]
        for c in children(p) {
            let r = relation(c)
            let moves = isClauseDependent(c, of: w) || clauseLevel.contains(r) && (r != "mark" || upos(c) != .ADP)
                || r == "advmod" && c != p - 1
            if moves { sentence.words[c].head = w }
        }
        sentence.words[w].upos = .VERB
    }

    mutating func alignRelationsWithTags(reflexiveObjectVerbs: Set<String>, possessiveForms: Set<String>) {
        for i in indices {
            let w = sentence.words[i]
            switch (w.upos, w.deprel) {
            case (.ADJ, "nummod"): sentence.words[i].deprel = "amod"
            case (.PRON, "det") where w.feature("Poss") == "Yes" || possessiveForms.contains(w.form.lowercased()):
                sentence.words[i].deprel = "nmod:poss"
            case (.PRON, "obj") where w.feature("Reflex") == "Yes" && head(i) >= 0 && !reflexiveObjectVerbs.contains(lemma(head(i))):
                sentence.words[i].deprel = "expl:pv"
            default: break
            }
        }
    }

    mutating func relabelControlledInfinitives() {
        for v in indices where relation(v) == "ccomp" && upos(v) == .VERB && sentence.words[v].feature("VerbForm") == "Inf" {
            let dependents = children(v)
            guard dependents.contains(where: { relation($0) == "mark" && sentence.words[$0].form.lowercased() == "te" }),
                  !dependents.contains(where: { relation($0).hasPrefix("nsubj") || relation($0).hasPrefix("csubj") }) else { continue }
            sentence.words[v].deprel = "xcomp"
        }
    }

    /// A `fixed` or `flat` expression whose content words are all capitalised is a name.
    mutating func flattenCapitalisedNames() {
        let contentTags: Set<UPOS> = [.NOUN, .ADJ, .VERB, .PROPN, .X]
        for h in indices {
            let parts = children(h).filter { relation($0) == "fixed" || relation($0) == "flat" }
            guard !parts.isEmpty else { continue }
            let content = ([h] + parts).filter { upos($0).map(contentTags.contains) ?? false }
            guard content.count >= 2, content.allSatisfy({ sentence.words[$0].form.first?.isUppercase == true }) else { continue }
            for p in parts { sentence.words[p].deprel = "flat" }
            for w in content where upos(w) != .PROPN {
                sentence.words[w].upos = .PROPN
                sentence.words[w].lemma = sentence.words[w].form
                sentence.words[w].feats = ""
            }
        }
    }

    mutating func attachPunctuation() {
        let heads = PunctuationAttachment.attach(heads: sentence.words.map { $0.head ?? -1 }, forms: sentence.words.map(\.form),
                                                 isPunctuation: sentence.words.map { $0.upos == .PUNCT })
        for i in indices { sentence.words[i].head = heads[i] }
    }
}
