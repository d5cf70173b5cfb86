import KroniekCore
import KroniekEntities

/// Verb events: the dictionary entry of a verb (with its particle or light-verb noun,
/// wherever the parser hung it), the pattern that matches, and the words patterns read.
extension ClauseCoder {
    /// The dictionary entry for the verb: the one whose extra words (particle, light-verb
    /// noun) are present, preferring the entry that needs the most of them.
    func entry(for v: Int) -> VerbEntry? {
        // The particle verb first, then the word form (dictionaries list irregular forms
        // such as LEFT apart from LEAVE), then the lemma, and last the lemma without a
        // particle the parser attached by mistake ("donderdag_zeggen" -> ZEGGEN). The first
        // key with an entry whose extra words are present wins.
        let particleVerb = view.fullLemma(v)
        if Self.isJoined(particleVerb), let e = entry(for: v, key: particleVerb) { return e }
        for key in view.keys[v] { if let e = entry(for: v, key: key) { return e } }
        for key in view.keys[v] where Self.isJoined(key) {
            if let last = key.split(separator: "_").last, let e = entry(for: v, key: String(last)) { return e }
        }
        return nil
    }

    /// Whether the verb's subject is itself a noun event ("een ontmoeting van Xi en Biden
    /// staat gepland", "de onderhandelingen worden hervat"): the verb then tells when or
    /// whether that event happens, and the noun codes it.
    func hasEventSubject(_ v: Int) -> Bool {
        guard let s = view.child(v, [.nsubj, .nsubjPass]), isNoun(s) else { return false }
        return nounEntry(s) != nil
    }

    static func isJoined(_ key: String) -> Bool { key.utf8.contains(UInt8(ascii: "_")) }

    /// The entry under one key whose extra words are present, the first of those needing
    /// the most.
    func entry(for v: Int, key: String) -> VerbEntry? {
        guard let entries = dictionary.verbs[key] else { return nil }
        let language = (view.sentence.language ?? context.language).rawValue
        var best: (entry: VerbEntry, rank: Int)?
        for e in entries where e.applies(to: language)
            && e.wordsBefore.enumerated().allSatisfy({ k, w in
                let i = v - e.wordsBefore.count + k
                return i >= 0 && view.keys[i].contains(w)
            }) {
            // Each extra word found as itself counts two, found as a compound's head one:
            // "hield een videogesprek" is a video call before it is a conversation.
            var rank = 2 * e.wordsBefore.count
            for w in e.wordsAfter {
                let found = particleMatch(w, v)
                guard found > 0 else { rank = -1; break }
                rank += found
            }
            if rank >= 0, best.map({ $0.rank < rank }) ?? true { best = (e, rank) }
        }
        return best?.entry
    }

    /// How a particle or light-verb noun is present: 2 when a dependent of the verb, or
    /// (misparsed) the word right after it, is that word ("cordoned off the roads" with
    /// "off" as a case marker); 1 when it is only the head of such a compound noun
    /// ("massaprotest" for "protest"); 0 when it is absent.
    func particleMatch(_ word: String, _ v: Int) -> Int {
        var best = 0
        func check(_ w: Int) -> Bool {
            if view.keys[w].contains(word) { return true }
            if best == 0, view.compoundHead(w) == word { best = 1 }
            return false
        }
        if view.children[v].contains(where: check) || (v + 1 < view.count && check(v + 1)) { return 2 }
        return best > 0 ? best : strayParticle(word, after: v) ? 2 : 0
    }

    /// Whether a separable particle of the verb stands later in its clause, hung elsewhere
    /// by the parser ("riep de premier, Netanyahu, wel op om …" with "op" under "wel"): a
    /// word with the particle's form that is no preposition of a noun, before the next
    /// finite verb or clause boundary.
    func strayParticle(_ word: String, after v: Int) -> Bool {
        guard view.hasFeature(v, "VerbForm=Fin") else { return false }
        var i = v + 1
        while i < view.count {
            if view.hasFeature(i, "VerbForm=Fin") || view.words[i].upos == .SCONJ { return false }
            if view.keys[i].contains(word), [.ADP, .ADV].contains(view.words[i].upos), !view.has(i, .caseMarker) { return true }
            i += 1
        }
        return false
    }

    func verbEvents(_ v: Int) -> [ClauseEvent]? {
        guard let entry = entry(for: v), !hasEventSubject(v), !isTrailingAttribution(v) else { return nil }
        let family = dictionary.families[entry.family]
        let matcher = PatternMatcher(view: view, actors: actors)
        // Made only when a pattern passes the pre-check (most verbs have none that does).
        lazy var sides = sequences(around: v)
        // Kroniek refinements look among all the verb's dependents, on either side, but
        // not at the subordinator of its own clause ("zei dat Rusland garanties eist":
        // that "dat" does not open what is demanded).
        lazy var dependents = view.subtree(v, excluding: asides(of: v)).filter {
            $0 != v && !view.isPunctuation($0) && !(view.head($0) == v && view.has($0, .mark))
        }
        var bindings = PatternBindings()
        var chosen: (EventCodeAssignment, String)?
        var pattern: VerbPattern?
        for (index, p) in family.patterns.enumerated()
        where anchors.canMatch(family: entry.family, pattern: index, present: presentWords) {
            var b = PatternBindings()
            if matcher.match(p.before, in: sides.before, bindings: &b),
               matcher.match(p.after, in: p.anywhere ? dependents : sides.after, bindings: &b) {
                chosen = (lastOfSameText(p, in: family).code, p.text); bindings = b; pattern = p; break
            }
        }
        if chosen == nil, let code = entry.code ?? family.code {
            chosen = (code, "verb \(entry.lemma) (\(family.name), \(entry.origin))")
        }
        guard let (code, evidence) = chosen, var primary = code.primary else { return nil }
        var reverse = code.reverse
        // A negated verb takes the negated code where the ontology has one, unless the
        // pattern itself spelled out the negation ("- NOT * [050]").
        let negators = modality.negators(of: v)
        if let petrarch = petrarchCombination {
            // UniversalPetrarch negates a verb with a `neg` dependent only (UD 1's "not",
            // which UD 2 makes a negating particle), by its number less 0xFFFF; where that
            // names no code its event matches nothing.
            if view.children[v].contains(where: { view.has($0, .neg) || (view.words[$0].upos == .PART && negators.contains($0)) }) {
                guard let negated = petrarch.negation(of: primary) else { return nil }
                primary = negated
                reverse = reverse.flatMap(petrarch.negation)
            }
        } else if !negators.isEmpty, !(pattern.map { mentions(negators, in: $0) } ?? false),
           let negated = dictionary.negatedCodes[primary] {
            primary = negated
            reverse = reverse.flatMap { dictionary.negatedCodes[$0] }
        }
        // A pattern that reads the subject phrase ("NEITHER … NOR") has settled the roles.
        let subjectRead = !(pattern?.before.isEmpty ?? true)
        return events(v, code: primary, reverse: reverse, evidence: evidence, bindings: bindings,
                      mutualSubjects: !subjectRead)
    }

    /// Of the patterns written alike, the last one's code with PETRARCH dictionaries, which
    /// UniversalPetrarch keeps as its pattern tree stores each later line over the one
    /// before ("- * (FOR ATTACK) [1124]" three times, then "[112]": 112); the pattern
    /// itself otherwise.
    func lastOfSameText(_ pattern: VerbPattern, in family: VerbFamily) -> VerbPattern {
        guard dictionary.codesAgentsWithoutCountry else { return pattern }
        return family.patterns.last { $0.text == pattern.text } ?? pattern
    }

    func mentions(_ words: [Int], in pattern: VerbPattern) -> Bool {
        let keys = Set(words.flatMap { view.keys[$0] })
        return (pattern.before + pattern.after).contains { e in
            if case .word(let alts, _) = e { return alts.contains { $0.contains { keys.contains($0.text) } } }
            return false
        }
    }

    /// The words a pattern is matched against: before the verb, the subject phrase (its
    /// own or the one it inherits) and a passive auxiliary, as UniversalPetrarch reads
    /// PETRARCH patterns on dependency trees ("{DEATH TOLL} *", "% *", "+ WAS_ *"); after
    /// it, the verb's own dependents. With PETRARCH dictionaries the clauses the verb
    /// governs are no part of them: UniversalPetrarch matches a verb's patterns against
    /// its object and prepositional phrases (`match_lower`), so "said the army attacked"
    /// is no report of an attack ("- * ATTACK [190]").
    func sequences(around v: Int) -> (before: [Int], after: [Int]) {
        let subjects = Array(view.children(v, [.nsubj, .csubjPass]))
        var before: [Int] = []
        if let subject = subject(of: v) { before = view.subtree(subject.head) }
        before += view.children(v, .auxPass)
        before = before.filter { $0 < v && !view.isPunctuation($0) }.sorted()
        let clauses = dictionary.codesAgentsWithoutCountry ? Array(view.children(v, Self.governedClauses)) : []
        let after = view.subtree(v, excluding: subjects + asides(of: v) + clauses).filter { $0 > v && !view.isPunctuation($0) }
        return (before, after)
    }

    static let governedClauses: Relations = [.ccomp, .xcomp, .advcl, .parataxis, .conj, .csubj]

    /// A report clause after the clause it reports, set off by a comma and saying nothing
    /// of its own ("…, liet een woordvoerder weten", "…, zei de minister"): it attributes
    /// that clause, whatever relation the parser gave it, and is no statement event.
    func isTrailingAttribution(_ v: Int) -> Bool {
        modality.isCue(.report, at: v) && view.has(v, [.parataxis, .conj, .advcl]) && view.isSetOff(v)
            && view.child(v, [.ccomp, .obj]) == nil
    }

    /// A report clause hung on the verb ("…, meldde de gouverneur van Loehansk"): not
    /// where the verb's patterns find their words.
    func asides(of v: Int) -> [Int] {
        view.children[v].filter { view.has($0, .clausal) && modality.isCue(.report, at: $0) }
    }
}
