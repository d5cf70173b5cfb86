import KroniekCore
import KroniekEntities

/// How UniversalPetrarch reads the actor of a noun phrase with PETRARCH dictionaries
/// (`PETRgraph.NounPhrase.get_meaning`, `textMatching`, `resolve_codes`, `mix_codes`).
///
/// It reads three nested parts of the phrase in turn:
/// 1. the name part: the head with its compound, determiner, punctuation and name (flat)
///    dependents, used when it holds both an actor and an agent ("President Hosni
///    Mubarak": EGYGOV);
/// 2. with adjectives and noun modifiers too, used when it holds an actor or an agent
///    ("the Italian army": ITAMIL) and, when the name part also qualifies, only if it
///    keeps every name the name part found ("Egyptian President Hosni Mubarak" stays
///    EGYGOV, not EGY with the adjective's state);
/// 3. else the whole phrase without its conjuncts.
///
/// In a part, the actor is the first one named, and the agents are every agent named,
/// an agent whose words lie inside one found before dropped ("former prime minister":
/// ELI, not ELI and GOV); an agent is found inside an actor's name too (the PRESIDENT of
/// PRESIDENT_HOSNI_MUBARAK). The code is the actor's, or `---`, with each agent's code
/// added unless it already ends (or, for `NGO~` agents, starts) the code, and the
/// general `~PPL` left out beside other agents.
struct PetrarchNounPhrase {
    let view: SentenceView
    /// Actors and agents, for the actor a part names.
    let dictionary: ActorDictionary
    let agents: PetrarchAgents
    let date: PartialDate?

    struct Name {
        var words: [Int]
        /// The matched words as text, for comparing what two parts found.
        var text: String
    }

    /// What a part of a phrase names.
    struct Reading {
        /// The actor's code for the date; `isPerson` when the dictionary dates its roles and
        /// its code for the date ends in a role (FRAGOV; a state dated for its name,
        /// SCGSRB for Serbia in 1999, is none).
        var actor: (code: String, isPerson: Bool, name: Name)?
        var agents: [(entry: AgentEntry, name: Name)] = []
        var isEmpty: Bool { actor == nil && agents.isEmpty }
        var names: [Name] { (actor.map { [$0.name] } ?? []) + agents.map(\.name) }

    }

    /// An actor's code with agents added (`mix_codes`).
    static func mix(_ actor: String?, _ agents: [AgentEntry]) -> String {
        var code = actor ?? "---"
        for agent in agents where !(agent.code == "PPL" && agents.count > 1) {
            if agent.prefixesCountry {
                if !code.hasPrefix(agent.code) { code = agent.code + code }
            } else if !code.hasSuffix(agent.code) {
                code += agent.code
            }
        }
        return code
    }

    /// The name part; with the case marker too, which holds a name only where the parser
    /// mistook a name for a preposition ("Arnor former security officials").
    static let namePart: Relations = [.compound, .det, .punct, .flat, .caseMarker]
    static let modifiedPart: Relations = namePart.union([.amod, .nmod])
    static let nominals: Set<UPOS?> = [.NOUN, .ADJ, .PROPN, .PRON, .ADV]

    /// The reading UniversalPetrarch settles on for the phrase headed by `head`.
    func reading(of head: Int) -> Reading {
        // A phrase is a nominal's (`get_nounPharses`): a verb the parser hung in a
        // nominal's place reads as itself alone.
        guard Self.nominals.contains(view.words[head].upos) else { return read([head]) }
        let name = read(part(head, Self.namePart))
        let modified = read(part(head, Self.modifiedPart))
        let nameQualifies = name.actor != nil && !name.agents.isEmpty
        switch (nameQualifies, !modified.isEmpty) {
        case (true, true):
            let found = Set(modified.names.map(\.words))
            if name.names.allSatisfy({ found.contains($0.words) }) { return modified }
            // A state the modifiers name that is not the named person's says whose the
            // person is ("Ithilen's minister Calimehtar" of Calenardhon is ITHGOV), as in
            // PETRARCH 2; UniversalPetrarch keeps the name part.
            if let state = modified.actor?.code, state.count == 3, let named = name.actor?.code, !named.hasPrefix(state) {
                return Reading(actor: modified.actor, agents: name.agents)
            }
            return name
        case (true, false): return name
        case (false, true): return modified
        case (false, false):
            let conjuncts = Array(view.children(head, [.conj])) + view.children[head].filter { view.words[$0].upos == .CCONJ }
            return read(view.subtree(head, excluding: conjuncts))
        }
    }

    /// The head and the whole subtrees of its dependents in `relations`, in text order.
    func part(_ head: Int, _ relations: Relations) -> [Int] {
        let excluded = view.children[head].filter { !view.has($0, relations) || view.has($0, .compoundPrt) }
        return view.subtree(head, excluding: excluded)
    }

    /// The first actor and every agent named by `words` (read as one run of words).
    func read(_ words: [Int]) -> Reading {
        let keys = words.map { view.keys[$0] }
        var reading = Reading()
        // Only the first actor with a code for the date counts.
        for i in keys.indices {
            guard let m = dictionary.longestMatch(in: keys, at: i), case .actor(let a) = m.target,
                  let code = dictionary.actors[a].petrarchCode(on: date) else { continue }
            let entry = dictionary.actors[a]
            let isPerson = code.count > 3 && agents.roles.contains(String(code.suffix(3))) && entry.roles.contains(where: \.isDated)
            reading.actor = (code, isPerson, name(words, i, m.length))
            break
        }
        for i in keys.indices {
            guard let m = agents.names.longestMatch(in: keys, at: i), case .agent(let a) = m.target else { continue }
            let found = name(words, i, m.length)
            if reading.agents.contains(where: { $0.name.text.contains(found.text) }) { continue }
            reading.agents.append((agents.names.agents[a], found))
        }
        return reading
    }

    private func name(_ words: [Int], _ start: Int, _ length: Int) -> Name {
        let span = Array(words[start..<(start + length)])
        return Name(words: span, text: " " + span.map { view.keys[$0].form }.joined(separator: " "))
    }
}
