/// Integer feature ids for the linear models.
///
/// Features are never strings at run time: a word's form, affixes and shape are hashed
/// once per word (FNV-1a over UTF-8), and a feature is the mix of a template number
/// with one to three such hashes or small integers (tags, labels, distances).
public enum FeatureHash {
    /// FNV-1a over the UTF-8 bytes of a string.
    @inlinable
    public static func string<S: StringProtocol>(_ s: S) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in s.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// FNV-1a over a run of Unicode scalars.
    @inlinable
    public static func scalars(_ s: ArraySlice<Unicode.Scalar>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in s { h = (h ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// A strong 64-bit mixer (splitmix64 finaliser) of two values.
    @inlinable @inline(__always)
    public static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a &+ 0x9e37_79b9_7f4a_7c15) ^ (b &* 0xbf58_476d_1ce4_e5b9)
        h = (h ^ (h >> 30)) &* 0xbf58_476d_1ce4_e5b9
        h = (h ^ (h >> 27)) &* 0x94d0_49bb_1331_11eb
        return h ^ (h >> 31)
    }

    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64) -> UInt64 { mix(template, a) }

    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { mix(mix(template, a), b) }

    @inlinable @inline(__always)
    public static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        mix(mix(mix(template, a), b), c)
    }
}
