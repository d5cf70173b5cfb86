/// A small streaming tokenizer for XML and HTML that reports line numbers.
///
/// Written here instead of using Foundation's XMLParser because (1) XMLParser cannot
/// read real-world HTML, so HTML would need a second parser anyway; (2) error messages
/// must name the line, and one scanner that counts lines gives that for all markup
/// formats; (3) it is a single linear pass over bytes with no delegate callbacks.
/// It does not validate DTDs or namespaces: feeds and PETRARCH files do not need them.
struct MarkupTokenizer {
    enum Mode { case xml, html }

    enum Token {
        case start(name: String, attributes: [(name: String, value: String)], selfClosing: Bool, line: Int)
        case end(name: String, line: Int)
        case text(String, line: Int)
    }

    struct SyntaxError: Error {
        let line: Int
        let message: String
    }

    /// HTML elements whose content is raw text, not markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title"]

    private let bytes: UnsafeBufferPointer<UInt8>
    private let mode: Mode
    private var i = 0
    private(set) var line = 1
    private var rawTextUntil: String?

    init(_ bytes: UnsafeBufferPointer<UInt8>, mode: Mode) {
        self.bytes = bytes
        self.mode = mode
    }

    /// Moves to `target`, counting the line breaks passed.
    private mutating func move(to target: Int) {
        while i < target { if bytes[i] == 0x0A { line += 1 }; i += 1 }
    }

    /// Whether the bytes at `position` spell `needle`.
    private func matches(_ needle: StaticString, at position: Int) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard position + n <= bytes.count else { return false }
        let p = needle.utf8Start
        for j in 0..<n where bytes[position + j] != p[j] { return false }
        return true
    }

    /// The index of the next occurrence of `needle` at or after `from`, or nil.
    private func find(_ needle: StaticString, from: Int) -> Int? {
        let first = needle.utf8Start[0]
        var k = from
        while k < bytes.count {
            if bytes[k] == first, matches(needle, at: k) { return k }
            k += 1
        }
        return nil
    }

    private func slice(_ range: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: bytes[range]) }

    private static func isNameByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C }

    mutating func next() throws(SyntaxError) -> Token? {
        while i < bytes.count {
            if let element = rawTextUntil {
                rawTextUntil = nil
                let startLine = line
                let closing = rawTextEnd(element) ?? bytes.count
                let text = element == "title" || element == "textarea" ? CharacterEntities.decode(slice(i..<closing)) : String(decoding: slice(i..<closing), as: UTF8.self)
                move(to: closing)
                if !text.isEmpty { return .text(text, line: startLine) }
                continue
            }
            if bytes[i] != UInt8(ascii: "<") {
                let startLine = line
                var end = i
                while end < bytes.count, bytes[end] != UInt8(ascii: "<") { end += 1 }
                let text = CharacterEntities.decode(slice(i..<end))
                move(to: end)
                return .text(text, line: startLine)
            }
            if let token = try markup() { return token }
        }
        return nil
    }

    /// Where the raw text of `element` ends: at `</element`, case-insensitively.
    private func rawTextEnd(_ element: String) -> Int? {
        var k = i
        let name = Array(element.utf8)
        while let open = find("</", from: k) {
            var j = 0
            while j < name.count, open + 2 + j < bytes.count, bytes[open + 2 + j] | 0x20 == name[j] { j += 1 }
            if j == name.count { return open }
            k = open + 2
        }
        return nil
    }

    /// Reads the construct at `<`; returns nil for ones that yield no token (comments, declarations).
    private mutating func markup() throws(SyntaxError) -> Token? {
        let startLine = line
        func unterminated(_ what: String) -> SyntaxError { SyntaxError(line: startLine, message: "unterminated \(what)") }
        let next = i + 1 < bytes.count ? bytes[i + 1] : 0
        if next == UInt8(ascii: "!") {
            if matches("<!--", at: i) {
                guard let end = find("-->", from: i + 4) else { throw unterminated("comment") }
                move(to: end + 3); return nil
            }
            if matches("<![CDATA[", at: i) {
                guard let end = find("]]>", from: i + 9) else { throw unterminated("CDATA section") }
                let text = String(decoding: slice((i + 9)..<end), as: UTF8.self)
                move(to: end + 3)
                return .text(text, line: startLine)
            }
            guard let end = find(">", from: i) else { throw unterminated("declaration") }
            move(to: end + 1); return nil
        }
        if next == UInt8(ascii: "?") {
            guard let end = find(mode == .xml ? "?>" : ">", from: i) else { throw unterminated("processing instruction") }
            move(to: end + (mode == .xml ? 2 : 1)); return nil
        }
        let closing = next == UInt8(ascii: "/")
        var k = i + (closing ? 2 : 1)
        let nameStart = k
        while k < bytes.count, MarkupTokenizer.isNameByte(bytes[k]) { k += 1 }
        guard k > nameStart else {
            if mode == .html { let t = Token.text("<", line: startLine); move(to: i + 1); return t }
            throw SyntaxError(line: startLine, message: "'<' that does not start a tag (write &lt; for a literal '<')")
        }
        var name = String(decoding: slice(nameStart..<k), as: UTF8.self)
        if mode == .html { name = name.lowercased() }
        if closing {
            while k < bytes.count, MarkupTokenizer.isSpace(bytes[k]) { k += 1 }
            guard k < bytes.count, bytes[k] == UInt8(ascii: ">") else { throw unterminated("end tag </\(name)>") }
            move(to: k + 1)
            return .end(name: name, line: startLine)
        }
        var attributes: [(name: String, value: String)] = []
        while true {
            while k < bytes.count, MarkupTokenizer.isSpace(bytes[k]) { k += 1 }
            guard k < bytes.count else { throw unterminated("tag <\(name)>") }
            if bytes[k] == UInt8(ascii: ">") { k += 1; break }
            if bytes[k] == UInt8(ascii: "/"), k + 1 < bytes.count, bytes[k + 1] == UInt8(ascii: ">") {
                move(to: k + 2)
                return .start(name: name, attributes: attributes, selfClosing: true, line: startLine)
            }
            let attrStart = k
            while k < bytes.count, !MarkupTokenizer.isSpace(bytes[k]), bytes[k] != UInt8(ascii: "="),
                  bytes[k] != UInt8(ascii: ">"), !(bytes[k] == UInt8(ascii: "/") && k + 1 < bytes.count && bytes[k + 1] == UInt8(ascii: ">")) { k += 1 }
            guard k > attrStart else {
                if mode == .html { k += 1; continue }
                throw SyntaxError(line: startLine, message: "malformed attribute in <\(name)>")
            }
            var attrName = String(decoding: slice(attrStart..<k), as: UTF8.self)
            if mode == .html { attrName = attrName.lowercased() }
            while k < bytes.count, MarkupTokenizer.isSpace(bytes[k]) { k += 1 }
            guard k < bytes.count, bytes[k] == UInt8(ascii: "=") else {
                if mode == .xml { throw SyntaxError(line: startLine, message: "attribute '\(attrName)' in <\(name)> has no value") }
                attributes.append((attrName, ""))
                continue
            }
            k += 1
            while k < bytes.count, MarkupTokenizer.isSpace(bytes[k]) { k += 1 }
            guard k < bytes.count else { throw unterminated("tag <\(name)>") }
            let quote = bytes[k]
            if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                var end = k + 1
                while end < bytes.count, bytes[end] != quote { end += 1 }
                guard end < bytes.count else { throw SyntaxError(line: startLine, message: "unterminated attribute value in <\(name)>") }
                attributes.append((attrName, CharacterEntities.decode(slice((k + 1)..<end))))
                k = end + 1
            } else {
                if mode == .xml { throw SyntaxError(line: startLine, message: "attribute '\(attrName)' in <\(name)> needs a quoted value") }
                let valueStart = k
                while k < bytes.count, !MarkupTokenizer.isSpace(bytes[k]), bytes[k] != UInt8(ascii: ">") { k += 1 }
                attributes.append((attrName, CharacterEntities.decode(slice(valueStart..<k))))
            }
        }
        move(to: k)
        if mode == .html, MarkupTokenizer.rawTextElements.contains(name) { rawTextUntil = name }
        return .start(name: name, attributes: attributes, selfClosing: false, line: startLine)
    }
}
