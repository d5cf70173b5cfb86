import KroniekCore

/// The people a document introduces by role, and the surnames it goes on to use.
///
/// News names most people once with their role ("minister van Onderwijs Marleen
/// Vanderpoorten", "legerwoordvoerder Eroni Volavola", "Pierre Chevalier (VLD)", "Commodore
/// Frank Bainimarama, de legerleider") and by surname alone after that. Few of them are
/// in any actor list; the role says what they are. The registry reads each name that no
/// dictionary knows together with the role noun before it, the role noun in an
/// apposition after it, or the party in brackets after it, and gives the person that
/// code; a dictionary person named in full gives the surname its code for the rest of
/// the document ("Hillary Clinton … Clinton").
public struct PersonRegistry: Sendable {
    /// Upper-cased surname → actor code, first introduction first.
    public private(set) var surnames: [String: String] = [:]

    /// How far after a name its apposition's role noun may stand ("X, de nieuwe legerleider").
    static let roleWindow = 4

    /// `names` are each sentence's dictionary names; `state` gives the state a sentence is
    /// set in, for a role noun that names none.
    public init(sentences: [Sentence], names: [[FoundName]], state: (Int) -> String?) {
        for (s, sentence) in sentences.enumerated() where names.indices.contains(s) {
            let words = sentence.words
            var named = Array(repeating: false, count: words.count)
            for n in names[s] where n.range.upperBound <= words.count { for k in n.range { named[k] = true } }
            for n in names[s] where n.range.count >= 2 {
                if case .actor(let code, .person) = n.target { learn(words[n.range.upperBound - 1].form, code) }
            }
            for run in Self.personRuns(words, named: named) {
                guard let code = role(of: run, in: words, names: names[s], state: state(s)) else { continue }
                learn(words[run.upperBound - 1].form, code)
            }
        }
    }

    private mutating func learn(_ surname: String, _ code: String) {
        let key = WordKeys.upper(surname)
        if surnames[key] == nil { surnames[key] = code }
    }

    /// Runs of proper nouns that no dictionary name covers, with the lower-case particles
    /// of surnames inside them ("Guy Van den Brande", "Luc van den Bossche").
    static func personRuns(_ words: [Word], named: [Bool]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < words.count {
            guard words[i].upos == .PROPN, !named[i] else { i += 1; continue }
            var end = i + 1
            while end < words.count, !named[end] {
                if words[end].upos == .PROPN { end += 1; continue }
                var particles = end
                while particles < words.count, surnameParticles.contains(words[particles].form) { particles += 1 }
                guard particles > end, particles < words.count, words[particles].upos == .PROPN, !named[particles] else { break }
                end = particles + 1
            }
            runs.append(i..<end)
            i = end
        }
        return runs
    }

    static let ofWords: Set<String> = ["van", "uit", "of", "from"]
    /// Words joining a role noun to its department ("minister van Justitie", "minister
    /// for Foreign Affairs").
    static let departmentWords: Set<String> = ["van", "voor", "of", "for"]

    static let surnameParticles: Set<String> = [
        "van", "de", "den", "der", "ten", "ter", "von", "du", "da", "di", "le", "la", "bin", "al", "el",
        "Van", "De", "Den", "Der", "Vande", "Vanden", "Vander", "Ter", "Le", "La", "Di", "Da", "Du", "Von",
    ]

    /// The code a name's role gives it: the party in brackets after it, else the role noun
    /// before it or in an apposition after it, placed in the state its phrase names or the
    /// sentence is set in.
    private func role(of run: Range<Int>, in words: [Word], names: [FoundName], state: String?) -> String? {
        let nameAt = Dictionary(names.map { ($0.range.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        // "Pierre Chevalier (VLD)": a party (or other actor) in brackets right after.
        if run.upperBound + 2 < words.count, words[run.upperBound].form == "(",
           let party = nameAt[run.upperBound + 1], let code = party.actorCode,
           party.range.upperBound < words.count, words[party.range.upperBound].form == ")",
           DocumentSetting.state(of: code) != nil, code.count > 3 {
            return code
        }
        var agent: AgentEntry?
        var country: String?
        // The role noun ends right before the name, or before a department of its own
        // ("minister [van Binnenlandse Zaken] Otto Schily": capitalised words after van/voor).
        let isNamed = { (w: Int) in names.contains { $0.range.contains(w) } }
        var roleEnd = run.lowerBound
        var j = run.lowerBound - 1
        while j >= 1, words[j].form.first?.isUppercase == true, !isNamed(j) { j -= 1 }
        if j < run.lowerBound - 1, j >= 0, Self.departmentWords.contains(words[j].form) { roleEnd = j }
        if let name = names.first(where: { $0.range.upperBound == roleEnd }) {
            // "VLD-voorzitter Karel De Gucht": the role of a named actor.
            if name.isActorRole, let code = name.actorCode { return code }
            if case .agent(let a) = name.target, !a.code.isEmpty { agent = a }
            // "de Duitse vakbondsleider X": a state adjective before the role noun.
            if agent != nil, let before = names.first(where: { $0.range.upperBound == name.range.lowerBound }),
               case .actor(let code, .country) = before.target {
                country = code
            }
        }
        // "Frank Bainimarama, de legerleider, …": the role noun of an apposition after it.
        if agent == nil, run.upperBound + 1 < words.count, words[run.upperBound].form == "," {
            var j = run.upperBound + 1
            while j < words.count, j - run.upperBound <= Self.roleWindow, agent == nil {
                if let name = names.first(where: { $0.range.contains(j) }) {
                    switch name.target {
                    case .agent(let a) where !a.code.isEmpty: agent = a
                    case .actor(let code, .country): country = country ?? code
                    default: break
                    }
                    j = name.range.upperBound
                    continue
                }
                guard [.DET, .ADJ].contains(words[j].upos) else { break }
                j += 1
            }
        }
        guard let agent else { return nil }
        // "Sam Nujoma van Namibië": a state named right after the name.
        if country == nil, run.upperBound + 1 < words.count, Self.ofWords.contains(words[run.upperBound].form.lowercased()),
           let name = nameAt[run.upperBound + 1], case .actor(let code, .country) = name.target {
            country = code
        }
        guard let place = country ?? state else { return nil }
        return agent.combined(with: place)
    }
}
