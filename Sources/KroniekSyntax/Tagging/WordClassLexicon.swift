import KroniekCore

/// Type-level word classes from a larger tagged corpus than the treebanks: for each word form,
/// its most frequent coarse tag and entity type there (CoNLL-2002 Dutch NER: news of the same
/// period, `Wim N B-PER`). The tagger sees the class as a feature, which tells it, for words the
/// treebanks never show, that `Koerts` is a person's name and `Thaise` an adjective. Forms are
/// kept only as hashes: the model stores no text of the corpus.
struct WordClassLexicon: Sendable {
    /// Form hash (`FeatureHash.string`, case kept) → class hash; 0 is "not listed".
    private(set) var classes: [UInt64: UInt64] = [:]

    var isEmpty: Bool { classes.isEmpty }

    init() {}

    /// Reads CoNLL-2002/2003 style corpora: one `form tag [chunk] entity` line per word, blank
    /// lines between sentences, `-DOCSTART-` lines between documents.
    init(corpora: [String]) {
        var counts: [String: [String: Int]] = [:]
        for text in corpora {
            for line in text.split(whereSeparator: \.isNewline) {
                let columns = line.split(separator: " ")
                guard columns.count >= 3, columns[0] != "-DOCSTART-", let label = columns.last else { continue }
                let entity = label == "O" ? "O" : String(label.drop { $0 != "-" }.dropFirst())
                counts[String(columns[0]), default: [:]]["\(columns[1]) \(entity)", default: 0] += 1
            }
        }
        for (form, classCounts) in counts {
            let best = classCounts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            classes[FeatureHash.string(form)] = FeatureHash.string(best)
        }
    }

    /// The class of a form, 0 when the corpus lacks it.
    func wordClass(of form: String) -> UInt64 { classes[FeatureHash.string(form)] ?? 0 }

    func lists(_ form: String) -> Bool { classes[FeatureHash.string(form)] != nil }

    static let lowercaseMark: UInt64 = 0x6c6f_7765_72

    /// The atoms of a sentence's words, with their classes (0 where the corpus lacks the form).
    func atoms(_ words: [Word]) -> [WordAtoms] {
        words.map { word in
            var atoms = WordAtoms(form: word.form)
            // A capitalised form the corpus lacks (sentence-initial) takes its lowercase's class,
            // marked as such.
            atoms.wordClass = classes[atoms.form] ?? classes[atoms.lower].map { FeatureHash.mix($0, Self.lowercaseMark) } ?? 0
            return atoms
        }
    }

    func encode(into out: inout ByteWriter) {
        let keys = classes.keys.sorted()
        out.write(UInt32(keys.count))
        for k in keys { out.write(k); out.write(classes[k]!) }
    }

    static func decode(from input: inout ByteReader) throws -> WordClassLexicon {
        var lexicon = WordClassLexicon()
        let n = Int(try input.read(UInt32.self))
        lexicon.classes.reserveCapacity(n)
        for _ in 0..<n { lexicon.classes[try input.read(UInt64.self)] = try input.read(UInt64.self) }
        return lexicon
    }
}
