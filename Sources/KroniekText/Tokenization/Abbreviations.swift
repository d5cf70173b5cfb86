/// Abbreviations that keep their full stop as part of the token, written by hand from
/// knowledge of each language and checked against the UD TRAIN files (Alpino/LassySmall
/// train, EWT train). Stored lower-cased without the final stop; dotted forms with
/// single letters (U.S., o.a., d.w.z.) are recognised by shape and need no entry.
/// An entry written with a capital (Sun, No) counts only when capitalised in the text,
/// because its lower-case form is an ordinary word ("the sun.", "I said no.").
struct AbbreviationList: Sendable {
    /// Abbreviations that may end a sentence (etc., Inc.): a capital after them starts a new one.
    private let general: Set<String>
    /// Titles and other abbreviations that are followed by more of the same sentence
    /// (Dr., mr., St., vs., Wed., i.e.), even before a capital.
    private let neverFinal: Set<String>

    init(general: [String], neverFinal: [String]) {
        self.general = Set(general.map(AbbreviationList.key))
        self.neverFinal = Set(neverFinal.map(AbbreviationList.key))
    }

    /// Lower-case entries match in any case; capitalised ones are keyed with a leading "^".
    private static func key(_ entry: String) -> String {
        entry.first?.isUppercase == true ? "^" + entry.lowercased() : entry
    }

    private func lookup(_ folded: String, capitalised: Bool, in set: Set<String>) -> Bool {
        set.contains(folded) || (capitalised && set.contains("^" + folded))
    }

    /// `folded` is the lower-cased word without its stop.
    func contains(_ folded: String, capitalised: Bool) -> Bool {
        lookup(folded, capitalised: capitalised, in: general) || lookup(folded, capitalised: capitalised, in: neverFinal)
    }

    func isNeverFinal(_ folded: String, capitalised: Bool) -> Bool { lookup(folded, capitalised: capitalised, in: neverFinal) }
    func mayBeFinal(_ folded: String, capitalised: Bool) -> Bool { lookup(folded, capitalised: capitalised, in: general) }

    static let dutch = AbbreviationList(
        general: [
            "a.s", "afb", "afd", "afl", "alg", "art", "bijv", "bijz", "blz", "bv", "ca", "cf", "chr", "co", "d.i",
            "d.w.z", "dhr", "dgl", "e.a", "e.d", "e.v", "eig", "enz", "etc", "evt", "excl", "fa", "fig", "gem",
            "geb", "gest", "gld", "hfd", "inc", "incl", "jl", "jr", "kath", "lib", "ltd", "max", "min", "mln", "mld",
            "mrd", "n.chr", "nl", "nr", "o.a", "o.l.v", "o.m", "ong", "plm", "pnt", "resp", "sr", "t.a.v",
            "t.o.v", "tel", "vgl", "v.chr", "vnl", "vs", "zgn", "zg",
        ],
        neverFinal: [
            "dr", "drs", "ds", "ing", "ir", "mgr", "mevr", "mej", "mr", "mw", "prof", "st", "kol", "gen",
            "lt", "kapt", "burg", "v",
        ])

    static let english = AbbreviationList(
        general: [
            "a.m", "p.m", "apr", "aug", "ave", "blvd", "co", "corp", "dec", "esp", "etc", "feb", "hr", "hrs", "inc",
            "Jan", "jr", "jul", "jun", "lb", "lbs", "ltd", "Mar", "min", "mins", "nov", "oct", "oz", "sec", "sept",
            "sep", "sr", "yr", "yrs", "misc",
        ],
        neverFinal: [
            "capt", "col", "dr", "ft", "gen", "gov", "lt", "mr", "mrs", "ms", "mt", "prof", "rep", "reps", "rev",
            "sen", "sgt", "st", "pres", "messrs", "attn",
            "a.k.a", "approx", "cf", "dept", "e.g", "eg", "Est", "ext", "fig", "fri", "i.e", "Mon", "No", "Sat",
            "Sun", "thu", "thur", "thurs", "tue", "tues", "vol", "vs", "Wed",
        ])
}
