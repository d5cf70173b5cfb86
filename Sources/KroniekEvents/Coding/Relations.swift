import KroniekEntities

/// The dependency relations the coder reads, as bits: a word's relation is looked up
/// once per sentence, and every later test is a bit test instead of a string comparison.
/// A subtyped relation sets both its own bit and its base's (`nsubj:pass` is also `nsubj`).
struct Relations: OptionSet, Hashable {
    let rawValue: UInt64

    static let nsubj = Relations(rawValue: 1 << 0)
    static let nsubjPass = Relations(rawValue: 1 << 1)
    static let csubj = Relations(rawValue: 1 << 2)
    static let csubjPass = Relations(rawValue: 1 << 3)
    static let obj = Relations(rawValue: 1 << 4)
    static let iobj = Relations(rawValue: 1 << 5)
    static let obl = Relations(rawValue: 1 << 6)
    static let oblAgent = Relations(rawValue: 1 << 7)
    static let oblTmod = Relations(rawValue: 1 << 8)
    static let nmod = Relations(rawValue: 1 << 9)
    static let nmodPoss = Relations(rawValue: 1 << 10)
    static let nmodTmod = Relations(rawValue: 1 << 11)
    static let nmodNpmod = Relations(rawValue: 1 << 12)
    static let nmodAgent = Relations(rawValue: 1 << 13)
    static let ccomp = Relations(rawValue: 1 << 14)
    static let xcomp = Relations(rawValue: 1 << 15)
    static let advcl = Relations(rawValue: 1 << 16)
    static let acl = Relations(rawValue: 1 << 17)
    static let conj = Relations(rawValue: 1 << 18)
    static let appos = Relations(rawValue: 1 << 19)
    static let compound = Relations(rawValue: 1 << 20)
    static let compoundPrt = Relations(rawValue: 1 << 21)
    static let flat = Relations(rawValue: 1 << 22)
    static let fixed = Relations(rawValue: 1 << 23)
    static let amod = Relations(rawValue: 1 << 24)
    static let det = Relations(rawValue: 1 << 25)
    static let nummod = Relations(rawValue: 1 << 26)
    static let goeswith = Relations(rawValue: 1 << 27)
    static let caseMarker = Relations(rawValue: 1 << 28)
    static let mark = Relations(rawValue: 1 << 29)
    static let aux = Relations(rawValue: 1 << 30)
    static let cop = Relations(rawValue: 1 << 31)
    static let advmod = Relations(rawValue: 1 << 32)
    static let parataxis = Relations(rawValue: 1 << 33)
    static let punct = Relations(rawValue: 1 << 34)
    static let neg = Relations(rawValue: 1 << 35)
    static let relcl = Relations(rawValue: 1 << 36)
    static let auxPass = Relations(rawValue: 1 << 37)

    /// UD v2 names, subtypes included; UD v1 names map onto them (`dobj` = `obj`,
    /// `nsubjpass` = `nsubj:pass`, `neg` = a negating `advmod`, `name` = `flat`).
    private static let byName: [String: Relations] = [
        "nsubj": .nsubj, "nsubj:pass": [.nsubj, .nsubjPass], "nsubjpass": [.nsubj, .nsubjPass],
        "csubj": .csubj, "csubj:pass": [.csubj, .csubjPass], "csubjpass": [.csubj, .csubjPass],
        "obj": .obj, "dobj": .obj, "iobj": .iobj,
        "obl": .obl, "obl:agent": [.obl, .oblAgent], "obl:tmod": [.obl, .oblTmod],
        "nmod": .nmod, "nmod:poss": [.nmod, .nmodPoss], "nmod:tmod": [.nmod, .nmodTmod],
        "nmod:npmod": [.nmod, .nmodNpmod], "obl:npmod": [.obl, .nmodNpmod], "nmod:agent": [.nmod, .nmodAgent],
        // A title before a name ("President Emmanuel Macron" in current English UD) stays
        // inside the name's phrase, like a compound.
        "nmod:desc": [.nmod, .compound],
        "ccomp": .ccomp, "xcomp": .xcomp, "advcl": .advcl, "acl": .acl, "acl:relcl": [.acl, .relcl],
        "conj": .conj, "appos": .appos, "compound": .compound, "compound:prt": [.compound, .compoundPrt],
        "flat": .flat, "flat:name": .flat, "name": .flat, "fixed": .fixed, "mwe": .fixed,
        "amod": .amod, "det": .det, "det:poss": .det, "nummod": .nummod, "goeswith": .goeswith,
        "case": .caseMarker, "mark": .mark, "aux": .aux, "aux:pass": [.aux, .auxPass], "auxpass": [.aux, .auxPass], "cop": .cop,
        "advmod": .advmod, "neg": [.advmod, .neg], "parataxis": .parataxis, "punct": .punct,
    ]

    /// `byName` numbered in a lexicon, so a word's relation is found without hashing its
    /// name with SipHash: the bits of name number `n` are `numbered.bits[n]`.
    private static let numbered: (names: Lexicon, bits: [Relations]) = {
        var names = Lexicon()
        var bits: [Relations] = []
        // The names are distinct, so each gets the next number.
        for (name, relations) in byName {
            _ = names.add(name)
            bits.append(relations)
        }
        return (names, bits)
    }()

    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The bits of a relation name; unknown subtypes fall back to their base.
    init(name: String) {
        if let r = Self.bits(of: name) { self = r; return }
        if let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")), let r = Self.bits(of: String(name[..<colon])) { self = r; return }
        self = []
    }

    private static func bits(of name: String) -> Relations? {
        numbered.names.number(of: name).map { numbered.bits[Int($0)] }
    }

    /// Relations that keep a word inside its head's noun phrase.
    static let phraseInternal: Relations = [.compound, .flat, .fixed, .amod, .nmodPoss, .det, .nummod, .goeswith, .caseMarker]
    /// Relations that open a clause of their own.
    static let clausal: Relations = [.acl, .advcl, .ccomp, .xcomp, .parataxis, .csubj]
    /// Clauses whose words still describe the phrase they hang on, for finding a target
    /// inside an object ("the roads leading into Mordor"): all but participle modifiers.
    static let separateClauses: Relations = [.relcl, .advcl, .ccomp, .xcomp, .parataxis, .csubj]
}
