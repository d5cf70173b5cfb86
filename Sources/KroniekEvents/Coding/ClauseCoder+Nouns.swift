import KroniekCore
import KroniekEntities

/// Noun events ("de inval in Oekraïne", "een bilaterale van Rusland en de Navo"): their
/// parties from the phrase, a support verb, or an earlier mention.
extension ClauseCoder {
    /// The phrases modifying a noun event: its dependents with a modifier relation or
    /// their own preposition, whatever the parser labelled them ("van Rusland en de Navo"
    /// as flat), and a prepositional phrase the parser hung on one of them instead of on
    /// the noun ("het bezoek van Xi aan Moskou" with "aan Moskou" under Xi) unless its
    /// preposition keeps it in that phrase ("de leider van …").
    func modifiers(ofNoun n: Int) -> [Int] {
        var out = view.children[n].filter { view.has($0, [.nmod, .amod, .compound]) || view.casePreposition($0) != nil }
        // The nested phrases follow all of the noun's own, in the same array.
        let own = out.count
        for c in 0..<own {
            for p in view.children(out[c], .nmod) where view.casePreposition(p).map({ !actors.memberPrepositions.contains($0) }) ?? false {
                out.append(p)
            }
        }
        return out
    }

    /// Whether coordinated parties do an event of this code with each other: intent to
    /// cooperate, consult, diplomatic and material cooperation, a ceasefire ("Israël en
    /// Hezbollah sloten een wapenstilstand"), fighting ("Armenië en Azerbeidzjan vechten").
    static func isMutual(_ code: String) -> Bool {
        mutualCodePrefixes.contains { code.hasPrefix($0) }
    }

    static let mutualCodePrefixes = ["03", "04", "05", "06", "0871", "19"]

    /// The actors of the subject of a support verb whose object is the noun event ("Biden
    /// hield een gesprek met Poetin"); also when the parser took the object for a passive
    /// subject beside the active one ("heeft een gesprek … gehouden").
    func supportVerbSubject(_ n: Int) -> [ResolvedActor] {
        guard let h = view.head(n), modality.isCue(.support, at: h),
              view.has(n, [.obj, .nsubjPass]) else { return [] }
        guard let s = view.children(h, .nsubj).first(where: { !view.has($0, Self.passiveSubjectRelations) }) else { return [] }
        let found = actors.actors(of: s)
        return found.isEmpty ? resolve(s).map { [$0] } ?? [] : found
    }

    /// Noun events: the source is the possessor, an adjective or compound ("Russian
    /// invasion"), or a `by` phrase; an `of` phrase is the target when a source is named
    /// otherwise, else the source; other prepositions give the target; `between X and Y`
    /// codes both directions. The prepositions are the language's cue words.
    func nounEvents(_ n: Int, code: EventCodeAssignment, evidence: String) -> [ClauseEvent]? {
        guard let primary = code.primary else { return nil }
        let by = modality.words(.by), of = modality.words(.of), between = modality.words(.between)
        var sources: [ResolvedActor] = [], targets: [ResolvedActor] = [], ofPhrase: [ResolvedActor] = []
        // A phrase with its own preposition modifies the noun whatever the parser labelled
        // it ("van Rusland en de Navo" as flat).
        for c in modifiers(ofNoun: n) {
            let found = actors.actors(of: c)
            // A role adjective on the event noun says what kind of event it is, not who
            // takes part ("an official visit", "military drills").
            guard !found.isEmpty, !(view.words[c].upos == .ADJ && found.allSatisfy { $0.country == nil }) else { continue }
            let prep = view.casePreposition(c) ?? ""
            if between.contains(prep), found.count >= 2 { return pairwise(found, code: primary, evidence: evidence) }
            if view.has(c, .nmodPoss) || by.contains(prep) || prep.isEmpty {
                if sources.isEmpty { sources = found }
            } else if of.contains(prep) {
                if ofPhrase.isEmpty { ofPhrase = found }
            } else if targets.isEmpty { targets = found }
        }
        // The subject of a support verb does the act, and an `of` phrase then names whom
        // it is done to ("kondigde de belegering van de Gazastrook aan").
        if sources.isEmpty { sources = supportVerbSubject(n) }
        if sources.isEmpty { sources = ofPhrase } else if targets.isEmpty { targets = ofPhrase }
        if sources.isEmpty, let earlier = referredEvent(n) { (sources, targets) = ([earlier.source], [earlier.target]) }
        // Placed and resolved as a verb's parties are; a role noun no state could be
        // found for names no party.
        settleRoles(&sources, &targets, code: primary)
        sources.removeAll { $0.code.hasPrefix("---") }
        targets.removeAll { $0.code.hasPrefix("---") }
        guard !sources.isEmpty else { return nil }
        // "een bilaterale van Rusland en de Navo", "an agreement of A and B": a meeting,
        // agreement or cooperation of coordinated parties is between them.
        if targets.isEmpty, sources.count >= 2, Self.isMutual(primary) {
            return pairwise(sources, code: primary, evidence: evidence)
        }
        return sources.flatMap { s in
            targets.isEmpty ? [ClauseEvent(source: reference(s), target: nil, code: primary, evidence: evidence)]
                : targets.filter { $0.code != s.code }.map { ClauseEvent(source: reference(s), target: reference($0), code: primary, evidence: evidence) }
        }
    }
}
