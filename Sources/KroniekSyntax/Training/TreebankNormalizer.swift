import KroniekCore

/// Brings the Dutch treebank releases to one annotation before training.
///
/// - `flat:name` (2017 releases) becomes `flat`, as in current UD Dutch; other tag and relation
///   conventions of the old files are aligned with the current files by `ConventionAligner`
///   (function words), `AuxiliaryAligner` (AUX or VERB per lemma) and `NumeralAligner` (ordinals),
///   and their trees are rewritten into current structures by `LegacyTreeConverter`.
/// - A 2017 file (recognised by `flat:name`) follows the 2017 convention for joined particle
///   verbs (`meenemen`); those lemmas become `mee_nemen` when current files write them so,
///   or when the part after a known particle is itself a verb lemma (and current files do not
///   write the joined form).
/// - A verb whose particle stands apart is trained on its base lemma (`vallen` for "viel …
///   binnen"): the particle is a separate word, and the pipeline puts it back after parsing.
struct TreebankNormalizer {
    /// Lemmas of `compound:prt` dependents seen at least three times, longest first, less the
    /// ones current files nearly always write joined to the verb (`ver`: `verlopen`; `te`:
    /// `tegenkomen`): stray analyses of the old files, which would split `ver_lopen`.
    let particles: [String]
    let currentLemmas: Set<String>
    let verbLemmas: Set<String>

    init(files: [[Sentence]]) {
        var particleCounts: [String: Int] = [:]
        var current = Set<String>(), verbs = Set<String>(), currentVerbs = Set<String>()
        for file in files {
            let legacy = Self.isLegacy(file)
            for s in file {
                for w in s.words {
                    if w.deprel == "compound:prt", let l = w.lemma { particleCounts[l.lowercased(), default: 0] += 1 }
                    if let l = w.lemma {
                        if !legacy { current.insert(l); if w.upos == .VERB { currentVerbs.insert(l) } }
                        if w.upos == .VERB, !l.contains("_") { verbs.insert(l) }
                    }
                }
            }
        }
        func isWrittenApart(_ particle: String) -> Bool {
            let split = currentVerbs.filter { $0.hasPrefix(particle + "_") }.count
            let joined = currentVerbs.filter { !$0.hasPrefix(particle + "_") && $0.hasPrefix(particle) && $0.count >= particle.count + 3 }.count
            return split * 5 >= joined
        }
        particles = particleCounts.filter { $0.value >= 3 && $0.key.count >= 2 && isWrittenApart($0.key) }.keys
            .sorted { ($0.count, $0) > ($1.count, $1) }
        currentLemmas = current; verbLemmas = verbs
    }

    /// A 2017 release: it still uses `flat:name`, which UD 2.x Dutch files replaced by `flat`.
    static func isLegacy(_ file: [Sentence]) -> Bool {
        file.contains { s in s.words.contains { $0.deprel == "flat:name" } }
    }

    func normalize(_ files: [[Sentence]]) -> [[Sentence]] {
        let current = files.filter { !Self.isLegacy($0) }.flatMap { $0 }
        let legacy = files.filter(Self.isLegacy).flatMap { $0 }
        let aligner = current.isEmpty ? nil : ConventionAligner(current: current, legacy: legacy)
        let auxiliaries = AuxiliaryAligner(current: current), numerals = NumeralAligner(current: current)
        let converter = current.isEmpty ? nil : LegacyTreeConverter(current: current, legacy: legacy)
        return files.map { file -> [Sentence] in
            let isLegacy = Self.isLegacy(file)
            return file.map { s in
                let normalized = normalize(s, legacy: isLegacy)
                guard isLegacy, let aligner, let converter else { return normalized }
                return converter.convert(numerals.align(auxiliaries.align(aligner.align(normalized))))
            }
        }
    }

    private func normalize(_ sentence: Sentence, legacy: Bool) -> Sentence {
        var s = sentence
        for i in s.words.indices {
            if s.words[i].deprel == "flat:name" { s.words[i].deprel = "flat" }
            guard let lemma = s.words[i].lemma, s.words[i].upos == .VERB || s.words[i].upos == .AUX else { continue }
            if let particle = s.particle(of: i) {
                if lemma.hasPrefix(particle + "_") { s.words[i].lemma = String(lemma.dropFirst(particle.count + 1)) }
            } else if legacy, !lemma.contains("_") {
                s.words[i].lemma = splitJoinedParticleVerb(lemma)
            }
        }
        return s
    }

    private func splitJoinedParticleVerb(_ lemma: String) -> String {
        for p in particles where lemma.hasPrefix(p) && lemma.count >= p.count + 3 {
            let split = "\(p)_\(lemma.dropFirst(p.count))"
            if currentLemmas.contains(split) { return split }
            if currentLemmas.contains(lemma) { return lemma }
            if verbLemmas.contains(String(lemma.dropFirst(p.count))) { return split }
        }
        return lemma
    }
}
