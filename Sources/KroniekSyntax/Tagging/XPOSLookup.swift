import KroniekCore

/// Language-specific tags (XPOS) chosen by back-off lookup once UPOS and features are known:
/// most frequent XPOS of (form, UPOS, feats), else of (UPOS, feats, last three letters),
/// else of (UPOS, feats). Alpino and PTB tags are largely determined by UPOS and features,
/// so this costs little accuracy and no model weights.
struct XPOSLookup: Sendable {
    private(set) var byWord: [String: String] = [:]
    private(set) var bySuffix: [String: String] = [:]
    private(set) var byTags: [String: String] = [:]

    var isEmpty: Bool { byTags.isEmpty }

    static func wordKey(_ lower: String, _ upos: UPOS, _ feats: String) -> String { "\(lower)\t\(upos.rawValue)\t\(feats)" }
    static func suffixKey(_ lower: String, _ upos: UPOS, _ feats: String) -> String {
        "\(upos.rawValue)\t\(feats)\t\(String(lower.unicodeScalars.suffix(3)))"
    }
    static func tagsKey(_ upos: UPOS, _ feats: String) -> String { "\(upos.rawValue)\t\(feats)" }

    init(sentences: [Sentence]) {
        var word: [String: [String: Int]] = [:], suffix: [String: [String: Int]] = [:], tags: [String: [String: Int]] = [:]
        for s in sentences {
            for w in s.words {
                guard let x = w.xpos, x != "_", let u = w.upos else { continue }
                let lower = w.form.lowercased()
                word[Self.wordKey(lower, u, w.feats), default: [:]][x, default: 0] += 1
                suffix[Self.suffixKey(lower, u, w.feats), default: [:]][x, default: 0] += 1
                tags[Self.tagsKey(u, w.feats), default: [:]][x, default: 0] += 1
            }
        }
        func best(_ table: [String: [String: Int]]) -> [String: String] {
            table.mapValues { counts in counts.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key }
        }
        byWord = best(word); bySuffix = best(suffix); byTags = best(tags)
    }

    func xpos(lower: String, upos: UPOS, feats: String) -> String? {
        byWord[Self.wordKey(lower, upos, feats)] ?? bySuffix[Self.suffixKey(lower, upos, feats)] ?? byTags[Self.tagsKey(upos, feats)]
    }

    func encode(into out: inout ByteWriter) {
        for table in [byWord, bySuffix, byTags] {
            let keys = table.keys.sorted()
            out.write(keys); out.write(keys.map { table[$0]! })
        }
    }

    static func decode(from input: inout ByteReader) throws -> XPOSLookup {
        var lookup = XPOSLookup(sentences: [])
        func table() throws -> [String: String] {
            let keys = try input.read([String].self), values = try input.read([String].self)
            guard keys.count == values.count else { throw ModelFormatError("XPOS table mismatch") }
            return Dictionary(uniqueKeysWithValues: zip(keys, values))
        }
        lookup.byWord = try table(); lookup.bySuffix = try table(); lookup.byTags = try table()
        return lookup
    }
}
