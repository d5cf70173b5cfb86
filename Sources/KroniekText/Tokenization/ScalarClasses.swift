/// Character classes the tokenizer tests in its inner loop, as plain switches on
/// scalar values (no regular expressions, no Character/grapheme work).
extension Unicode.Scalar {
    var isLetterLike: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        return properties.isAlphabetic
    }
    var isDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isLetterOrDigit: Bool { isDigit || isLetterLike }
    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }
    var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }
    var isSpace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x85, 0x2028, 0x2029, 0x3000, 0xFEFF: return true
        case 0x2000...0x200B: return true
        default: return value > 0x7F && properties.isWhitespace
        }
    }
    var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 || value == 0x85 }
    /// Apostrophe-like marks: ' ’ ` (web text uses all three inside words).
    var isApostrophe: Bool { value == 0x27 || value == 0x2019 || value == 0x60 }
    /// Marks that open a quotation or bracket and never end a word.
    var isOpening: Bool {
        switch self {
        case "(", "[", "{", "“", "„", "«", "‘", "‚", "‹", "¿", "¡": return true
        default: return false
        }
    }
    /// Marks that close a quotation or bracket.
    var isClosing: Bool {
        switch self {
        case ")", "]", "}", "”", "»", "’", "›": return true
        default: return false
        }
    }
    /// Quotes that may open or close: " and '.
    var isStraightQuote: Bool { self == "\"" || self == "'" }
    var isSentenceFinal: Bool { self == "." || self == "!" || self == "?" || self == "…" }
    var isDash: Bool { self == "-" || self == "–" || self == "—" || self == "‒" || self == "―" }
    /// Symbols whose runs form one token (***, <<, ==).
    var isRepeatableSymbol: Bool {
        switch self {
        case "*", "<", ">", "=", "~": return true
        default: return false
        }
    }
    var isCurrency: Bool {
        switch self {
        case "$", "€", "£", "¥", "₤": return true
        default: return false
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text of a range, encoded straight into a new string's UTF-8 storage.
    func string(_ range: Range<Int>) -> String {
        var utf8Count = 0
        for i in range { utf8Count += UTF8.width(self[i]) }
        return String(unsafeUninitializedCapacity: utf8Count) { buffer in
            var n = 0
            for i in range {
                UTF8.encode(self[i]) { buffer[n] = $0; n += 1 }
            }
            return n
        }
    }
    /// Lower-cased ASCII-folded text of a range, with ’ and ` read as '.
    func foldedString(_ range: Range<Int>) -> String {
        var v = String.UnicodeScalarView()
        for i in range {
            let c = self[i]
            if c.isApostrophe { v.append("'") } else if c.value < 0x80 { v.append(c.isUppercaseLetter ? Unicode.Scalar(c.value | 0x20)! : c) }
            else { v.append(contentsOf: String(c).lowercased().unicodeScalars) }
        }
        return String(v)
    }
}
