import KroniekCore
import KroniekEntities

/// Source and target of an event from the tree: subjects (inherited through control and
/// coordination), objects and obliques, passive agents, references, and the repairs for
/// the parser's mistakes that need the actors.
extension ClauseCoder {
    /// The subject phrase of a verb, inherited through control and coordination.
    func subject(of v: Int) -> (head: Int, passive: Bool)? {
        let own = ownSubjects(v)
        if let s = own.passive { return (s, true) }
        if let s = own.active { return (s, false) }
        guard let h = view.head(v) else { return nil }
        // An infinitival adverbial clause without a subject is controlled like a complement
        // ("vowed on Thursday to wage war", often parsed as advcl); one with a finite
        // auxiliary is no infinitival clause, whatever its label or its verb's tag.
        if view.has(v, .xcomp) || (view.has(v, .advcl) && view.hasFeature(v, "VerbForm=Inf")), !view.hasFiniteAuxiliary(v) {
            if let o = view.child(h, .obj), view.words[h].upos == .VERB { return (o, false) }
            return subject(of: h).map { ($0.head, false) }
        }
        if view.isConjunct(v) { return conjunctSubject(v, head: h) }
        if view.has(v, .acl) { return (h, view.hasFeature(v, "VerbForm=Part") && view.hasFeature(v, "Tense=Past")) }
        return nil
    }

    func events(_ v: Int, code: String, reverse: String?, evidence: String, bindings: PatternBindings,
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
                // verb phrase ("was criticized over its dispute with Eriador"); real-news
                // coding takes the institution that does such things, when the document
                // has named it ("hij werd gisteren gearresteerd" after the police).
                if sources.isEmpty, passiveAgent(of: v) == nil {
                    if dictionary.codesAgentsWithoutCountry {
                        sources = defaultTargets(v, complements: false).filter { s in !targets.contains { $0.code == s.code } }
                    } else if let institution = actingInstitution(for: code) {
                        sources = [institution]
                    }
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
        // An object the pattern itself names is no target with PETRARCH dictionaries
        // ("withdrew its troops from Lebanon", `- * &MILITARY`: Lebanon), as
        // UniversalPetrarch drops a target whose names all lie in the matched pattern.
        if targets.isEmpty {
            targets = defaultTargets(v, besides: dictionary.codesAgentsWithoutCountry ? Set(bindings.matchedWords) : [])
        }
        // A pronoun object ("waarschuwde hem") or a bare role noun ("zijn ambtsgenoot",
        // "the president", coded ---GOV) names no state: reference resolution finds the
        // actor it stands for.
        // A nominal labelled xcomp is usually a misparsed object ("waarschuwde zijn ambtsgenoot").
        let objectLike = view.children(v, [.obj, .iobj]) + misparsedObjects(v) + view.children(v, .xcomp).filter {
            [.NOUN, .PRON, .PROPN].contains(view.words[$0].upos)
        }
        if targets.isEmpty, let o = objectLike.first, let r = resolve(o) { targets = [r] }
        if targets.isEmpty, !dictionary.codesAgentsWithoutCountry, let o = objectLike.first ?? (subject?.passive == true ? subject?.head : nil),
           let people = unnamedPeople(o, code: code) {
            targets = [people]
        }
        // A target the tree gives no place is read from the clause (Kroniek's dictionaries;
        // PETRARCH's code only what the tree says).
        if !dictionary.codesAgentsWithoutCountry, targets.isEmpty, !sources.isEmpty,
           let t = clauseTarget(v, sources: sources) {
            targets = [t]
        }
        settleRoles(&sources, &targets, code: code)
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
                if let r = reverse { out.append(ClauseEvent(source: target, target: source, code: r, evidence: evidence, reverses: true)) }
            }
        }
        return out
    }

    /// What every event's parties go through once found, for verbs and nouns alike:
    /// references and bare role nouns resolved, civilians arrested made suspects, role
    /// nouns placed in the sentence's or story's state, and a place in the actors' own
    /// state dropped as a target.
    func settleRoles(_ sources: inout [ResolvedActor], _ targets: inout [ResolvedActor], code: String) {
        sources = sources.map(resolvedIfUncoded)
        targets = targets.map(resolvedIfUncoded)
        // Civilians arrested, charged or sentenced are suspects ("arresteerde vier jongeren");
        // PETRARCH dictionaries keep their agents' roles.
        if Self.roleOfPeople(doneTo: code) == "CRM", !dictionary.codesAgentsWithoutCountry {
            targets = targets.map { t in
                guard t.code.hasSuffix("CVL"), t.agents.contains(where: { $0.code == "CVL" }) else { return t }
                var suspect = t
                suspect.code = String(t.code.dropLast(3)) + "CRM"
                return suspect
            }
        }
        // Role nouns still without a state are of the sentence's one state, or, in a
        // sentence that names none, of the state the story is set in (`DocumentSetting`).
        // With two states named either could be meant: no guess. PETRARCH dictionaries
        // keep such actors as they are (`---GOV`).
        if let state = soleState ?? storySetting {
            targets = Self.placed(targets, in: state)
            sources = Self.placed(sources, in: state)
        }
        // A place in the actor's own state is where it acts, not whom it acts on
        // ("Russische demonstranten protesteerden in Moskou").
        let location = modality.words(.location)
        targets.removeAll { t in
            t.head >= 0 && view.casePreposition(t.head).map(location.contains) ?? false
                && !sources.isEmpty && sources.allSatisfy { $0.code.prefix(3) == t.code.prefix(3) }
        }
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



    /// People the text names by what they are, not by an actor name ("vier jongeren", "een
    /// vrouw", "29 deelnemers", a person no dictionary knows): their role comes from what
    /// is done to them. The arrested, charged or sentenced are suspects (CRM); anyone
    /// else done something to is a civilian (CVL). Their state is placed like any role
    /// noun's. Arrests, assaults and mass violence are only ever done to people, so any
    /// noun they take is people; other events need a noun that names people (`human` cues).
    func unnamedPeople(_ w: Int, code: String) -> ResolvedActor? {
        let doneToPeople = ["17", "18", "20"].contains(String(code.prefix(2))) || code.hasPrefix("0841")
        let isPerson: Bool
        switch view.words[w].upos {
        case .PROPN: isPerson = !actors.isNamed(w)
        case .NOUN: isPerson = doneToPeople || view.keys[w].contains(where: modality.words(.human).contains)
        default: isPerson = false
        }
        guard isPerson else { return nil }
        return ResolvedActor(code: "---" + Self.roleOfPeople(doneTo: code), head: w, words: actors.phraseWords(w))
    }

    /// The role of people an event is done to: suspects for arrests, charges, sentences
    /// and releases from custody (173, 0841), civilians otherwise (a crowd dispersed or a
    /// town besieged is no suspect).
    static func roleOfPeople(doneTo code: String) -> String {
        code.hasPrefix("173") || code.hasPrefix("0841") ? "CRM" : "CVL"
    }

    /// The institution the document has named that does what a passive without agent
    /// says was done: police or justice for arrests, charges and sentences (17x), the
    /// last one coded before. Nil for other codes, or when the document named none.
    func actingInstitution(for code: String) -> ResolvedActor? {
        guard code.hasPrefix("17") else { return nil }
        guard let m = context.mentions.last(where: { $0.actor.code.hasSuffix("COP") || $0.actor.code.hasSuffix("JUD") }) else { return nil }
        return ResolvedActor(code: m.actor.code, head: -1, words: [], namedElsewhere: m.actor.text)
    }

    /// Code prefixes that are not states.
    static let nonStatePrefixes: Set<Substring> = ["---", "IGO", "NGO", "MNC", "WST"]

    /// One event each way between every two coordinated actors ("Gondor and Osgiliath agreed").
    ///
    /// Three or more parties ("Israel, Lebanon, Syria, France and the United States will
    /// meet") make a multilateral event that dyadic coding has no pair for: none is coded
    /// with Kroniek's dictionaries (PETRARCH's code every pair).
    func pairwise(_ pair: [ResolvedActor], code: String, evidence: String) -> [ClauseEvent] {
        if !dictionary.codesAgentsWithoutCountry, Set(pair.map(\.code)).count > 2 { return [] }
        var out: [ClauseEvent] = []
        for a in pair { for b in pair where a.code != b.code {
            out.append(ClauseEvent(source: reference(a), target: reference(b), code: code, evidence: evidence, pairs: true))
        } }
        return out
    }

    func passiveAgent(of v: Int) -> Int? {
        if let a = view.child(v, Self.agentRelations) { return a }
        let by = modality.words(.by)
        return view.children(v, [.obl, .nmod]).first { by.contains(view.casePreposition($0) ?? "") }
    }

    /// Without a pattern marker: the direct object, else the indirect object, else the
    /// first oblique naming an actor, else the first actor inside those phrases (not
    /// inside clauses they carry): "acted with respect to Libya", "ties with Gondor".
    func defaultTargets(_ v: Int, complements: Bool = true, besides patternWords: Set<Int> = []) -> [ResolvedActor] {
        var objects = view.children(v, [.obj, .iobj]) + misparsedObjects(v)
        // "De EU gaat Moldavië steunen": an object read as a second subject of the verb
        // that controls the infinitive is the infinitive's.
        if view.has(v, .xcomp), let h = view.head(v) { objects += misparsedObjects(h) }
        let phrases = view.children(v, [.obl, .nmod]).filter {
            !view.has($0, [.oblAgent, .nmodAgent, .nmodTmod, .oblTmod, .nmodNpmod])
        }
        // A report phrase ("volgens Russische media") names who tells, not the target;
        // what the parser hung on it beyond its own words is the clause's ("… media
        // nieuwe stappen tegen de Navo"). UniversalPetrarch takes every prepositional
        // phrase of the verb alike (`othernoun`).
        let reportsApart = !dictionary.codesAgentsWithoutCountry
        let obliques = phrases.filter { !reportsApart || !modality.isReportPhrase($0) }
        let reports = phrases.filter { reportsApart && modality.isReportPhrase($0) }
        for o in objects + obliques {
            let a = actors.actors(of: o).filter { !$0.words.allSatisfy(patternWords.contains) || $0.words.isEmpty }
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
        // report verb's complement is about is what was said, not to whom. With PETRARCH
        // dictionaries the complement's event is joined with the verb's instead
        // (`PetrarchVerbCombination`).
        for c in view.children(v, [.xcomp, .ccomp]) where complements && isControlled(c) && !modality.isCue(.report, at: v)
            && !dictionary.codesAgentsWithoutCountry {
            let a = defaultTargets(c, complements: false)
            if !a.isEmpty { return a }
        }
        return []
    }

    /// The actors of nominal conjuncts the parser hung on the verb instead of its object
    /// ("ontving de Finse president en de Zweedse premier", with "premier" a conjunct
    /// of "ontving"). PETRARCH dictionaries take the object alone, as UniversalPetrarch
    /// does (`get_source_target`): a nominal beside the verb is no part of it.
    func strayConjuncts(of object: Int, verb v: Int) -> [ResolvedActor] {
        guard !dictionary.codesAgentsWithoutCountry else { return [] }
        return view.children(v, .conj).filter { $0 > object && [.NOUN, .PROPN].contains(view.words[$0].upos) }
            .flatMap { actors.actors(of: $0) }
    }

    /// Whether a complement clause takes its subject from the verb it hangs on: an xcomp,
    /// or a non-finite complement without a subject of its own.
    func isControlled(_ c: Int) -> Bool {
        view.has(c, .xcomp) || (!view.hasFeature(c, "VerbForm=Fin") && view.child(c, .nsubj) == nil)
    }

    /// The clause heads anywhere below a phrase whose words are not part of it (participle
    /// modifiers are: "the roads leading into Mordor").
    func clauses(under head: Int) -> [Int] {
        view.subtree(head).filter { $0 != head && view.has($0, .separateClauses) }
    }

    func phraseHead(_ w: Int) -> Int {
        var h = w
        while let p = view.head(h), view.has(h, .phraseInternal) { h = p }
        return h
    }

    /// Whether the clause of `v` is a complement clause (ccomp), directly or as an
    /// infinitive or conjunct inside one: what someone says, wants or decides.
    func isInComplementClause(_ v: Int) -> Bool {
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
    func antecedent(of v: Int) -> [ResolvedActor] {
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

    func resolve(_ word: Int) -> ResolvedActor? {
        context.entities?.antecedent(of: word, in: view.sentence, sentenceIndex: sentenceIndex)
            .map { ResolvedActor(code: $0.code, head: word, words: [word]) }
    }

    /// The actor a role noun without a state stands for, keeping its words; else itself.
    /// A bare state found for it takes the noun's role ("separatisten" placed in Ukraine
    /// are UKRREB).
    func resolvedIfUncoded(_ a: ResolvedActor) -> ResolvedActor {
        guard a.code.hasPrefix("---"), let r = resolve(a.head) else { return a }
        let code = r.code.count == 3 ? r.code + a.code.dropFirst(3) : r.code
        return ResolvedActor(code: code, head: a.head, words: a.words)
    }

    func reference(_ a: ResolvedActor) -> ActorReference {
        if let text = a.namedElsewhere { return ActorReference(code: a.code, text: text, span: nil) }
        let words = a.words.isEmpty ? [a.head] : a.words
        let ref = ActorReference(code: a.code, text: view.text(of: words), span: view.span(of: words))
        context.record(ref, sentence: sentenceIndex, word: a.head)
        return ref
    }
}
