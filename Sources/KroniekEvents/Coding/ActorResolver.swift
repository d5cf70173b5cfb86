import KroniekCore
import KroniekEntities

/// An actor found in a sentence: its code for the event date, and the words naming it.
struct ResolvedActor {
    var code: String
    /// The syntactic head of the phrase.
    var head: Int
    /// The words of the phrase that named it (for text and span).
    var words: [Int]
    /// The named actor's own code and the agents combined with it, kept so conjuncts
    /// can share a country.
    var country: String? = nil
    var agents: [AgentEntry] = []
    /// The words of an actor named in another sentence (an institution a passive leaves
    /// out): its text there; `head` and `words` are then unused.
    var namedElsewhere: String? = nil
}

/// Finds dictionary names in a sentence and turns noun phrases into actor codes:
/// a country or named actor, combined with agents ("Arnor's foreign minister" ->
/// ARN + GOVFRM), with conjuncts giving several actors. A class, shared by the coder's
/// helpers without copying.
final class ActorResolver {
    let view: SentenceView
    let dictionary: ActorDictionary
    let date: PartialDate?
    /// Word index -> (name target, first word, word count) for words inside a name.
    let mentionAt: [(target: FoundName.Target, start: Int, length: Int)?]
    /// The words inside names, in text order.
    private let namedWords: [Int]

    /// Prepositions whose object belongs to the phrase ("soldiers from Gondor", "leader of X"),
    /// from the `member` cues of the language.
    let memberPrepositions: Set<String>
    /// Nouns that name a person by function (`person` cues): at the head of a phrase they
    /// take the role of the phrase's other role noun ("opposition leader").
    let personNouns: Set<String>
    /// With PETRARCH dictionaries, phrases are read as UniversalPetrarch reads them, every
    /// role noun of the part it settles on going into the code.
    let petrarch: PetrarchNounPhrase?
    var composesEveryAgent: Bool { petrarch != nil }
    /// PETRARCH readings by phrase head, made once: the coder asks for a phrase's actors
    /// again and again.
    private var readings: [Int: PetrarchNounPhrase.Reading] = [:]

    /// `names` are the sentence's names as the entity stage found them; without them (a
    /// sentence coded on its own) the dictionary's names for the date are found here.
    /// With `petrarchAgents` phrases are read the PETRARCH way.
    init(view: SentenceView, dictionary: ActorDictionary, date: PartialDate?, language: Language, memberPrepositions: Set<String>,
         personNouns: Set<String> = [], petrarchAgents: PetrarchAgents? = nil, names: [FoundName]? = nil) {
        self.view = view
        petrarch = petrarchAgents.map { PetrarchNounPhrase(view: view, dictionary: dictionary, agents: $0, date: date) }
        self.memberPrepositions = memberPrepositions
        self.personNouns = personNouns
        self.dictionary = dictionary
        self.date = date
        var mentionAt: [(target: FoundName.Target, start: Int, length: Int)?] = Array(repeating: nil, count: view.count)
        for name in names ?? NameFinder(actors: dictionary, date: date, language: language).names(in: view.words, keys: view.keys)
        where name.range.upperBound <= view.count {
            for k in name.range { mentionAt[k] = (name.target, name.range.lowerBound, name.range.count) }
        }
        self.mentionAt = mentionAt
        namedWords = mentionAt.indices.filter { mentionAt[$0] != nil }
    }

    /// The codes of the named actors (not agents) of the sentence, for the event date.
    func namedActorCodes() -> [String] {
        var codes: [String] = []
        var i = 0
        while i < view.count {
            guard let m = mentionAt[i] else { i += 1; continue }
            if case .actor(let code, _) = m.target { codes.append(code) }
            i = m.start + m.length
        }
        return codes
    }

    /// The words of the noun phrase headed by `head`, without clauses, conjuncts and appositions.
    func phraseWords(_ head: Int) -> [Int] {
        var out: [Int] = []
        var stack = [head]
        while let n = stack.popLast() {
            out.append(n)
            for c in view.children[n] {
                // Punctuation inside a name belongs to it ("al - Qaeda", as the English
                // tokenizer splits "al-Qaeda").
                if view.has(c, .phraseInternal) || (view.has(c, .punct) && mentionAt[c] != nil) {
                    stack.append(c)
                } else if view.has(c, [.nmod, .obl]), !view.has(c, .nmodTmod),
                          let p = view.casePreposition(c), memberPrepositions.contains(p) {
                    stack.append(c)
                }
            }
        }
        return out.sorted()
    }

    /// The single (first) actor of the phrase headed by `head`, or nil.
    func actor(ofPhrase head: Int) -> ResolvedActor? { phraseActors(head).first }

    /// The actors of one noun phrase: its first named actor (PETRARCH takes the leftmost)
    /// combined with the phrase's agents ("Ithilen's minister" -> ITHGOV). A coordinated
    /// country inside the phrase gives one actor each ("officials in Arnor and Gondor").
    func phraseActors(_ head: Int) -> [ResolvedActor] {
        let words = phraseWords(head)
        let (country, agents) = petrarchReading(head).map(names(read:)) ?? names(in: words)
        if country == nil && agents.isEmpty {
            for appos in view.children(head, .appos) {
                let found = phraseActors(appos)
                if !found.isEmpty { return found }
            }
            return []
        }
        var countries: [(code: String, words: [Int])?] = [country]
        if let c = country {
            // Conjuncts hang on the name itself ("Eriadori and Calenardhon leaders") or on
            // the part of the phrase it heads ("officials in Arnor and Gondor").
            let countryHead = localHead(of: c.words[0], within: Set(words))
            let anchors = Set(c.words + (countryHead != head ? [countryHead] : []))
            for anchor in anchors.sorted() {
                for conj in view.children(anchor, .conj) where view.words[conj].upos != .VERB {
                    for other in phraseActors(conj) where other.agents.isEmpty {
                        countries.append((other.code, other.words))
                    }
                }
            }
        }
        let roles = role(of: agents, head: head, country: country?.code)
        return countries.map { c in
            combine(country: c?.code, agents: roles, head: head,
                    words: Set((c?.words ?? []) + agents.flatMap(\.words)).sorted())
        }
    }

    private func petrarchReading(_ head: Int) -> PetrarchNounPhrase.Reading? {
        guard let petrarch else { return nil }
        if let r = readings[head] { return r }
        let r = petrarch.reading(of: head)
        readings[head] = r
        return r
    }

    /// The first named actor and the agents among `words`.
    private func names(in words: [Int]) -> (country: (code: String, words: [Int])?, agents: [(entry: AgentEntry, words: [Int])]) {
        var country: (code: String, words: [Int])?
        var agents: [(entry: AgentEntry, words: [Int])] = []
        var seenStarts = Set<Int>()
        for w in words {
            guard let m = mentionAt[w], !seenStarts.contains(m.start) else { continue }
            let span = Array(m.start..<(m.start + m.length))
            guard span.allSatisfy(words.contains) else { continue }
            seenStarts.insert(m.start)
            switch m.target {
            case .actor(let code, _):
                // A named actor of the same state says more than a state adjective before
                // it ("French President Emmanuel Macron": FRAGOV, not FRA).
                if let c = country, !(code.count > c.code.count && code.hasPrefix(c.code)) { continue }
                country = (code, span)
            case .agent(let agent):
                agents.append((agent, span))
            }
        }
        return (country, agents)
    }

    /// The actor and agents of a PETRARCH reading. A person the dictionary dates is who it
    /// says for the date: the title beside the name adds no agent ("Israeli Defense Minister
    /// Ehud Barak" in 2008 is ISRGOVMIL, where UniversalPetrarch's `MINISTER` makes it
    /// ISRGOVMILGOV; "Former President Bill Clinton" is USAELI).
    private func names(read reading: PetrarchNounPhrase.Reading) -> (country: (code: String, words: [Int])?, agents: [(entry: AgentEntry, words: [Int])]) {
        let agents = reading.actor?.isPerson == true ? [] : reading.agents.map { ($0.entry, $0.name.words) }
        return (reading.actor.map { ($0.code, $0.name.words) }, agents)
    }

    /// The role nouns that give a phrase its role: none for a named actor that has a role
    /// of its own ("ex-president Banisadr" is who the dictionary says he is), else the role
    /// noun heading the phrase ("government troops" are MIL), unless that noun names a
    /// person by function and another role noun says whose ("opposition leader" is OPP,
    /// "rebel spokesman" REB). Without a role noun at the head, those of the phrase in
    /// text order.
    ///
    /// PETRARCH's dictionaries mean every role noun of a phrase to be composed into the
    /// code ("NGO~" + "~GOV" → NGOARNGOV), and their records expect it: with them
    /// (`composesEveryAgent`) all are kept.
    func role(of agents: [(entry: AgentEntry, words: [Int])], head: Int, country: String?) -> [AgentEntry] {
        if composesEveryAgent { return agents.map(\.entry) }
        if let country, country.count >= 6 { return [] }
        guard let headAgent = agents.first(where: { $0.words.contains(head) }) else { return agents.map(\.entry) }
        let others = agents.filter { !$0.words.contains(head) && !$0.entry.code.isEmpty }
        if view.keys[head].contains(where: personNouns.contains), let modifier = others.first { return [modifier.entry] }
        return [headAgent.entry]
    }

    private func combine(country: String?, agents: [AgentEntry], head: Int, words: [Int]) -> ResolvedActor {
        if petrarch != nil {
            return ResolvedActor(code: PetrarchNounPhrase.mix(country, agents), head: head, words: words, country: country, agents: agents)
        }
        var code = country
        for agent in agents where code.map({ !$0.hasSuffix(agent.code) }) ?? true {
            code = agent.combined(with: code)
        }
        return ResolvedActor(code: code ?? "---", head: head, words: words, country: country, agents: agents)
    }

    /// The word heading the part of the phrase that `word` is in (climbing inside `phrase`).
    private func localHead(of word: Int, within phrase: Set<Int>) -> Int {
        var w = word
        while let h = view.head(w), phrase.contains(h), view.has(w, .phraseInternal) { w = h }
        return w
    }

    /// The actors of a phrase and of its conjuncts ("Gondor and Osgiliath"). A conjunct
    /// that names only a role ("lawmakers and officials in Arnor") takes the countries of
    /// the other conjuncts; an apposition naming other actors is a list ("Mordor, the
    /// Shire, Arnor and Bree", as parsers often attach such lists).
    func actors(of head: Int) -> [ResolvedActor] {
        // Every word it looks at lies under `head`: without a name there, there is no actor.
        guard hasName(under: head) else { return [] }
        var out = phraseActors(head)
        for c in view.children(head, .conj) where view.words[c].upos != .VERB { out += actors(of: c) }
        // Conjuncts without a country take those of the others, the way the first
        // conjunct's "in Arnor and Gondor" phrase covers "lawmakers and officials".
        let countries = Set(out.compactMap(\.country))
        if !countries.isEmpty {
            out = out.flatMap { a in
                a.country == nil && !a.agents.isEmpty
                    ? countries.sorted().map { combine(country: $0, agents: a.agents, head: a.head, words: a.words) } : [a]
            }
        }
        for appos in view.children(head, .appos) where !out.isEmpty {
            let named = actors(of: appos)
            if out.allSatisfy({ $0.country == nil }), named.contains(where: { $0.country != nil }) {
                // "President, Joe Biden": the apposition names whose role it is.
                let agents = out.flatMap(\.agents)
                out = named.map { combine(country: $0.country ?? $0.code, agents: agents, head: head, words: $0.words) }
            } else {
                let known = Set(out.map(\.code))
                out += named.filter { !known.contains($0.code) }
            }
        }
        return out
    }

    /// Whether a word under `head` (or `head` itself) lies inside a name.
    func hasName(under head: Int) -> Bool { namedWords.contains { view.isInSubtree($0, of: head) } }

    /// Whether `word` lies inside a name that resolves to an actor or agent.
    func isNamed(_ word: Int) -> Bool { mentionAt[word] != nil }
}
