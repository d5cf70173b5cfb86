import KroniekCore
import KroniekEntities

/// An event before modality and dates are attached.
struct ClauseEvent {
    var source: ActorReference
    var target: ActorReference?
    var code: String
    var evidence: String
}

/// Codes the event (if any) headed by one verb or noun: picks the dictionary entry,
/// the most specific matching pattern, and the source and target phrases from the tree.
/// A class: closures and helpers share it without copying the dictionary's tables.
final class ClauseCoder {
    let view: SentenceView
    let actors: ActorResolver
    let dictionary: EventDictionary
    let modality: ModalityDetector
    let anchors: PatternAnchors
    /// The pattern words present in the sentence (see `PatternAnchors`).
    let presentWords: [UInt64]
    let context: DocumentContext
    let sentenceIndex: Int

    init(view: SentenceView, actors: ActorResolver, dictionary: EventDictionary, modality: ModalityDetector,
         anchors: PatternAnchors, presentWords: [UInt64], context: DocumentContext, sentenceIndex: Int) {
        self.view = view; self.actors = actors; self.dictionary = dictionary; self.modality = modality
        self.anchors = anchors; self.presentWords = presentWords; self.context = context; self.sentenceIndex = sentenceIndex
    }

    static let passiveSubjectRelations: Relations = [.nsubjPass, .csubjPass]
    static let agentRelations: Relations = [.oblAgent, .nmodAgent]

    func eventsAt(_ v: Int) -> [ClauseEvent]? {
        let upos = view.words[v].upos
        if upos == .VERB || (upos == .AUX && !view.has(v, [.aux, .cop])) {
            return verbEvents(v)
        }
        if isNoun(v), let noun = nounEntry(v) {
            return nounEvents(v, code: noun.code, evidence: noun.origin)
        }
        return nil
    }

    /// A noun, or an adjective used as one: with a determiner and no noun to modify
    /// ("een bilaterale", tagged ADJ by taggers that read it as the adjective).
    private func isNoun(_ w: Int) -> Bool {
        switch view.words[w].upos {
        case .NOUN: true
        case .ADJ: view.child(w, .det) != nil && view.head(w).map { view.words[$0].upos != .NOUN } ?? true
        default: false
        }
    }

    /// The noun entry of a word: under its lemma first, then under its form (a
    /// nominalised adjective keeps its adjective lemma), then under the head of a compound
    /// ("massa_protest" is a protest, "video_gesprek" a conversation).
    private func nounEntry(_ w: Int) -> (code: EventCodeAssignment, origin: String)? {
        let keys = view.keys[w]
        return keys.lemma.flatMap { dictionary.nouns[$0] } ?? dictionary.nouns[keys.form]
            ?? view.compoundHead(w).flatMap { dictionary.nouns[$0] }
    }

    // MARK: verbs

    /// The dictionary entry for the verb: the one whose extra words (particle, light-verb
    /// noun) are present, preferring the entry that needs the most of them.
    private func entry(for v: Int) -> VerbEntry? {
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
    private func hasEventSubject(_ v: Int) -> Bool {
        guard let s = view.child(v, [.nsubj, .nsubjPass]), isNoun(s) else { return false }
        return nounEntry(s) != nil
    }

    private static func isJoined(_ key: String) -> Bool { key.utf8.contains(UInt8(ascii: "_")) }

    /// The entry under one key whose extra words are present, the first of those needing
    /// the most.
    private func entry(for v: Int, key: String) -> VerbEntry? {
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
    private func particleMatch(_ word: String, _ v: Int) -> Int {
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
    private func strayParticle(_ word: String, after v: Int) -> Bool {
        guard view.hasFeature(v, "VerbForm=Fin") else { return false }
        var i = v + 1
        while i < view.count {
            if view.hasFeature(i, "VerbForm=Fin") || view.words[i].upos == .SCONJ { return false }
            if view.keys[i].contains(word), [.ADP, .ADV].contains(view.words[i].upos), !view.has(i, .caseMarker) { return true }
            i += 1
        }
        return false
    }

    private func verbEvents(_ v: Int) -> [ClauseEvent]? {
        guard let entry = entry(for: v), !hasEventSubject(v) else { return nil }
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
                chosen = (p.code, p.text); bindings = b; pattern = p; break
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
        if !negators.isEmpty, !(pattern.map { mentions(negators, in: $0) } ?? false),
           let negated = dictionary.negatedCodes[primary] {
            primary = negated
            reverse = reverse.flatMap { dictionary.negatedCodes[$0] }
        }
        // A pattern that reads the subject phrase ("NEITHER … NOR") has settled the roles.
        let subjectRead = !(pattern?.before.isEmpty ?? true)
        return events(v, code: primary, reverse: reverse, evidence: evidence, bindings: bindings,
                      mutualSubjects: !subjectRead)
    }

    private func mentions(_ words: [Int], in pattern: VerbPattern) -> Bool {
        let keys = Set(words.flatMap { view.keys[$0] })
        return (pattern.before + pattern.after).contains { e in
            if case .word(let alts, _) = e { return alts.contains { $0.contains { keys.contains($0.text) } } }
            return false
        }
    }

    /// The words a pattern is matched against: before the verb, the subject phrase (its
    /// own or the one it inherits) and a passive auxiliary, as UniversalPetrarch reads
    /// PETRARCH patterns on dependency trees ("{DEATH TOLL} *", "% *", "+ WAS_ *"); after
    /// it, the verb's own dependents.
    private func sequences(around v: Int) -> (before: [Int], after: [Int]) {
        let subjects = Array(view.children(v, [.nsubj, .csubjPass]))
        var before: [Int] = []
        if let subject = subject(of: v) { before = view.subtree(subject.head) }
        before += view.children(v, .auxPass)
        before = before.filter { $0 < v && !view.isPunctuation($0) }.sorted()
        let after = view.subtree(v, excluding: subjects + asides(of: v)).filter { $0 > v && !view.isPunctuation($0) }
        return (before, after)
    }

    /// A report clause hung on the verb ("…, meldde de gouverneur van Loehansk"): not
    /// where the verb's patterns find their words.
    private func asides(of v: Int) -> [Int] {
        view.children[v].filter { view.has($0, .clausal) && modality.isCue(.report, at: $0) }
    }

    // MARK: roles

    /// The subject phrase of a verb, inherited through control and coordination.
    func subject(of v: Int) -> (head: Int, passive: Bool)? {
        let own = ownSubjects(v)
        if let s = own.passive { return (s, true) }
        if let s = own.active { return (s, false) }
        guard let h = view.head(v) else { return nil }
        // An infinitival adverbial clause without a subject is controlled like a complement
        // ("vowed on Thursday to wage war", often parsed as advcl).
        if view.has(v, .xcomp) || (view.has(v, .advcl) && view.hasFeature(v, "VerbForm=Inf")) {
            if let o = view.child(h, .obj), view.words[h].upos == .VERB { return (o, false) }
            return subject(of: h).map { ($0.head, false) }
        }
        if view.isConjunct(v) { return conjunctSubject(v, head: h) }
        if view.has(v, .acl) { return (h, view.hasFeature(v, "VerbForm=Part") && view.hasFeature(v, "Tense=Past")) }
        return nil
    }

    private func events(_ v: Int, code: String, reverse: String?, evidence: String, bindings: PatternBindings,
                        mutualSubjects: Bool = true) -> [ClauseEvent] {
        var sources: [ResolvedActor] = []
        var targets: [ResolvedActor] = []
        let subject = subject(of: v)
        if let s = bindings.source { sources = actors.actors(of: s) }
        if let t = bindings.target { targets = actors.actors(of: t) }
        if let c = bindings.compound {
            let pair = actors.actors(of: c)
            if bindings.source == nil && bindings.target == nil && pair.count >= 2 {
                return pairwise(pair, code: code, evidence: evidence)
            }
            if bindings.source == nil, subject?.head != c { targets = targets.isEmpty ? pair : targets }
        }
        if let subj = subject {
            if subj.passive {
                if targets.isEmpty { targets = actors.actors(of: subj.head) }
                if sources.isEmpty, let agent = passiveAgent(of: v) { sources = actors.actors(of: agent) }
                // Without a `by` phrase PETRARCH takes the actor named in the rest of the
                // verb phrase ("was criticized over its dispute with Eriador").
                if sources.isEmpty, passiveAgent(of: v) == nil {
                    sources = defaultTargets(v, complements: false).filter { s in !targets.contains { $0.code == s.code } }
                }
            } else if sources.isEmpty {
                sources = actors.actors(of: subj.head)
                // A pronoun subject of a complement clause is first the subject of the
                // clause that governs it ("the United States said it would support
                // Taiwan"); elsewhere ("…, aangezien het separatisten steunt") reference
                // resolution goes first.
                let pronoun = view.words[subj.head].upos == .PRON
                if sources.isEmpty, pronoun, isInComplementClause(v) { sources = antecedent(of: v) }
                if sources.isEmpty, let resolved = resolve(subj.head) { sources = [resolved] }
                if sources.isEmpty, pronoun { sources = antecedent(of: v) }
            }
        }
        if sources.isEmpty, view.child(v, .nsubj) == nil, let s = subjectBeforeClauseEnd(v) {
            sources = actors.actors(of: s)
        }
        if targets.isEmpty { targets = defaultTargets(v) }
        // A pronoun object ("waarschuwde hem") or a bare role noun ("zijn ambtsgenoot",
        // "the president", coded ---GOV) names no state: reference resolution finds the
        // actor it stands for.
        // A nominal labelled xcomp is usually a misparsed object ("waarschuwde zijn ambtsgenoot").
        let objectLike = view.children(v, [.obj, .iobj]) + misparsedObjects(v) + view.children(v, .xcomp).filter {
            [.NOUN, .PRON, .PROPN].contains(view.words[$0].upos)
        }
        if targets.isEmpty, let o = objectLike.first, let r = resolve(o) { targets = [r] }
        sources = sources.map(resolvedIfUncoded)
        targets = targets.map(resolvedIfUncoded)
        if let state = soleState {
            targets = Self.placed(targets, in: state)
            sources = Self.placed(sources, in: state)
        }
        // A speaker's own state as the subject of what it says ("Poetin zei dat Rusland
        // geen oorlog wil", "Ukraine denied that its army …") is what the statement is
        // about, not whom it addresses.
        if code.hasPrefix("01"), bindings.target == nil {
            let said = Array(view.children(v, .ccomp))
            if targets.allSatisfy({ t in
                said.contains { view.isInSubtree(t.head, of: $0) } && sources.contains { $0.code.prefix(3) == t.code.prefix(3) }
            }) {
                targets = []
            }
        }
        // "beide leiders" and "elkaar" / "de ander" (ReciprocalRoles.swift).
        if let s = subject, !s.passive, case let pair = group(s.head), pair.count >= 2 { sources = pair }
        if let parties = reciprocalParties(v, sources: sources) { return pairwise(parties, code: code, evidence: evidence) }
        // "zei tevreden te zijn over het telefoongesprek" (EventNounRoles.swift).
        if targets.isEmpty, sources.count == 1, let other = otherParty(v, source: sources[0].code) { targets = [other] }
        guard !sources.isEmpty else { return [] }
        // "Israël en de Emiraten sloten een akkoord": coordinated parties of a meeting,
        // agreement or cooperation act toward each other.
        if mutualSubjects, targets.isEmpty, sources.count >= 2, Self.isMutual(code) {
            return pairwise(sources, code: code, evidence: evidence)
        }
        var out: [ClauseEvent] = []
        for s in sources {
            let source = reference(s)
            if targets.isEmpty {
                out.append(ClauseEvent(source: source, target: nil, code: code, evidence: evidence))
            }
            for t in targets where t.code != s.code {
                let target = reference(t)
                out.append(ClauseEvent(source: source, target: target, code: code, evidence: evidence))
                if let r = reverse { out.append(ClauseEvent(source: target, target: source, code: r, evidence: evidence)) }
            }
        }
        return out
    }

    /// Role nouns that name no state ("demonstranten", "het regime": `---OPP`, `---GOV`)
    /// in a sentence that names actors of one state only are of that state: "de
    /// Russische politie hield demonstranten aan", "Iraanse demonstranten betoogden in
    /// Teheran tegen het regime" happen within one country.
    static func placed(_ roles: [ResolvedActor], in state: String) -> [ResolvedActor] {
        roles.map { r in
            guard r.code.hasPrefix("---") else { return r }
            var placed = r
            placed.code = state + r.code.dropFirst(3)
            return placed
        }
    }

    /// The state of every actor the sentence names, when they are all of one state.
    private lazy var soleState: String? = {
        let states = Set(actors.namedActorCodes().map { $0.prefix(3) })
        guard states.count == 1, let state = states.first, !Self.nonStatePrefixes.contains(state) else { return nil }
        return String(state)
    }()

    /// Code prefixes that are not states.
    private static let nonStatePrefixes: Set<Substring> = ["---", "IGO", "NGO", "MNC", "WST"]

    /// One event each way between every two coordinated actors ("Gondor and Osgiliath agreed").
    func pairwise(_ pair: [ResolvedActor], code: String, evidence: String) -> [ClauseEvent] {
        var out: [ClauseEvent] = []
        for a in pair { for b in pair where a.code != b.code {
            out.append(ClauseEvent(source: reference(a), target: reference(b), code: code, evidence: evidence))
        } }
        return out
    }

    private func passiveAgent(of v: Int) -> Int? {
        if let a = view.child(v, Self.agentRelations) { return a }
        let by = modality.words(.by)
        return view.children(v, [.obl, .nmod]).first { by.contains(view.casePreposition($0) ?? "") }
    }

    /// Without a pattern marker: the direct object, else the indirect object, else the
    /// first oblique naming an actor, else the first actor inside those phrases (not
    /// inside clauses they carry): "acted with respect to Libya", "ties with Gondor".
    private func defaultTargets(_ v: Int, complements: Bool = true) -> [ResolvedActor] {
        var objects = view.children(v, [.obj, .iobj]) + misparsedObjects(v)
        // "De EU gaat Moldavië steunen": an object read as a second subject of the verb
        // that controls the infinitive is the infinitive's.
        if view.has(v, .xcomp), let h = view.head(v) { objects += misparsedObjects(h) }
        let phrases = view.children(v, [.obl, .nmod]).filter {
            !view.has($0, [.oblAgent, .nmodAgent, .nmodTmod, .oblTmod, .nmodNpmod])
        }
        // A report phrase ("volgens Russische media") names who tells, not the target;
        // what the parser hung on it beyond its own words is the clause's ("… media
        // nieuwe stappen tegen de Navo").
        let obliques = phrases.filter { !modality.isReportPhrase($0) }
        let reports = phrases.filter { modality.isReportPhrase($0) }
        for o in objects + obliques {
            let a = actors.actors(of: o)
            if !a.isEmpty { return objects.contains(o) ? a + strayConjuncts(of: o, verb: v) : a }
        }
        for o in objects + obliques + reports where actors.hasName(under: o) {
            let own = reports.contains(o) ? actors.phraseWords(o) : [o]
            for w in view.subtree(o, excluding: clauses(under: o)) where !own.contains(w) && actors.isNamed(w) {
                let a = actors.actors(of: phraseHead(w))
                if !a.isEmpty { return a }
            }
        }
        // "condemned the drills": whoever did the event the object noun refers back to.
        for o in objects where isNoun(o) && nounEntry(o) != nil {
            if let doer = doerOfReferredEvent(o) { return [doer] }
        }
        // "allowed that Mordor isn't …": the subject of a complement clause.
        for c in view.children(v, .ccomp) where complements {
            for s in view.children(c, .nsubj) { let a = actors.actors(of: s); if !a.isEmpty { return a } }
        }
        // "threatened to attack Ukraine", "weigerde commentaar te geven op de
        // beschuldigingen van Kiev": the target of a controlled complement, which parsers
        // also label ccomp ("beschuldigt X van agressie door het bewapenen van …"). What a
        // report verb's complement is about is what was said, not to whom.
        for c in view.children(v, [.xcomp, .ccomp]) where complements && isControlled(c) && !modality.isCue(.report, at: v) {
            let a = defaultTargets(c, complements: false)
            if !a.isEmpty { return a }
        }
        return []
    }

    /// The actors of nominal conjuncts the parser hung on the verb instead of its object
    /// ("ontving de Finse president en de Zweedse premier", with "premier" a conjunct
    /// of "ontving").
    private func strayConjuncts(of object: Int, verb v: Int) -> [ResolvedActor] {
        view.children(v, .conj).filter { $0 > object && [.NOUN, .PROPN].contains(view.words[$0].upos) }
            .flatMap { actors.actors(of: $0) }
    }

    /// Whether a complement clause takes its subject from the verb it hangs on: an xcomp,
    /// or a non-finite complement without a subject of its own.
    private func isControlled(_ c: Int) -> Bool {
        view.has(c, .xcomp) || (!view.hasFeature(c, "VerbForm=Fin") && view.child(c, .nsubj) == nil)
    }

    /// The clause heads anywhere below a phrase whose words are not part of it (participle
    /// modifiers are: "the roads leading into Mordor").
    private func clauses(under head: Int) -> [Int] {
        view.subtree(head).filter { $0 != head && view.has($0, .separateClauses) }
    }

    private func phraseHead(_ w: Int) -> Int {
        var h = w
        while let p = view.head(h), view.has(h, .phraseInternal) { h = p }
        return h
    }

    /// Whether the clause of `v` is a complement clause (ccomp), directly or as an
    /// infinitive or conjunct inside one: what someone says, wants or decides.
    private func isInComplementClause(_ v: Int) -> Bool {
        var w = v
        while let h = view.head(w) {
            if view.has(w, .ccomp) { return true }
            guard view.has(w, [.xcomp, .conj]) else { return false }
            w = h
        }
        return false
    }

    /// A pronoun subject of a complement clause stands for the subject of the clause that
    /// governs it ("Ethiopia indicated it would act"), the nearest one that names an actor.
    private func antecedent(of v: Int) -> [ResolvedActor] {
        var w = v
        while let h = view.head(w), view.has(w, [.ccomp, .xcomp, .advcl, .conj, .parataxis]) {
            if let s = view.child(h, .nsubj) {
                let found = actors.actors(of: s)
                if !found.isEmpty { return found }
            }
            w = h
        }
        return []
    }

    /// The actor a pronoun or role noun outside the event's roles stands for (a reporter:
    /// "zou hij hebben benadrukt").
    func referredActor(_ word: Int) -> ResolvedActor? { resolve(word) }

    private func resolve(_ word: Int) -> ResolvedActor? {
        guard let hook = context.resolveReference else { return nil }
        let query = DocumentContext.ReferenceQuery(sentence: view.sentence, sentenceIndex: sentenceIndex, wordIndex: word, context: context)
        return hook(query).map { ResolvedActor(code: $0.code, head: word, words: [word]) }
    }

    /// The actor a role noun without a state stands for, keeping its words; else itself.
    /// A bare state found for it takes the noun's role ("separatisten" placed in Ukraine
    /// are UKRREB).
    private func resolvedIfUncoded(_ a: ResolvedActor) -> ResolvedActor {
        guard a.code.hasPrefix("---"), let r = resolve(a.head) else { return a }
        let code = r.code.count == 3 ? r.code + a.code.dropFirst(3) : r.code
        return ResolvedActor(code: code, head: a.head, words: a.words)
    }

    private func reference(_ a: ResolvedActor) -> ActorReference {
        let words = a.words.isEmpty ? [a.head] : a.words
        let ref = ActorReference(code: a.code, text: view.text(of: words), span: view.span(of: words))
        context.record(ref, sentence: sentenceIndex, word: a.head)
        return ref
    }

    // MARK: nouns

    /// The phrases modifying a noun event: its dependents with a modifier relation or
    /// their own preposition, whatever the parser labelled them ("van Rusland en de Navo"
    /// as flat), and a prepositional phrase the parser hung on one of them instead of on
    /// the noun ("het bezoek van Xi aan Moskou" with "aan Moskou" under Xi) unless its
    /// preposition keeps it in that phrase ("de leider van …").
    private func modifiers(ofNoun n: Int) -> [Int] {
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

    private static let mutualCodePrefixes = ["03", "04", "05", "06", "0871", "19"]

    /// The actors of the subject of a support verb whose object is the noun event ("Biden
    /// hield een gesprek met Poetin"); also when the parser took the object for a passive
    /// subject beside the active one ("heeft een gesprek … gehouden").
    private func supportVerbSubject(_ n: Int) -> [ResolvedActor] {
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
    private func nounEvents(_ n: Int, code: EventCodeAssignment, evidence: String) -> [ClauseEvent]? {
        guard let primary = code.primary else { return nil }
        let by = modality.words(.by), of = modality.words(.of), between = modality.words(.between)
        var sources: [ResolvedActor] = [], targets: [ResolvedActor] = [], ofPhrase: [ResolvedActor] = []
        // A phrase with its own preposition modifies the noun whatever the parser labelled
        // it ("van Rusland en de Navo" as flat).
        for c in modifiers(ofNoun: n) {
            // A role word without a state ("military drills") names no party.
            let found = actors.actors(of: c).filter { !$0.code.hasPrefix("---") }
            guard !found.isEmpty else { continue }
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
