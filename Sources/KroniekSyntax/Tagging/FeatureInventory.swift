import KroniekCore

/// The UD morphological features of a treebank, factorised for tagging: each feature
/// name (Number, Tense, …) gets a group of columns, one per value plus one for "absent",
/// and only the names seen with a word's UPOS in training are predicted for it.
/// Predicting per feature generalises to unseen combinations, and keeps the model small.
struct FeatureInventory: Sendable {
    private(set) var names: [String] = []
    /// `values[n][0]` is the empty string, meaning the feature is absent.
    private(set) var values: [[String]] = []
    private(set) var offsets: [Int] = []
    /// For each UPOS (in `UPOS.allCases` order), the indices of the names it may carry.
    private(set) var allowedNames: [[Int]] = Array(repeating: [], count: UPOS.allCases.count)
    var columns: Int { (offsets.last ?? 0) + (values.last?.count ?? 0) }

    init(sentences: [Sentence]) {
        var valueSets: [String: Set<String>] = [:]
        var allowed: [Set<String>] = Array(repeating: [], count: UPOS.allCases.count)
        for s in sentences {
            for w in s.words {
                guard let u = w.upos?.index else { continue }
                for (name, value) in FeatureInventory.pairs(w.feats) {
                    valueSets[name, default: []].insert(value)
                    allowed[u].insert(name)
                }
            }
        }
        names = valueSets.keys.sorted { $0.lowercased() < $1.lowercased() }
        values = names.map { [""] + valueSets[$0]!.sorted() }
        computeOffsets()
        allowedNames = allowed.map { set in names.indices.filter { set.contains(names[$0]) } }
    }

    private mutating func computeOffsets() {
        var offset = 0
        offsets = values.map { v in defer { offset += v.count }; return offset }
    }

    static func pairs(_ feats: String) -> [(String, String)] {
        feats.split(separator: "|").compactMap { (pair: Substring) -> (String, String)? in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    /// The value index of each name (0 when absent).
    func encode(_ feats: String) -> [Int] {
        var out = Array(repeating: 0, count: names.count)
        for (name, value) in FeatureInventory.pairs(feats) {
            if let n = names.firstIndex(of: name), let v = values[n].firstIndex(of: value) { out[n] = v }
        }
        return out
    }

    /// The canonical CoNLL-U string (names in UD's case-insensitive alphabetical order).
    func decode(_ valueIndices: [Int]) -> String {
        var parts: [String] = []
        for n in names.indices where valueIndices[n] != 0 { parts.append("\(names[n])=\(values[n][valueIndices[n]])") }
        return parts.joined(separator: "|")
    }

    func encode(into out: inout ByteWriter) {
        out.write(names)
        for v in values { out.write(v) }
        out.write(UInt32(allowedNames.count))
        for a in allowedNames { out.write(a.map(String.init)) }
    }

    static func decode(from input: inout ByteReader) throws -> FeatureInventory {
        var inv = FeatureInventory(sentences: [])
        inv.names = try input.read([String].self)
        inv.values = try inv.names.map { _ in try input.read([String].self) }
        inv.computeOffsets()
        let n = Int(try input.read(UInt32.self))
        inv.allowedNames = try (0..<n).map { _ in try input.read([String].self).compactMap(Int.init) }
        return inv
    }
}

extension UPOS {
    /// Position in `UPOS.allCases`, used as a class and feature index.
    var index: Int { UPOS.allCases.firstIndex(of: self)! }
    static func at(_ index: Int) -> UPOS { UPOS.allCases[index] }
}
