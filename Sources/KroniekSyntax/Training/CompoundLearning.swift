import KroniekCore

extension CompoundSplitter {
    /// Word classes whose lemmas may be first parts of a compound (`Philips-team`, `24-jarige`).
    static let baseTags: Set<UPOS> = [.NOUN, .ADJ, .PROPN, .NUM]

    /// Learns first parts from training lemmas; nil when the current-convention sentences write
    /// no compound lemmas (English, or a treebank without that convention). `particles` are the
    /// separable-verb particles of the treebanks (`TreebankNormalizer.particles`).
    init?(all sentences: [Sentence], current: [Sentence], particles: [String]) {
        var bases = Set<String>()
        for s in sentences {
            for w in s.words {
                guard let u = w.upos, Self.baseTags.contains(u), let lemma = w.lemma, !lemma.contains("_") else { continue }
                bases.insert(lemma.lowercased())
            }
        }
        var spellings: [String: String] = [:]
        for s in current {
            for w in s.words where w.upos != .VERB && w.upos != .AUX {
                guard let lemma = w.lemma, lemma.contains("_") else { continue }
                for (surface, base) in Self.firstParts(form: w.form.lowercased(), lemma: lemma.lowercased()) {
                    spellings[surface] = base
                    bases.insert(base)
                }
            }
        }
        guard !spellings.isEmpty else { return nil }
        self.init(bases: bases, spellings: spellings, particles: particles)
    }

    /// How each first part of `lemma` is spelled in `form` (`vrouwenwijding`, `vrouw_wijding` →
    /// `vrouwen` → `vrouw`): the spelling after which the next part begins. Stops at the first
    /// part it cannot find.
    static func firstParts(form: String, lemma: String) -> [(surface: String, base: String)] {
        var out: [(String, String)] = []
        var rest = Substring(form)
        let parts = lemma.split(separator: "_")
        for (part, next) in zip(parts, parts.dropFirst()) {
            let spelled = ([""] + linkingMorphemes).map { String(part) + $0 }.first { surface in
                guard rest.hasPrefix(surface) else { return false }
                let after = rest.dropFirst(surface.count)
                return (after.hasPrefix("-") ? after.dropFirst() : after).hasPrefix(next.prefix(2))
            }
            guard let surface = spelled else { break }
            out.append((surface, String(part)))
            rest = rest.dropFirst(surface.count)
            if rest.hasPrefix("-") { rest = rest.dropFirst() }
        }
        return out
    }
}

extension CompoundLemmatizer {
    static let trainingEpochs = 10
    static let boundaryRowBits = 16

    /// Learns how compounds are written from the current files' nouns and adjectives that
    /// the splitter can split: with underscores when their gold lemma has them.
    static func train(splitter: CompoundSplitter, lexicon: [String: String], wordClasses: WordClassLexicon,
                      current: [Sentence], seed: UInt64) -> CompoundLemmatizer {
        // Its own generator, so that the parser trained after it does not shuffle differently
        // whenever the compound examples change.
        var rng = SplitMix64(seed: seed)
        var seen = Set<String>()
        var examples: [(features: [UInt64], underscored: Bool)] = []
        var f = FeatureList()
        for s in current {
            for w in s.words {
                guard let u = w.upos, compoundTags.contains(u), let lemma = w.lemma,
                      seen.insert(Lemmatizer.lexiconKey(w.form, u)).inserted,
                      let split = splitter.split(w.form, known: { headLemma($0, upos: u, lexicon: lexicon, wordClasses: wordClasses) { $0 } },
                                                guess: { $0 })
                else { continue }
                features(split, upos: u, into: &f)
                examples.append((Array(f.ids), lemma.contains("_")))
            }
        }
        let trainer = PerceptronTrainer(rowBits: boundaryRowBits, columns: 1)
        for _ in 0..<trainingEpochs {
            examples.shuffle(using: &rng)
            for ex in examples {
                let score = ex.features.reduce(Float(0)) { $0 + trainer.model.weight($1, column: 0) }
                if (score > 0) != ex.underscored {
                    ex.features.withUnsafeBufferPointer { trainer.update($0, column: 0, delta: ex.underscored ? 1 : -1) }
                }
                trainer.tick()
            }
        }
        return CompoundLemmatizer(splitter: splitter, boundaries: trainer.averaged())
    }
}
