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
    public init(names: [[NameWord]], roles: [ActorRole]) { self.names = names; self.roles = roles }

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
    public init(names: [[NameWord]], code: String, prefixesCountry: Bool = false) {
        self.names = names; self.code = code; self.prefixesCountry = prefixesCountry
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
/// extra string building. Candidates are always verified on the strings.
public struct ActorDictionary: Sendable {
    public private(set) var actors: [ActorEntry] = []
    public private(set) var agents: [AgentEntry] = []
    private var nameWords: [[NameWord]] = []
    private var nameTargets: [NameTarget] = []
    private var exactIndex: [UInt64: [Int32]] = [:]
    private var prefixIndex: [UInt64: [Int32]] = [:]
    /// Which prefix lengths (in UTF-8 bytes) occur among stem names, by length.
    private var prefixLengths: [Bool] = []
    private var longestPrefix = 0

    public init() {}

    public var isEmpty: Bool { actors.isEmpty && agents.isEmpty }

    public mutating func add(_ actor: ActorEntry) {
        actors.append(actor)
        for n in actor.names { index(n, .actor(actors.count - 1)) }
    }

    public mutating func add(_ agent: AgentEntry) {
        agents.append(agent)
        for n in agent.names { index(n, .agent(agents.count - 1)) }
    }

    public mutating func merge(_ other: ActorDictionary) {
        for a in other.actors { add(a) }
        for a in other.agents { add(a) }
    }

    static func fnv(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    private mutating func index(_ name: [NameWord], _ target: NameTarget) {
        guard let first = name.first, !first.text.isEmpty else { return }
        nameWords.append(name)
        nameTargets.append(target)
        let id = Int32(nameWords.count - 1)
        let hash = Self.fnv(first.text.utf8)
        if first.prefix {
            prefixIndex[hash, default: []].append(id)
            let n = first.text.utf8.count
            if prefixLengths.count <= n { prefixLengths += Array(repeating: false, count: n + 1 - prefixLengths.count) }
            prefixLengths[n] = true
            longestPrefix = max(longestPrefix, first.text.utf8.count)
        } else {
            exactIndex[hash, default: []].append(id)
        }
    }

    /// The longest name starting at `start` in `keys` (each key the alternatives for one
    /// word, e.g. its upper-cased form and lemma). Returns the target and the word count.
    public func longestMatch(in keys: [[String]], at start: Int) -> (target: NameTarget, length: Int)? {
        var bestID = -1
        var bestLength = 0
        let room = keys.count - start
        for key in keys[start] {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var length = 0
            for b in key.utf8 {
                h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                length += 1
                if length > longestPrefix { break }
                if prefixLengths[length], let ids = prefixIndex[h] {
                    consider(ids, keys, start, room, &bestID, &bestLength)
                }
            }
            if let ids = exactIndex[Self.fnv(key.utf8)] { consider(ids, keys, start, room, &bestID, &bestLength) }
        }
        return bestID < 0 ? nil : (nameTargets[bestID], bestLength)
    }

    /// Keeps the longest candidate name that matches the words from `start` on.
    private func consider(_ ids: [Int32], _ keys: [[String]], _ start: Int, _ room: Int,
                          _ bestID: inout Int, _ bestLength: inout Int) {
        for id in ids {
            let i = Int(id)
            let count = nameWords[i].count
            guard count > bestLength, count <= room else { continue }
            var ok = true
            for k in 0..<count where !keys[start + k].contains(where: nameWords[i][k].matches) { ok = false; break }
            if ok { bestID = i; bestLength = count }
        }
    }
}
