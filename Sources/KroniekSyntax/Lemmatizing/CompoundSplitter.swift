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

    static let linkingMorphemes = ["s", "en", "e", "n"]
    /// Shorter heads and bases match by chance too often (`be` + `nen` for `benen`).
    static let minimumHeadLength = 3
    static let minimumBaseLength = 3

    /// The compound lemma of `form`, or nil when no split explains it. `headLemma` gives the
    /// lemma of a known word (with the UPOS of the whole), or nil for an unknown one.
    func lemma(of form: String, headLemma: (String) -> String?) -> String? {
        let scalars = Array(form.unicodeScalars)
        guard scalars.count >= 2 + Self.minimumHeadLength else { return nil }
        // The longest known head wins: `wereld_ranglijst`, not `wereld_rang_lijst`.
        for cut in 2...(scalars.count - Self.minimumHeadLength) {
            let head = String(String.UnicodeScalarView(scalars[cut...]))
            guard head.unicodeScalars.first != "-", let headLemma = headLemma(head) ?? headLemma(head.lowercased()),
                  let modifiers = modifiers(String(String.UnicodeScalarView(scalars[..<cut]))) else { continue }
            return (modifiers + [headLemma]).joined(separator: "_")
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
    }

    static func decode(from input: inout ByteReader) throws -> CompoundSplitter {
        let bases = Set(try input.read([String].self))
        let keys = try input.read([String].self), values = try input.read([String].self)
        guard keys.count == values.count else { throw ModelFormatError("compound spelling table mismatch") }
        return CompoundSplitter(bases: bases, spellings: Dictionary(uniqueKeysWithValues: zip(keys, values)))
    }
}
