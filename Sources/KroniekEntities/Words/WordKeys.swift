import KroniekCore

/// What dictionaries match a word by: its upper-cased form and, when it differs, its
/// upper-cased lemma. A collection of one or two keys, held inline: a sentence's keys
/// are one array, not one array per word.
public struct WordKeys: RandomAccessCollection, Sendable, Hashable {
    public let form: String
    /// The lemma, when it differs from the form.
    public let lemma: String?
    /// `WordHash` of the form and of the lemma (the form's when there is no lemma).
    let formHash: WordHash
    let lemmaHash: WordHash

    public init(form: String, lemma: String?) {
        (self.form, formHash) = Self.keyed(form)
        // Most lemmas are the form itself ("the", "Russia"): no second upper-casing.
        if let lemma, lemma != form {
            let (upperLemma, hash) = Self.keyed(lemma)
            self.lemma = upperLemma == self.form ? nil : upperLemma
            lemmaHash = self.lemma == nil ? formHash : hash
        } else {
            self.lemma = nil
            lemmaHash = formHash
        }
    }

    /// The keys of a word: its form and its lemma.
    public init(_ word: Word) { self.init(form: word.form, lemma: word.lemma) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { lemma == nil ? 1 : 2 }
    public subscript(position: Int) -> String { position == 0 ? form : lemma! }

    /// Whether the form or the lemma is `key` (without the generic collection walk).
    @inlinable public func contains(_ key: String) -> Bool { form == key || lemma == key }

    @inlinable public func contains(where predicate: (String) throws -> Bool) rethrows -> Bool {
        try predicate(form) || lemma.map(predicate) ?? false
    }

    /// False when neither the form nor the lemma can be the word with this hash.
    func mayContain(_ hash: WordHash) -> Bool {
        formHash.mayEqual(hash) || (lemma != nil && lemmaHash.mayEqual(hash))
    }

    /// Upper case, with a fast path for ASCII words that needs no intermediate buffer
    /// (and no allocation at all for the short words most sentences are made of).
    public static func upper(_ s: String) -> String { keyed(s).key }

    /// The upper-cased word and its hash, in one pass over an ASCII word; a word without
    /// lower-case letters is its own key, with no new string made.
    private static func keyed(_ s: String) -> (key: String, hash: WordHash) {
        var s = s
        let ascii = s.withUTF8 { bytes -> (hash: UInt64, hasLower: Bool)? in
            var h = FNV.start, hasLower = false
            for b in bytes {
                guard b < 128 else { return nil }
                let isLower = b >= 97 && b <= 122
                hasLower = hasLower || isLower
                h = FNV.add(isLower ? b - 32 : b, to: h)
            }
            return (h, hasLower)
        }
        guard let ascii else {
            let key = s.uppercased()
            return (key, WordHash(key))
        }
        guard ascii.hasLower else { return (s, WordHash(value: ascii.hash)) }
        let upper = s.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { out in
                for (i, b) in bytes.enumerated() { out[i] = b >= 97 && b <= 122 ? b - 32 : b }
                return bytes.count
            }
        }
        return (upper, WordHash(value: ascii.hash))
    }
}

/// The FNV-1a hash of an ASCII word's bytes, for telling words apart before comparing
/// strings. Words with other characters get no hash: Swift compares them by canonical
/// equivalence, so different bytes may still be the same string.
struct WordHash: Sendable, Hashable {
    /// The hash, or nil for a word that is not ASCII.
    let value: UInt64?

    init(value: UInt64) { self.value = value }

    init(_ word: String) {
        var word = word
        value = word.withUTF8 { bytes in
            var h = FNV.start
            for b in bytes {
                guard b < 128 else { return nil }
                h = FNV.add(b, to: h)
            }
            return h
        }
    }

    /// False only when the words certainly differ.
    func mayEqual(_ other: WordHash) -> Bool {
        guard let a = value, let b = other.value else { return true }
        return a == b
    }
}

/// FNV-1a over bytes: computed in one pass over a word, it gives the hash of every prefix too.
enum FNV {
    static let start: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always) static func add(_ byte: UInt8, to h: UInt64) -> UInt64 { (h ^ UInt64(byte)) &* 0x100_0000_01b3 }

    static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 { bytes.reduce(start) { add($1, to: $0) } }
}
