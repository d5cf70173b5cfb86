/// The hashed properties of one word that feature templates combine: computed once per
/// word so that no template touches a string.
public struct WordAtoms: Sendable {
    public var form: UInt64
    public var lower: UInt64
    public var shape: UInt64
    /// Hashes of the first 1…3 scalars of the lowercased form.
    public var prefix1: UInt64, prefix2: UInt64, prefix3: UInt64
    /// Hashes of the last 1…5 scalars of the lowercased form.
    public var suffix1: UInt64, suffix2: UInt64, suffix3: UInt64, suffix4: UInt64, suffix5: UInt64
    /// The form's class in the tagger's `WordClassLexicon` (0: not listed), set by the tagger.
    public var wordClass: UInt64 = 0

    /// Atoms of the positions before the first and after the last word.
    public static let start = WordAtoms(constant: 0x5354_4152_54)
    public static let end = WordAtoms(constant: 0x454e_44)

    init(constant: UInt64) {
        form = constant; lower = constant; shape = constant
        prefix1 = constant; prefix2 = constant; prefix3 = constant
        suffix1 = constant; suffix2 = constant; suffix3 = constant; suffix4 = constant; suffix5 = constant
    }

    public init(form: String) {
        let lowered = form.lowercased()
        let scalars = Array(lowered.unicodeScalars)
        self.form = FeatureHash.string(form)
        lower = FeatureHash.string(lowered)
        shape = WordAtoms.shapeHash(form)
        func pre(_ k: Int) -> UInt64 { FeatureHash.mix(UInt64(k), FeatureHash.scalars(scalars.prefix(k))) }
        func suf(_ k: Int) -> UInt64 { FeatureHash.mix(UInt64(k) + 16, FeatureHash.scalars(scalars.suffix(k))) }
        prefix1 = pre(1); prefix2 = pre(2); prefix3 = pre(3)
        suffix1 = suf(1); suffix2 = suf(2); suffix3 = suf(3); suffix4 = suf(4); suffix5 = suf(5)
    }

    /// Word shape with runs collapsed: "Rusland" → "Xx", "2022" → "d", "COVID-19" → "X-d",
    /// plus a length bucket, which separates one-letter from long capitalised words.
    static func shapeHash(_ form: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var last: UInt32 = 0
        var length = 0
        for scalar in form.unicodeScalars {
            length += 1
            let p = scalar.properties
            let code: UInt32 = p.isUppercase ? 88 : p.isLowercase ? 120 : p.numericType != nil ? 100 : (scalar.value < 128 ? scalar.value : 111)
            if code != last { h = (h ^ UInt64(code)) &* 0x0000_0100_0000_01b3; last = code }
        }
        return FeatureHash.mix(h, UInt64(min(length, 5)))
    }

    /// Atoms for every word of a sentence.
    public static func of(_ forms: [String]) -> [WordAtoms] { forms.map(WordAtoms.init(form:)) }
}

/// A reusable list of feature ids, filled by the feature templates of each model.
public struct FeatureList {
    public var ids: ContiguousArray<UInt64> = []
    public init() { ids.reserveCapacity(64) }
    @inlinable @inline(__always) public mutating func add(_ id: UInt64) { ids.append(id) }
    @inlinable public mutating func reset() { ids.removeAll(keepingCapacity: true) }
    @inlinable public func withBuffer<R>(_ body: (UnsafeBufferPointer<UInt64>) throws -> R) rethrows -> R {
        try ids.withUnsafeBufferPointer(body)
    }
}
