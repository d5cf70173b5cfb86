/// Dutch compound analysis for lemmas. Current UD Dutch writes a compound's lemma with its
/// parts joined by underscores, the first parts in their base form and the head lemmatised:
/// `vrouwenwijding` → `vrouw_wijding`, `grastoernooien` → `gras_toernooi`, `24-jarige` →
/// `24_jarig`, `FARC-rebellen` → `FARC_rebel`. Most compounds in news are new words, so the
/// lexicon cannot list them: the splitter finds a known word at the end (the head, looked up
/// in the lexicon with the word's UPOS) and analyses what is left as modifiers.
struct CompoundSplitter: Sendable {
    /// Lowercased lemmas of content words, each a possible first part as it stands or with a
    /// linking morpheme (`opleiding` + `s`).
    let bases: Set<String>
    /// First-part spellings seen in compound lemmas of current files that the linking
    /// morphemes do not explain (`zeden` → `zede`, `woon` → `woon`).
    let spellings: [String: String]
    /// Separable-verb particles of the training treebanks (`aan`, `mee`, `terug`), longest first.
    let particles: [String]
    let particleSet: Set<String>

    static let linkingMorphemes = ["s", "en", "e", "n"]
    /// Shorter heads and bases match by chance too often (`be` + `nen` for `benen`).
    static let minimumHeadLength = 3
    static let minimumBaseLength = 3

    init(bases: Set<String>, spellings: [String: String], particles: [String]) {
        self.bases = bases; self.spellings = spellings
        self.particles = particles.sorted { ($0.count, $0) > ($1.count, $1) }
        particleSet = Set(particles)
    }

    /// The analysis of `form` as a compound, or nil when no split explains it. `known` gives
    /// the lemma of a word the lexicon has (with the UPOS of the whole), or nil; `guess` the
    /// lemma of any word, used for the head after a hyphen (`Bankgiroloterij-ploeg`).
    func split(_ form: String, known: (String) -> String?, guess: (String) -> String) -> CompoundSplit? {
        let scalars = Array(form.unicodeScalars)
        guard scalars.count >= 2 + Self.minimumHeadLength else { return nil }
        func text(_ part: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(part)) }
        // The longest known head wins: `wereld_ranglijst`, not `wereld_rang_lijst`.
        for cut in 2...(scalars.count - Self.minimumHeadLength) {
            let head = text(scalars[cut...])
            guard head.unicodeScalars.first != "-", let headLemma = known(head) ?? known(head.lowercased()),
                  let modifiers = modifiers(text(scalars[..<cut])) else { continue }
            return CompoundSplit(surface: text(scalars[..<cut]), modifiers: modifiers, headLemma: headLemma)
        }
        guard let hyphen = scalars.lastIndex(of: "-"), hyphen >= 1, scalars.count - hyphen > Self.minimumHeadLength,
              let modifiers = modifiers(text(scalars[...hyphen])) else { return nil }
        return CompoundSplit(surface: text(scalars[...hyphen]), modifiers: modifiers, headLemma: guess(text(scalars[(hyphen + 1)...])))
    }

    /// The particle verb lemma of `form` (`meegesprongen` → `mee_springen`) when it starts
    /// with a particle and the rest is a verb form that `known` lemmatises.
    func particleVerbLemma(of form: String, known: (String) -> String?) -> String? {
        let lower = form.lowercased()
        for particle in particles where lower.hasPrefix(particle) {
            let rest = String(lower.dropFirst(particle.count))
            if rest.count >= Self.minimumHeadLength, let verb = known(rest), !verb.contains("_") { return "\(particle)_\(verb)" }
        }
        return nil
    }

    /// The base forms of the first parts of a compound (`derde-ronde` → `derde`, `ronde`),
    /// or nil when `surface` is not made of known first parts.
    func modifiers(_ surface: String) -> [String]? {
        let hyphenated = surface.hasSuffix("-")
        let text = hyphenated ? String(surface.dropLast()) : surface
        if text.contains("-") {
            var parts: [String] = []
            for piece in text.split(separator: "-", omittingEmptySubsequences: false) {
                guard let p = modifiers(String(piece) + "-") else { return nil }
                parts += p
            }
            return parts
        }
        guard let base = base(of: text.lowercased()) else {
            // Before a hyphen any name or abbreviation can be a first part: `FARC-rebellen`.
            return hyphenated && text.unicodeScalars.count >= 2 ? [text] : nil
        }
        // A name or abbreviation keeps its case (`FARC`); a capital that only starts the
        // sentence does not (`Wisseldrank` → `wissel_drank`).
        let keepsCase = hyphenated && text.lowercased() == base && text != base && text.count > 1
        return [keepsCase ? text : base]
    }

    private func base(of lower: String) -> String? {
        if let spelled = spellings[lower] { return spelled }
        if !lower.isEmpty, lower.allSatisfy(\.isNumber) { return lower }
        if lower.count >= Self.minimumBaseLength, bases.contains(lower) { return lower }
        for link in Self.linkingMorphemes where lower.hasSuffix(link) {
            let stem = String(lower.dropLast(link.count))
            if stem.count >= Self.minimumBaseLength, bases.contains(stem) { return stem }
        }
        return nil
    }

    func encode(into out: inout ByteWriter) {
        out.write(bases.sorted())
        let keys = spellings.keys.sorted()
        out.write(keys); out.write(keys.map { spellings[$0]! })
        out.write(particles)
    }

    static func decode(from input: inout ByteReader) throws -> CompoundSplitter {
        let bases = Set(try input.read([String].self))
        let keys = try input.read([String].self), values = try input.read([String].self)
        guard keys.count == values.count else { throw ModelFormatError("compound spelling table mismatch") }
        return CompoundSplitter(bases: bases, spellings: Dictionary(uniqueKeysWithValues: zip(keys, values)),
                                particles: try input.read([String].self))
    }
}

/// A word analysed as first parts plus a head: `vrouwentoernooien` → surface `vrouwen`,
/// modifiers [`vrouw`], head lemma `toernooi`.
struct CompoundSplit: Equatable {
    /// The word up to the head, as written (with linking morpheme or hyphen).
    var surface: String
    var modifiers: [String]
    var headLemma: String

    /// The current UD Dutch lemma of a compound: `vrouw_toernooi`.
    var underscored: String { (modifiers + [headLemma]).joined(separator: "_") }
    /// The lemma of a compound that is written as one word (`doelpunten` → `doelpunt`); a
    /// capital is kept only where the first part kept it (a name).
    var joined: String {
        let first = modifiers.first ?? ""
        return (first == first.lowercased() ? surface.lowercased() : surface) + headLemma
    }
}
