/// Checks on raw input bytes before they are read as text: UTF-8 validity and
/// whether the file is binary. Both run in one linear pass over the bytes.
enum ByteInspection {
    /// The offset of the first byte that is not part of well-formed UTF-8, or nil.
    /// Overlong forms, surrogates and truncated sequences count as bad, as in `String(decoding:)`.
    static func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = bytes.count
        var i = 0
        while i < n {
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            var continuationCount: Int
            var secondRange: ClosedRange<UInt8> = 0x80...0xBF
            switch lead {
            case 0xC2...0xDF: continuationCount = 1
            case 0xE0: continuationCount = 2; secondRange = 0xA0...0xBF
            case 0xE1...0xEC, 0xEE, 0xEF: continuationCount = 2
            case 0xED: continuationCount = 2; secondRange = 0x80...0x9F
            case 0xF0: continuationCount = 3; secondRange = 0x90...0xBF
            case 0xF1...0xF3: continuationCount = 3
            case 0xF4: continuationCount = 3; secondRange = 0x80...0x8F
            default: return i
            }
            guard i + continuationCount < n, secondRange.contains(bytes[i + 1]) else { return i }
            var k = 2
            while k <= continuationCount {
                guard bytes[i + k] & 0xC0 == 0x80 else { return i }
                k += 1
            }
            i += continuationCount + 1
        }
        return nil
    }

    /// Bytes sampled for the binary check; text formats show their nature early.
    static let binarySampleSize = 65_536

    /// True for data that is not text: a NUL byte in the sample, or more than 10% control
    /// characters other than tab, newline, carriage return, form feed and escape.
    /// (UTF-16 text has NUL bytes and is reported as binary: Kroniek reads UTF-8.)
    static func looksBinary(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let sample = min(bytes.count, binarySampleSize)
        guard sample > 0 else { return false }
        var controls = 0
        for i in 0..<sample {
            let b = bytes[i]
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
            else if b == 0x7F { controls += 1 }
        }
        return controls * 10 > sample
    }

    /// The length of a UTF-8 byte-order mark at the start, 0 or 3.
    static func byteOrderMarkLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The UTF-8 form of text that starts with a UTF-16 byte-order mark (either byte
    /// order), or nil when there is no such mark.
    static func utf8FromUTF16(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
