/// A table from 64-bit hashes to lists of ids, in an order the caller chooses.
///
/// The keys are already well-mixed hashes (FNV-1a of words), so the table uses them as
/// they are, with open addressing: a lookup is a few integer operations, where a
/// `Dictionary<UInt64, …>` would hash each key again with SipHash, dozens of times for
/// every word of a sentence.
struct HashIndex: Sendable {
    /// Slot -> 1 + the position of its key in `hashes` and `lists`; 0 = empty.
    private var slots = [Int32](repeating: 0, count: 16)
    private var hashes: [UInt64] = []
    /// The ids of each key, by position.
    private(set) var lists: [[Int32]] = []

    /// Adds `id` to the list of `hash`, before the first id there that `before` accepts
    /// (at the end when none is).
    mutating func insert(_ id: Int32, for hash: UInt64, before: (Int32) -> Bool) {
        if let p = position(of: hash) {
            lists[p].insert(id, at: lists[p].firstIndex(where: before) ?? lists[p].endIndex)
            return
        }
        if (hashes.count + 1) * 2 > slots.count { grow() }
        hashes.append(hash)
        lists.append([id])
        slots[emptySlot(for: hash)] = Int32(hashes.count)
    }

    /// Adds `id` at the end of the list of `hash`.
    mutating func append(_ id: Int32, for hash: UInt64) { insert(id, for: hash) { _ in false } }

    /// The position in `lists` of the ids for `hash`, or nil when it has none.
    func position(of hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[s])
            if entry == 0 { return nil }
            if hashes[entry - 1] == hash { return entry - 1 }
            s = (s + 1) & mask
        }
    }

    private func emptySlot(for hash: UInt64) -> Int {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: hash) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        return s
    }

    /// Doubles the slots, keeping the table at most half full so probes stay short.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (p, hash) in hashes.enumerated() { slots[emptySlot(for: hash)] = Int32(p + 1) }
    }
}
