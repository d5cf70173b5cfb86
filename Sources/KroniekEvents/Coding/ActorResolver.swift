import KroniekCore
import KroniekEntities

/// An actor found in a sentence: its code for the event date, and the words naming it.
struct ResolvedActor: Hashable {
    var code: String
    /// The syntactic head of the phrase.
    var head: Int
    /// The words of the phrase that named it (for text and span).
    var words: [Int]
}

/// Finds dictionary names in a sentence and turns noun phrases into actor codes:
/// a country or named actor, combined with agents ("Arnor's foreign minister" ->
/// ARN + GOVFRM), with conjuncts giving several actors.
struct ActorResolver {
    let view: SentenceView
    let dictionary: ActorDictionary
    let date: PartialDate?
    /// Word index -> (name target, first word, word count) for words inside a name.
    private(set) var mentionAt: [(target: NameTarget, start: Int, length: Int)?]

    /// Prepositions whose object belongs to the phrase ("soldiers from Gondor", "leader of X"),
    /// from the `member` cues of the language.
    let memberPrepositions: Set<String>

    init(view: SentenceView, dictionary: ActorDictionary, date: PartialDate?, memberPrepositions: Set<String>) {
        self.view = view
        self.memberPrepositions = memberPrepositions
        self.dictionary = dictionary
        self.date = date
        mentionAt = Array(repeating: nil, count: view.count)
        var i = 0
        while i < view.count {
            // Names do not start with auxiliaries, conjunctions or punctuation.
            if let upos = view.words[i].upos, [.AUX, .CCONJ, .SCONJ, .PUNCT].contains(upos) { i += 1; continue }
            if let m = dictionary.longestMatch(in: view.keys, at: i) {
                for k in i..<(i + m.length) { mentionAt[k] = (m.target, i, m.length) }
                i += m.length
            } else { i += 1 }
        }
    }

    /// The words of the noun phrase headed by `head`, without clauses, conjuncts and appositions.
    func phraseWords(_ head: Int) -> [Int] {
        var out: [Int] = []
        var stack = [head]
        while let n = stack.popLast() {
            out.append(n)
            for c in view.children[n] {
                if view.has(c, .phraseInternal) {
                    stack.append(c)
                } else if view.has(c, [.nmod, .obl]), !view.has(c, .nmodTmod),
                          let p = view.casePreposition(c), memberPrepositions.contains(p) {
                    stack.append(c)
                }
            }
        }
        return out.sorted()
    }

    /// The single actor of the phrase headed by `head`, or nil.
    func actor(ofPhrase head: Int) -> ResolvedActor? {
        let words = phraseWords(head)
        var country: (code: String, words: [Int])?
        var agents: [(AgentEntry, [Int])] = []
        var seenStarts = Set<Int>()
        // The head's own name first, then the others in text order.
        let ordered = (mentionAt[head] != nil ? [head] : []) + words
        for w in ordered {
            guard let m = mentionAt[w], !seenStarts.contains(m.start) else { continue }
            let span = Array(m.start..<(m.start + m.length))
            guard span.allSatisfy(words.contains) else { continue }
            seenStarts.insert(m.start)
            switch m.target {
            case .actor(let a):
                guard country == nil else { continue }
                if let code = dictionary.actors[a].code(on: date) { country = (code, span) }
            case .agent(let a):
                agents.append((dictionary.agents[a], span))
            }
        }
        if country == nil && agents.isEmpty {
            for appos in view.children(head, .appos) { if let a = actor(ofPhrase: appos) { return a } }
            return nil
        }
        agents.sort { $0.1[0] < $1.1[0] }
        var code = country?.code
        for (agent, _) in agents where code.map({ !$0.hasSuffix(agent.code) }) ?? true {
            code = agent.combined(with: code)
        }
        let named = (country?.words ?? []) + agents.flatMap(\.1)
        return ResolvedActor(code: code ?? "---", head: head, words: named.sorted())
    }

    /// The actors of a phrase and of its conjuncts ("Gondor and Osgiliath").
    func actors(of head: Int) -> [ResolvedActor] {
        var out: [ResolvedActor] = []
        if let a = actor(ofPhrase: head) { out.append(a) }
        for c in view.children(head, .conj) where view.words[c].upos != .VERB {
            out += actors(of: c)
        }
        return out
    }

    /// The first actor of a phrase or of any nominal below it (for "ties with Gondor").
    func actorsInside(_ head: Int) -> [ResolvedActor] {
        let own = actors(of: head)
        if !own.isEmpty { return own }
        for c in view.children(head, [.nmod, .obl]) {
            let found = actors(of: c)
            if !found.isEmpty { return found }
        }
        return []
    }

    /// Whether `word` lies inside a name that resolves to an actor or agent.
    func isNamed(_ word: Int) -> Bool { mentionAt[word] != nil }
}
