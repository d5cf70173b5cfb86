/// A fingerprint of a document's text, so the store can tell the same article coming
/// again from a changed one or a different one with the same name. Two 64-bit FNV-1a
/// hashes with different offsets make 128 bits: no accidental collision in any corpus
/// Kroniek will see (it is not meant to resist a forger).
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325
        var b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in text.utf8 {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            b = b &+ (b >> 29)
        }
        return hex(a) + hex(b)
    }

    private static func hex(_ x: UInt64) -> String {
        let s = String(x, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }
}
