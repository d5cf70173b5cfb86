/// Abbreviations that keep their full stop as part of the token, written by hand from
/// knowledge of each language and checked against the UD TRAIN files (Alpino/LassySmall
/// train, EWT train). Stored lower-cased without the final stop; dotted forms with
/// single letters (U.S., o.a., d.w.z.) are recognised by shape and need no entry.
struct AbbreviationList: Sendable {
    /// Abbreviations that may end a sentence (etc., Inc.): a capital after them starts a new one.
    let general: Set<String>
    /// Titles and other words that are always followed by more of the sentence (Dr., mr., St.).
    let titles: Set<String>

    func contains(_ folded: String) -> Bool { general.contains(folded) || titles.contains(folded) }

    static let dutch = AbbreviationList(
        general: [
            "a.s", "afb", "afd", "afl", "alg", "art", "bijv", "bijz", "blz", "bv", "ca", "cf", "chr", "co", "d.i",
            "d.w.z", "dhr", "dgl", "dus", "e.a", "e.d", "e.v", "eig", "enz", "etc", "evt", "excl", "fa", "fig", "gem",
            "geb", "gest", "gld", "hfd", "inc", "incl", "jl", "jr", "kath", "lib", "ltd", "max", "min", "mln", "mld",
            "mrd", "mw", "n.chr", "nl", "nr", "o.a", "o.l.v", "o.m", "ong", "plm", "pnt", "resp", "sr", "t.a.v",
            "t.o.v", "tel", "vgl", "v.chr", "vnl", "vs", "zgn", "zg",
        ],
        titles: [
            "dr", "drs", "ds", "ing", "ir", "mgr", "mevr", "mej", "mr", "mw", "prof", "st", "sint", "kol", "gen",
            "lt", "kapt", "burg", "wed", "v",
        ])

    static let english = AbbreviationList(
        general: [
            "a.k.a", "a.m", "p.m", "approx", "apr", "aug", "ave", "blvd", "cf", "co", "corp", "dec", "dept", "e.g",
            "eg", "esp", "est", "etc", "ext", "feb", "fig", "fri", "hr", "hrs", "i.e", "inc", "jan", "jr", "jul",
            "jun", "lb", "lbs", "ltd", "mar", "min", "mins", "mon", "no", "nov", "oct", "oz", "sat", "sec", "sept",
            "sep", "sr", "sun", "thu", "thur", "thurs", "tue", "tues", "vol", "vs", "wed", "yr", "yrs", "misc",
        ],
        titles: [
            "capt", "col", "dr", "ft", "gen", "gov", "lt", "mr", "mrs", "ms", "mt", "prof", "rep", "reps", "rev",
            "sen", "sgt", "st", "pres", "messrs", "attn",
        ])
}
