/// What a demand or appeal asks for, read from the event coded in its content: "Oekraïne
/// eist dat Rusland zijn troepen terugtrekt" is a demand for withdrawal (106), not just a
/// demand (100). Only the unspecified codes (100, 020) are refined; a pattern that already
/// chose a specific code keeps it.
enum DemandContent {
    /// For each word whose events state a demand or appeal, the code of the first event
    /// coded in its content; empty when no such pair is in the sentence. Negated content
    /// ("eist dat westerse landen geen wapens leveren") asks for the opposite and says nothing.
    static func specificCodes(coded: [(Int, [ClauseEvent])], embeddings: [(kind: EventEmbedding, head: Int)?],
                              isNegated: (Int) -> Bool) -> [Int: String] {
        var out: [Int: String] = [:]
        for (i, (v, found)) in coded.enumerated() {
            guard let e = embeddings[i], e.kind == .demand, out[e.head] == nil, !isNegated(v), let first = found.first else { continue }
            out[e.head] = first.code
        }
        return out
    }

    /// The demand or appeal code for asking for an event of code `content`, when `code`
    /// is the unspecified demand or appeal and the content says what is asked.
    static func specialised(_ code: String, toward content: String) -> String? {
        guard code == "100" || code == "020",
              let asked = askedFor.first(where: { content.hasPrefix($0.content) }) else { return nil }
        return code == "100" ? asked.demand : asked.appeal
    }

    /// Content code prefixes, most specific first, with the CAMEO 2.0 demand and appeal
    /// codes for asking for them.
    private static let askedFor: [(content: String, demand: String, appeal: String)] = [
        ("0874", "106", "0256"),   // withdraw, retreat
        ("0871", "107", "0256"),   // ceasefire
        ("087", "1056", "0256"),   // other de-escalation
        ("0841", "1053", "0253"),  // release persons
        ("081", "1051", "0251"),   // ease administrative sanctions
        ("085", "1054", "0254"),   // ease economic sanctions
        ("045", "105", "028"),     // mediate
        ("04", "108", "026"),      // meet, negotiate
        ("07", "103", "023"),      // give aid
        ("06", "101", "021"),      // material cooperation
    ]
}
