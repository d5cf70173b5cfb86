import KroniekCore

/// Finds the names of a sentence: dictionary names (longest first), surnames the document
/// introduced, bare surnames of the office holders of the date, and role nouns inside
/// Dutch compounds.
///
/// The entity stage and the coder both find names through it, so reference resolution
/// and coding agree on what a sentence names.
public struct NameFinder: Sendable {
    public let actors: ActorDictionary
    public let date: PartialDate?
    /// Upper-cased nouns that name a person by what they do ("LEIDER", "WOORDVOERDER"):
    /// a compound ending in one takes its role from its first part ("vakbondsleider" is
    /// a union's).
    public let personNouns: Set<String>
    /// Surnames the document has introduced (`PersonRegistry`): upper-cased → code.
    public var localSurnames: [String: String] = [:]
    /// The text's language: names the dictionaries give for another language only are not
    /// read ("ME", Dutch riot police, is the English "me"). Nil reads every name.
    public private(set) var language: String?

    public init(actors: ActorDictionary, date: PartialDate?, language: Language? = nil, personNouns: Set<String> = []) {
        self.actors = actors; self.date = date; self.personNouns = personNouns; self.language = language?.rawValue
    }

    /// The names of one sentence; `language` is the sentence's own when it differs from
    /// the document's (an English quote in a Dutch article).
    public func names(in words: [Word], keys: [WordKeys], language own: Language? = nil) -> [FoundName] {
        var finder = self
        if let own { finder.language = own.rawValue }
        return finder.find(in: words, keys: keys)
    }

    private func find(in words: [Word], keys: [WordKeys]) -> [FoundName] {
        var found: [FoundName] = []
        var i = 0
        while i < words.count {
            // Names do not start with auxiliaries, conjunctions, symbols or punctuation.
            switch words[i].upos {
            case .AUX, .CCONJ, .SCONJ, .PUNCT, .SYM, .INTJ: i += 1; continue
            default: break
            }
            if let m = actors.longestMatch(in: keys, at: i, language: language) {
                let range = i..<(i + m.length)
                if let target = self.target(m.target) {
                    found.append(FoundName(range: range, target: target))
                } else if let code = localSurnames[keys[range.upperBound - 1].form] {
                    // A person the dictionary knows only for other years, whom the document
                    // introduced in a role of the date ("VLD-voorzitter Karel De Gucht", 2000).
                    found.append(FoundName(range: range, target: .actor(code: code, kind: .person)))
                }
                i += m.length
                continue
            }
            if words[i].upos == .PROPN, let code = localSurnames[keys[i].form] {
                found.append(FoundName(range: i..<(i + 1), target: .actor(code: code, kind: .person)))
            } else if words[i].upos == .PROPN, let a = actors.soleHolder(ofSurname: keys[i].form, on: date),
               let code = actors.actors[a].code(on: date) {
                found.append(FoundName(range: i..<(i + 1), target: .actor(code: code, kind: .person)))
            } else if let compound = compoundName(words[i], keys[i]) {
                found.append(FoundName(range: i..<(i + 1), target: compound.target, isActorRole: compound.isActorRole))
            }
            i += 1
        }
        return found
    }

    private func target(_ t: NameTarget) -> FoundName.Target? {
        switch t {
        case .agent(let a): return .agent(actors.agents[a])
        case .actor(let a):
            let entry = actors.actors[a]
            guard let code = entry.code(on: date) else { return nil }
            return .actor(code: code, kind: Self.kind(of: entry, code: code))
        }
    }

    static func kind(of entry: ActorEntry, code: String) -> NamedMention.Kind {
        entry.isPerson ? .person
            : code.count == 3 && !DocumentMentions.regionCodes.contains(code) ? .country : .group
    }

    /// What a compound role noun names (`VAK_BOND_LEIDER`, "VLD-voorzitter"): a compound
    /// ending in a role noun or a person noun takes the role of its first part when that
    /// is a role noun ("vakbondsleider": the union's, "legerwoordvoerder": the army's) or
    /// names an actor ("VLD-voorzitter": the party's, "NAVO-chef": NATO's), else the role
    /// of its last part ("oproerpolitie": police).
    func compoundName(_ word: Word, _ keys: WordKeys) -> (target: FoundName.Target, isActorRole: Bool)? {
        guard word.upos == .NOUN || word.upos == .PROPN else { return nil }
        let parts: [String]
        if let lemma = keys.lemma, lemma.contains("_") {
            parts = lemma.split(separator: "_").map(String.init)
        } else if keys.form.contains("-") {
            parts = keys.form.split(separator: "-").map(String.init)
        } else {
            return nil
        }
        guard parts.count >= 2 else { return nil }
        let head = agent(parts.last!)
        guard head != nil || personNouns.contains(parts.last!) else { return nil }
        // The longest run of leading parts that names something ("VAK_BOND" → VAKBOND).
        for end in stride(from: parts.count - 1, through: 1, by: -1) {
            let modifier = parts[0..<end].joined()
            guard let m = actors.longestMatch(in: [WordKeys(form: modifier, lemma: nil)], at: 0, language: language), m.length == 1 else { continue }
            switch m.target {
            case .agent(let a): return (.agent(actors.agents[a]), false)
            case .actor(let a):
                guard let code = actors.actors[a].code(on: date) else { return nil }
                return (.actor(code: code, kind: .group), true)
            }
        }
        return head.map { (.agent($0), false) }
    }

    /// The agent a single upper-cased word names, if any.
    private func agent(_ word: String) -> AgentEntry? {
        guard let m = actors.longestMatch(in: [WordKeys(form: word, lemma: nil)], at: 0, language: language),
              case .agent(let a) = m.target else { return nil }
        return actors.agents[a]
    }
}
