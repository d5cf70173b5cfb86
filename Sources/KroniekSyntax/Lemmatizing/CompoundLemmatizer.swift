import KroniekCore

/// Lemmas of unknown Dutch compounds: the splitter finds the parts, and a learnt model
/// decides how the lemma is written. Alpino, which made the current UD Dutch lemmas, writes
/// a compound with underscores (`basis_niveau`) unless its own lexicon lists the whole word
/// (`doelman`, `bondscoach`, `persconferentie`); and a word made with a prefix or suffix
/// (`on`+`veilig`, `omroep`+`ster`) is no compound at all. The model is a perceptron over the
/// parts of the split, trained on the current files' words that the splitter can split.
struct CompoundLemmatizer: Sendable {
    let splitter: CompoundSplitter
    /// One column: a positive score means underscores.
    let boundaries: LinearModel

    /// The lemma of an unknown `form` of class `upos`, or nil when it is no compound.
    func lemma(of form: String, upos: UPOS, known: (String) -> String?, guess: (String) -> String,
               features f: inout FeatureList) -> String? {
        if upos == .VERB { return splitter.particleVerbLemma(of: form, known: known) }
        guard Self.compoundTags.contains(upos), let split = splitter.split(form, known: known, guess: guess) else { return nil }
        return isUnderscored(split, upos: upos, features: &f) ? split.underscored : split.joined
    }

    /// The lemma of a possible head: the treebanks' lemma (`lexicon`, by form and UPOS), or for a
    /// word that only the word-class lexicon lists (`fase` in `slotfase`) the `guess`ed one.
    static func headLemma(_ part: String, upos: UPOS, lexicon: [String: String], wordClasses: WordClassLexicon,
                          guess: (String) -> String) -> String? {
        lexicon[Lemmatizer.lexiconKey(part, upos)]
            ?? (part.count >= minimumListedHeadLength && wordClasses.lists(part) ? guess(part) : nil)
    }

    /// Heads known only from the word-class lexicon must be this long: short words match inside
    /// other words by chance.
    static let minimumListedHeadLength = 4

    /// Word classes whose unknown words may be compounds (particle verbs are handled apart).
    static let compoundTags: Set<UPOS> = [.NOUN, .ADJ]

    func isUnderscored(_ split: CompoundSplit, upos: UPOS, features f: inout FeatureList) -> Bool {
        Self.features(split, upos: upos, into: &f)
        return f.withBuffer { ids in ids.reduce(Float(0)) { $0 + boundaries.weight($1, column: 0) } } > 0
    }

    static func features(_ split: CompoundSplit, upos: UPOS, into f: inout FeatureList) {
        f.reset()
        typealias H = FeatureHash
        let first = split.modifiers.first ?? "", last = split.modifiers.last ?? ""
        let head = split.headLemma.lowercased()
        let bare = split.surface.lowercased().replacingOccurrences(of: "-", with: "")
        let parts = split.modifiers.joined().lowercased()
        let link = bare.hasPrefix(parts) ? String(bare.dropFirst(parts.count)) : "?"
        f.add(H.feature(100, 1)); f.add(H.feature(101, H.string(first.lowercased())))
        f.add(H.feature(102, H.string(last.lowercased()))); f.add(H.feature(103, H.string(head)))
        f.add(H.feature(104, H.string(String(head.suffix(3))))); f.add(H.feature(105, H.string(link)))
        f.add(H.feature(106, UInt64(min(last.count, 6)))); f.add(H.feature(107, UInt64(min(head.count, 8))))
        f.add(H.feature(108, split.surface.hasSuffix("-") ? 1 : 0, UInt64(split.modifiers.count)))
        f.add(H.feature(109, UInt64(upos.index))); f.add(H.feature(110, H.string(String(head.prefix(3)))))
    }

    func encode(into out: inout ByteWriter) { splitter.encode(into: &out); boundaries.encode(into: &out) }

    static func decode(from input: inout ByteReader) throws -> CompoundLemmatizer {
        CompoundLemmatizer(splitter: try CompoundSplitter.decode(from: &input), boundaries: try LinearModel.decode(from: &input))
    }
}
