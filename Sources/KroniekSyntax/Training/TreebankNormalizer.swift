import KroniekCore

/// Brings the Dutch treebank releases to one annotation before training.
///
/// - `flat:name` (2017 releases) becomes `flat`, as in current UD Dutch.
/// - A file that never writes `_` in a lemma follows the 2017 convention for joined particle
///   verbs (`meenemen`); those lemmas become `mee_nemen` when current files write them so,
///   or when the part after a known particle is itself a verb lemma (and current files do not
///   write the joined form).
/// - A verb whose particle stands apart is trained on its base lemma (`vallen` for "viel …
///   binnen"): the particle is a separate word, and the pipeline puts it back after parsing.
struct TreebankNormalizer {
    let particles: [String]
    let currentLemmas: Set<String>
    let verbLemmas: Set<String>

    init(files: [[Sentence]]) {
        var particleCounts: [String: Int] = [:]
        var current = Set<String>(), verbs = Set<String>()
        for file in files {
            let legacy = Self.isLegacy(file)
            for s in file {
                for w in s.words {
                    if w.deprel == "compound:prt", let l = w.lemma { particleCounts[l.lowercased(), default: 0] += 1 }
                    if let l = w.lemma {
                        if !legacy { current.insert(l) }
                        if w.upos == .VERB, !l.contains("_") { verbs.insert(l) }
                    }
                }
            }
        }
        particles = particleCounts.filter { $0.value >= 3 && $0.key.count >= 2 }.keys.sorted { ($0.count, $0) > ($1.count, $1) }
        currentLemmas = current; verbLemmas = verbs
    }

    static func isLegacy(_ file: [Sentence]) -> Bool {
        !file.contains { s in s.words.contains { $0.lemma?.contains("_") == true } }
    }

    func normalize(_ files: [[Sentence]]) -> [Sentence] {
        files.flatMap { file -> [Sentence] in
            let legacy = Self.isLegacy(file)
            return file.map { normalize($0, legacy: legacy) }
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
