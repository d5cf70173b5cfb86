extension Unicode.Scalar {
    /// `properties.isWhitespace`, with a fast path for ASCII: the property lookup is a
    /// table search and dominated reading time on large files.
    var isWhiteSpace: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace
    }
}

extension String {
    /// The string without leading and trailing white space (line breaks included).
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhiteSpace }),
              let last = scalars.lastIndex(where: { !$0.isWhiteSpace }) else { return "" }
        return String(scalars[first...last])
    }
}
