/// Guesses the format of input that has no telling extension (standard input, `.xml`,
/// unknown extensions) from its first bytes.
enum FormatSniffer {
    static func sniff(_ bytes: UnsafeBufferPointer<UInt8>) -> InputFormat {
        var i = ByteInspection.byteOrderMarkLength(bytes)
        skipWhitespace(bytes, &i)
        guard i < bytes.count else { return .text }
        switch bytes[i] {
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "{"): return looksLikeJSONLines(bytes, from: i) ? .jsonl : .json
        case UInt8(ascii: "<"): return markupFormat(bytes, from: i)
        default: return looksLikeCoNLLU(bytes, from: i) ? .conllu : .text
        }
    }

    private static func skipWhitespace(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int) {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    /// JSON Lines when the first line closes its object and the next line opens another.
    private static func looksLikeJSONLines(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        while i < b.count, b[i] != 0x0A { i += 1 }
        let firstLine = UnsafeBufferPointer(rebasing: b[start..<i])
        guard JSONParser.isCompleteValue(firstLine) else { return false }
        skipWhitespace(b, &i)
        return i < b.count && b[i] == UInt8(ascii: "{")
    }

    /// Feeds and PETRARCH files are told apart by their root element; anything else is HTML.
    private static func markupFormat(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> InputFormat {
        var i = start
        while i < b.count {
            // Text before the root element is passed over: it is what is left of a
            // comment that ended early at a nested `-->` (PETRARCH headers have them).
            while i < b.count, b[i] != UInt8(ascii: "<") { i += 1 }
            guard i + 1 < b.count else { return .html }
            let next = b[i + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Declaration, comment or doctype: skip to its end.
                let isComment = i + 3 < b.count && b[i + 2] == UInt8(ascii: "-") && b[i + 3] == UInt8(ascii: "-")
                i += 2
                if isComment {
                    while i + 2 < b.count, !(b[i] == UInt8(ascii: "-") && b[i + 1] == UInt8(ascii: "-") && b[i + 2] == UInt8(ascii: ">")) { i += 1 }
                    i += 3
                } else {
                    let doctypeStart = i
                    while i < b.count, b[i] != UInt8(ascii: ">") { i += 1 }
                    let decl = String(decoding: UnsafeBufferPointer(rebasing: b[doctypeStart..<i]), as: UTF8.self).lowercased()
                    if decl.hasPrefix("doctype html") { return .html }
                    i += 1
                }
                continue
            }
            var end = i + 1
            while end < b.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(b[end]) { end += 1 }
            let name = String(decoding: UnsafeBufferPointer(rebasing: b[(i + 1)..<end]), as: UTF8.self)
            switch name {
            case "rss", "rdf:RDF": return .rss
            case "feed": return .atom
            case "Validation", "Sentences", "Articles", "Sentence", "Article": return .petrarch
            default: return .html
            }
        }
        return .html
    }

    /// CoNLL-U: a `# sent_id`/`# text`/`# newdoc` comment, or a first line of ten tab-separated columns.
    private static func looksLikeCoNLLU(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        while i < b.count {
            var end = i
            while end < b.count, b[end] != 0x0A { end += 1 }
            let line = String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)
            if line.hasPrefix("#") {
                let body = line.dropFirst().drop { $0 == " " }
                if body.hasPrefix("sent_id") || body.hasPrefix("text =") || body.hasPrefix("newdoc") { return true }
            } else {
                return line.split(separator: "\t", omittingEmptySubsequences: false).count == 10
            }
            i = end + 1
        }
        return false
    }
}
