import KroniekCore

/// One word of a dictionary name. `prefix` words match any word that starts with them
/// (PETRARCH's stem matching: `ARGENTIN` covers "Argentina" and "Argentinian");
/// exact words match the whole word only.
public struct NameWord: Sendable, Hashable {
    public var text: String
    public var prefix: Bool
    public init(_ text: String, prefix: Bool = false) { self.text = text; self.prefix = prefix }

    public func matches(_ key: String) -> Bool { prefix ? key.hasPrefix(text) : key == text }
}

/// A code valid for a period; either end may be open. Dates are inclusive.
public struct ActorRole: Sendable, Hashable {
    public var code: String
    public var from: PartialDate?
    public var to: PartialDate?
    public var note: String?
    public init(code: String, from: PartialDate? = nil, to: PartialDate? = nil, note: String? = nil) {
        self.code = code; self.from = from; self.to = to; self.note = note
    }

    public var isDated: Bool { from != nil || to != nil }

    /// Whether the role holds on `date`. A coarse date (a month) counts when it overlaps.
    public func holds(on date: PartialDate) -> Bool {
        if let f = from, date.truncated(to: min(date.precision, f.precision)) < f.truncated(to: min(date.precision, f.precision)) { return false }
        if let t = to, t.truncated(to: min(date.precision, t.precision)) < date.truncated(to: min(date.precision, t.precision)) { return false }
        return true
    }
}

/// A named actor: its names (as word sequences) and its roles over time.
public struct ActorEntry: Sendable, Hashable {
    public var names: [[NameWord]]
    public var roles: [ActorRole]
    /// The language whose text uses these names (`nl`, `en`), or `*` for every language.
    public var language: String
    public init(names: [[NameWord]], roles: [ActorRole], language: String = "*") {
        self.names = names; self.roles = roles; self.language = language
    }

    /// A person holds offices for periods only; a state, party or organisation also has
    /// an undated code for the times between (a party is OPP when it does not govern).
    public var isPerson: Bool { !roles.isEmpty && roles.allSatisfy(\.isDated) }

    /// The code for an event on `date`: the first dated role that holds, else the first
    /// undated role. With no date the undated role, else the first role, applies.
    /// Returns nil when only dated roles exist and none holds (PETRARCH does not code them).
    public func code(on date: PartialDate?) -> String? {
        guard let date else { return (roles.first { !$0.isDated } ?? roles.first)?.code }
        if let r = roles.first(where: { $0.isDated && $0.holds(on: date) }) { return r.code }
        return roles.first { !$0.isDated }?.code
    }
}

/// A role noun ("president", "rebels") that combines with a country: the code is
/// appended to the country's code (`~GOV`) or put before it (`NGO~`).
public struct AgentEntry: Sendable, Hashable {
    public var names: [[NameWord]]
    public var code: String
    public var prefixesCountry: Bool
    /// The language whose text uses these names, or `*` for every language.
    public var language: String
    public init(names: [[NameWord]], code: String, prefixesCountry: Bool = false, language: String = "*") {
        self.names = names; self.code = code; self.prefixesCountry = prefixesCountry; self.language = language
    }

    public func combined(with country: String?) -> String {
        let base = country ?? "---"
        return prefixesCountry ? code + base : base + code
    }
}

/// What a name in the dictionary refers to.
public enum NameTarget: Sendable, Hashable {
    case actor(Int)
    case agent(Int)
}

/// Actors and agents with an index from first words to names, for fast longest-match lookup.
///
/// First words are looked up by an FNV-1a hash of their UTF-8 bytes: computed in one pass
/// over a word, it gives the hash of every prefix too, so stem names (`ARGENTIN`) cost no
/// extra string building, and a `HashIndex` finds the names of a hash without hashing
/// again. Candidates are verified word by word, on hashes first and then on the strings.
public struct ActorDictionary: Sendable {
    public private(set) var actors: [ActorEntry] = []
    public private(set) var agents: [AgentEntry] = []
    /// The words of every indexed name, one after another: name `i` is
    /// `nameWords[nameStarts[i]..<nameStarts[i + 1]]`. Flat, so checking a candidate
    /// touches no nested arrays.
    private var nameWords: [NameWord] = []
    private var nameWordHashes: [WordHash] = []
    private var nameStarts: [Int] = [0]
    private var nameTargets: [NameTarget] = []
    /// The language of each indexed name (`*` for any).
    private var nameLanguages: [String] = []
    private var exactIndex = HashIndex()
    private var prefixIndex = HashIndex()
    /// Which prefix lengths (in UTF-8 bytes) occur among stem names, by length.
    private var prefixLengths: [Bool] = []
    private var longestPrefix = 0
    /// Office holders by the last word of their longer names (`CLINTON` for "Bill
    /// Clinton"), for bare surnames (`soleHolder(ofSurname:on:)`).
    private var surnames: [String: [Int]] = [:]

    public init() {}

    public var isEmpty: Bool { actors.isEmpty && agents.isEmpty }

    public mutating func add(_ actor: ActorEntry) {
        actors.append(actor)
        for n in actor.names { index(n, .actor(actors.count - 1), language: actor.language) }
        guard actor.isPerson else { return }
        // Regnal numbers and initials are no surnames ("Abdullah II", "George W.").
        for n in actor.names where n.count >= 2 && !n.last!.prefix && n.last!.text.count > 2
            && !n.last!.text.allSatisfy({ "IVXLC.".contains($0) }) {
            let key = WordKeys.upper(n.last!.text)
            if surnames[key]?.last != actors.count - 1 { surnames[key, default: []].append(actors.count - 1) }
        }
    }

    /// The one office holder whose surname is `key` (upper-cased) and who holds a dated
    /// role on `date`: "Clinton" in 2000 is Bill Clinton. Nil when no one or several
    /// people with that surname held office then, or without a date.
    public func soleHolder(ofSurname key: String, on date: PartialDate?) -> Int? {
        guard let date, let candidates = surnames[key] else { return nil }
        let holders = candidates.filter { a in actors[a].roles.contains { $0.isDated && $0.holds(on: date) } }
        return holders.count == 1 ? holders[0] : nil
    }

    public mutating func add(_ agent: AgentEntry) {
        agents.append(agent)
        for n in agent.names { index(n, .agent(agents.count - 1), language: agent.language) }
    }

    public mutating func merge(_ other: ActorDictionary) {
        for a in other.actors { add(a) }
        for a in other.agents { add(a) }
    }

    private func length(ofName i: Int) -> Int { nameStarts[i + 1] - nameStarts[i] }

    private mutating func index(_ name: [NameWord], _ target: NameTarget, language: String) {
        guard let first = name.first, !first.text.isEmpty else { return }
        let id = Int32(nameTargets.count)
        nameWords += name
        nameWordHashes += name.map { WordHash($0.text) }
        nameStarts.append(nameWords.count)
        nameTargets.append(target)
        nameLanguages.append(language)
        let hash = FNV.hash(first.text.utf8)
        // Longer names first: the first name of a list that matches is its longest (and,
        // among names of one length, the one added first).
        let isShorter = { [nameStarts] (other: Int32) in nameStarts[Int(other) + 1] - nameStarts[Int(other)] < name.count }
        if first.prefix {
            prefixIndex.insert(id, for: hash, before: isShorter)
            let n = first.text.utf8.count
            if prefixLengths.count <= n { prefixLengths += Array(repeating: false, count: n + 1 - prefixLengths.count) }
            prefixLengths[n] = true
            longestPrefix = max(longestPrefix, first.text.utf8.count)
        } else {
            exactIndex.insert(id, for: hash, before: isShorter)
        }
    }

    /// The longest name starting at `start` in `keys` (the keys of each word of a
    /// sentence), among the names of `language` and of every language (all names when
    /// nil). Returns the target and the word count.
    public func longestMatch(in keys: [WordKeys], at start: Int, language: String? = nil) -> (target: NameTarget, length: Int)? {
        var bestID = -1
        var bestLength = 0
        let room = keys.count - start
        for var key in keys[start] {
            let h = key.withUTF8 { bytes in
                var h = FNV.start
                for (i, b) in bytes.enumerated() {
                    h = FNV.add(b, to: h)
                    let length = i + 1
                    if length <= longestPrefix, prefixLengths[length], let p = prefixIndex.position(of: h) {
                        consider(prefixIndex.lists[p], keys, start, room, language, &bestID, &bestLength)
                    }
                }
                return h
            }
            // `h` is the hash of the whole key.
            if let p = exactIndex.position(of: h) {
                consider(exactIndex.lists[p], keys, start, room, language, &bestID, &bestLength)
            }
        }
        return bestID < 0 ? nil : (nameTargets[bestID], bestLength)
    }

    /// Keeps the longest candidate name that matches the words from `start` on; `ids`
    /// are longest first.
    private func consider(_ ids: [Int32], _ keys: [WordKeys], _ start: Int, _ room: Int, _ language: String?,
                          _ bestID: inout Int, _ bestLength: inout Int) {
        for id in ids {
            let i = Int(id)
            let count = length(ofName: i)
            if count <= bestLength { return }
            if let language, nameLanguages[i] != "*", nameLanguages[i] != language { continue }
            guard count <= room, matches(name: i, keys, at: start) else { continue }
            bestID = i; bestLength = count
            return
        }
    }

    /// Whether name `i` matches the words from `start` on. Its first word matched the
    /// index already (but for a hash collision): it is checked last, so that most
    /// candidates fail on a later word without comparing strings.
    private func matches(name i: Int, _ keys: [WordKeys], at start: Int) -> Bool {
        let first = nameStarts[i]
        for j in (first + 1)..<nameStarts[i + 1] where !matches(word: j, keys, at: start + j - first) { return false }
        return matches(word: first, keys, at: start)
    }

    /// Whether name word `j` matches the keys of word `k`: most exact words fail on the
    /// hashes alone, before any string is touched.
    private func matches(word j: Int, _ keys: [WordKeys], at k: Int) -> Bool {
        if nameWords[j].prefix { return keys[k].contains(where: nameWords[j].matches) }
        return keys[k].mayContain(nameWordHashes[j]) && keys[k].contains(nameWords[j].text)
    }
}
