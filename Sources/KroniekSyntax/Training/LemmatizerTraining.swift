import KroniekCore

/// Builds the lemma lexicon and trains the edit-rule classifier on the training words, and
/// learns compound first parts from the lemmas of `current` (current-convention) sentences.
/// Rules seen once are dropped: they are mostly irregular forms the lexicon already covers.
struct LemmatizerTraining {
    let options: SyntaxTrainingOptions

    func train(_ sentences: [Sentence], current: [Sentence], particles: [String], wordClasses: WordClassLexicon, rng: inout SplitMix64, log: (String) -> Void) -> Lemmatizer {
        var lemmaCounts: [String: [String: Int]] = [:]
        var ruleCounts: [EditRule: Int] = [:]
        var examples: [(form: String, upos: UPOS, feats: String, rule: EditRule)] = []
        for s in sentences {
            for w in s.words {
                guard let lemma = w.lemma, lemma != "_", let upos = w.upos else { continue }
                lemmaCounts[Lemmatizer.lexiconKey(w.form, upos), default: [:]][lemma, default: 0] += 1
                let rule = EditRule(form: w.form, lemma: lemma)
                ruleCounts[rule, default: 0] += 1
                examples.append((w.form, upos, w.feats, rule))
            }
        }
        let lexicon = lemmaCounts.mapValues { counts in counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
        let rules = ruleCounts.filter { $0.value >= 2 }.keys.sorted { $0.encoded < $1.encoded }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, $0) })
        var ruleTags = Array(repeating: UInt32(0), count: rules.count)
        for ex in examples { if let r = ruleIndex[ex.rule] { ruleTags[r] |= 1 << UInt32(ex.upos.index) } }
        let trainer = PerceptronTrainer(rowBits: options.lemmatizerRowBits, columns: 1)
        let ruleFinder = Lemmatizer(lexicon: lexicon, rules: rules, ruleTags: ruleTags, model: LinearModel(rowBits: 0, columns: 1), compounds: nil)
        // Features, applicable rules and their lemmas' attestation depend only on the example:
        // compute them once.
        typealias Candidate = (rule: Int, attestation: [UInt64])
        var prepared: [(features: [UInt64], candidates: [Candidate], gold: Int)] = []
        var f = FeatureList()
        var candidatesByWord: [String: [Candidate]] = [:]
        for ex in examples {
            guard let gold = ruleIndex[ex.rule] else { continue }
            LemmaFeatures.fill(atoms: WordAtoms(form: ex.form), upos: ex.upos, feats: ex.feats, into: &f)
            let key = Lemmatizer.lexiconKey(ex.form, ex.upos)
            let candidates = candidatesByWord[key] ?? ruleFinder.candidates(form: ex.form, lower: ex.form.lowercased(), upos: ex.upos)
                .compactMap { r in
                    rules[r].apply(to: ex.form).map { (r, ruleFinder.attestation($0, of: ex.form, upos: ex.upos, wordClasses: wordClasses)) }
                }
            candidatesByWord[key] = candidates
            prepared.append((Array(f.ids), candidates, gold))
        }
        var order = Array(prepared.indices)
        for epoch in 1...options.lemmatizerEpochs {
            order.shuffle(using: &rng)
            var right = 0
            for e in order {
                let ex = prepared[e]
                // As in `Lemmatizer.lemma`: attestation is weighed for the best few rules only.
                var ranked = ex.candidates.map { (candidate: $0, score: Lemmatizer.score(ex.features, rule: $0.rule, model: trainer.model)) }
                ranked.sort { ($0.score, $1.candidate.rule) > ($1.score, $0.candidate.rule) }
                var best: (candidate: Candidate, score: Float)?
                for (c, ruleScore) in ranked.prefix(Lemmatizer.attestedCandidates) {
                    let s = ruleScore + Lemmatizer.attestationScore(c.attestation, model: trainer.model)
                    if best == nil || s > best!.score { best = (c, s) }
                }
                guard let guess = best?.candidate, let gold = ex.candidates.first(where: { $0.rule == ex.gold }) else { continue }
                if guess.rule == gold.rule { right += 1 } else {
                    for (c, delta) in [(gold, Float(1)), (guess, -1)] {
                        let ids = ex.features.map { FeatureHash.mix($0, UInt64(c.rule)) } + c.attestation
                        ids.withUnsafeBufferPointer { trainer.update($0, column: 0, delta: delta) }
                    }
                }
                trainer.tick()
            }
            log("lemmatizer epoch \(epoch): \(rules.count) rules, train rule accuracy \(percent(right, prepared.count))")
        }
        let compounds = CompoundSplitter(all: sentences, current: current, particles: particles).map { splitter in
            CompoundLemmatizer.train(splitter: splitter, lexicon: lexicon, wordClasses: wordClasses, current: current,
                                     seed: options.seed)
        }
        return Lemmatizer(lexicon: lexicon, rules: rules, ruleTags: ruleTags, model: trainer.averaged(), compounds: compounds)
    }
}
