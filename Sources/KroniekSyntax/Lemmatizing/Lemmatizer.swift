import KroniekCore

/// Lemmas from a lexicon of training forms, and for unknown forms from a classifier that
/// picks the best-scoring applicable `EditRule` given the form's affixes, UPOS and features.
struct Lemmatizer: Sendable {
    /// `form \t UPOS` → most frequent lemma in training.
    let lexicon: [String: String]
    let rules: [EditRule]
    /// For each rule, one bit per UPOS it was seen with in training: a rule is a candidate
    /// only for words of those classes (a plural-noun rule never lemmatises a verb), which
    /// also keeps the number of rules to score per unknown word small.
    let ruleTags: [UInt32]
    /// A linear model with one column; a (feature, rule) pair is hashed to one weight.
    let model: LinearModel
    /// Splits unknown compounds (Dutch); nil where the training lemmas write no compounds.
    let compounds: CompoundLemmatizer?
    /// Rule indices by the suffix they remove, to find applicable rules fast.
    private let rulesBySuffix: [String: [Int]]
    private let longestSuffix: Int

    init(lexicon: [String: String], rules: [EditRule], ruleTags: [UInt32], model: LinearModel, compounds: CompoundLemmatizer?) {
        self.lexicon = lexicon; self.rules = rules; self.ruleTags = ruleTags; self.model = model; self.compounds = compounds
        var bySuffix: [String: [Int]] = [:]
        for (i, r) in rules.enumerated() { bySuffix[r.suffixRemove, default: []].append(i) }
        rulesBySuffix = bySuffix
        longestSuffix = rules.map { $0.suffixRemove.unicodeScalars.count }.max() ?? 0
    }

    static func lexiconKey(_ form: String, _ upos: UPOS) -> String { "\(form)\t\(upos.rawValue)" }

    func lemma(form: String, upos: UPOS, atoms: WordAtoms, feats: String, wordClasses: WordClassLexicon,
               features f: inout FeatureList) -> String {
        if let known = lexicon[Self.lexiconKey(form, upos)] { return known }
        let lower = form.lowercased()
        if lower != form, let known = lexicon[Self.lexiconKey(lower, upos)] { return known }
        if upos == .PUNCT || upos == .NUM || upos == .SYM { return form }
        if let compounds, let lemma = compoundLemma(form: form, upos: upos, feats: feats, compounds: compounds,
                                                    wordClasses: wordClasses, features: &f) {
            return lemma
        }
        LemmaFeatures.fill(atoms: atoms, upos: upos, feats: feats, into: &f)
        // Rank by the rule scores, then build and weigh the attestation of the best few lemmas
        // only: building every candidate's lemma string cost a fifth of the annotation time.
        var ranked = candidates(form: form, lower: lower, upos: upos).map { (rule: $0, score: score(f, rule: $0)) }
        ranked.sort { ($0.score, $1.rule) > ($1.score, $0.rule) }
        var best: (lemma: String, score: Float)?
        var weighed = 0
        for candidate in ranked where weighed < Self.attestedCandidates {
            guard let lemma = rules[candidate.rule].apply(to: form) else { continue }
            weighed += 1
            let s = candidate.score + attestationScore(attestation(lemma, of: form, upos: upos, wordClasses: wordClasses))
            if best == nil || s > best!.score { best = (lemma, s) }
        }
        return best?.lemma ?? form
    }

    /// How many of the best-scoring applicable rules have their lemma's attestation weighed.
    static let attestedCandidates = 4

    /// Features of a candidate lemma that do not depend on the rule that made it: whether the
    /// treebanks have it as a word of the same class, and its class in the word-class lexicon.
    /// A verb's lemma is its infinitive and a noun's its singular, both ordinary words:
    /// `worstelen` is attested, `worstellen` is not. (A lemma equal to its form is not looked
    /// up in the treebanks: in training the form itself would always be there.)
    func attestation(_ candidate: String, of form: String, upos: UPOS, wordClasses: WordClassLexicon) -> [UInt64] {
        let u = UInt64(upos.index)
        let inTreebanks: UInt64 = candidate != form && lexicon[Self.lexiconKey(candidate, upos)] != nil ? 1 : 0
        return [FeatureHash.feature(120, u, inTreebanks), FeatureHash.feature(121, u, wordClasses.wordClass(of: candidate))]
    }

    func attestationScore(_ ids: [UInt64]) -> Float { Self.attestationScore(ids, model: model) }

    static func attestationScore(_ ids: [UInt64], model: LinearModel) -> Float {
        ids.reduce(Float(0)) { $0 + model.weight($1, column: 0) }
    }

    /// A compound's lemma, with heads' lemmas guessed by the rules where the lexicon lacks them.
    private func compoundLemma(form: String, upos: UPOS, feats: String, compounds: CompoundLemmatizer,
                               wordClasses: WordClassLexicon, features f: inout FeatureList) -> String? {
        func guess(_ part: String) -> String {
            var scratch = FeatureList()
            return lemma(form: part, upos: upos, atoms: WordAtoms(form: part), feats: feats, wordClasses: wordClasses, features: &scratch)
        }
        let known = { (part: String) in
            CompoundLemmatizer.headLemma(part, upos: upos, lexicon: lexicon, wordClasses: wordClasses, guess: guess)
        }
        return compounds.lemma(of: form, upos: upos, known: known, guess: guess, features: &f)
    }

    /// Indices of rules seen with `upos` whose removed suffix ends the form (or its lowercase).
    func candidates(form: String, lower: String, upos: UPOS) -> [Int] {
        let tag = UInt32(1) << UInt32(upos.index)
        var out: [Int] = []
        for text in lower == form ? [form] : [form, lower] {
            let scalars = Array(text.unicodeScalars)
            for k in 0...min(longestSuffix, scalars.count) {
                let suffix = String(String.UnicodeScalarView(scalars[(scalars.count - k)...]))
                if let ids = rulesBySuffix[suffix] { out.append(contentsOf: ids.lazy.filter { ruleTags[$0] & tag != 0 }) }
            }
        }
        return out
    }

    func score(_ f: FeatureList, rule: Int) -> Float { Self.score(f.ids, rule: rule, model: model) }

    /// The score of a rule: each word feature is conjoined with the rule and hashed to one weight.
    static func score<C: Collection<UInt64>>(_ ids: C, rule: Int, model: LinearModel) -> Float {
        var s: Float = 0
        for id in ids { s += model.weight(FeatureHash.mix(id, UInt64(rule)), column: 0) }
        return s
    }

    func encode(into out: inout ByteWriter) {
        let keys = lexicon.keys.sorted()
        out.write(keys); out.write(keys.map { lexicon[$0]! })
        out.write(rules.map(\.encoded)); out.write(ruleTags)
        model.encode(into: &out)
        out.write(UInt8(compounds == nil ? 0 : 1))
        compounds?.encode(into: &out)
    }

    static func decode(from input: inout ByteReader) throws -> Lemmatizer {
        let keys = try input.read([String].self), values = try input.read([String].self)
        guard keys.count == values.count else { throw ModelFormatError("lexicon mismatch") }
        let rules = try input.read([String].self).map { text in
            guard let r = EditRule(encoded: text) else { throw ModelFormatError("bad edit rule") }
            return r
        }
        let ruleTags = try input.read([UInt32].self)
        guard ruleTags.count == rules.count else { throw ModelFormatError("rule tags mismatch") }
        let model = try LinearModel.decode(from: &input)
        let compounds = try input.read(UInt8.self) == 0 ? nil : try CompoundLemmatizer.decode(from: &input)
        return Lemmatizer(lexicon: Dictionary(uniqueKeysWithValues: zip(keys, values)), rules: rules, ruleTags: ruleTags,
                          model: model, compounds: compounds)
    }
}

/// The features of a word that the rule classifier conjoins with each candidate rule.
enum LemmaFeatures {
    static func fill(atoms w: WordAtoms, upos: UPOS, feats: String, into f: inout FeatureList) {
        f.reset()
        let u = UInt64(upos.index)
        typealias H = FeatureHash
        f.add(H.feature(60, u)); f.add(H.feature(61, u, H.string(feats)))
        f.add(H.feature(62, u, w.suffix1)); f.add(H.feature(63, u, w.suffix2)); f.add(H.feature(64, u, w.suffix3))
        f.add(H.feature(65, u, w.suffix4)); f.add(H.feature(66, u, w.suffix5))
        f.add(H.feature(67, w.suffix3)); f.add(H.feature(68, w.suffix4))
        f.add(H.feature(69, w.prefix1)); f.add(H.feature(70, w.prefix2)); f.add(H.feature(71, w.prefix3))
        f.add(H.feature(72, u, w.shape))
    }
}
