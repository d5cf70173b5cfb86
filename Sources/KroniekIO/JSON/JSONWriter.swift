/// Writes `JSONValue`s as JSON text, compact (one line, for JSON Lines) or indented.
/// Non-ASCII text is written as UTF-8, not escaped; control characters are escaped.
public struct JSONWriter: Sendable {
    public var indented: Bool
    public init(indented: Bool = false) { self.indented = indented }

    public func string(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    public func write(_ value: JSONValue, into out: inout [UInt8]) {
        write(value, level: 0, into: &out)
    }

    // Piecewise writing, for values too large to build whole (a document's sentences):
    // `open`, then `element`s or `member`s, then `close`, each at the container's level.

    public func open(_ bracket: Character, into out: inout [UInt8]) {
        out.append(bracket == "[" ? UInt8(ascii: "[") : UInt8(ascii: "{"))
    }

    /// Writes one array element inside a container opened at `level`.
    public func element(_ value: JSONValue, first: Bool, level: Int, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        newline(level + 1, &out)
        write(value, level: level + 1, into: &out)
    }

    /// Writes `"key": value` inside an object opened at `level`; a nil value writes only
    /// the key, for a value the caller writes piecewise next.
    public func member(_ key: String, _ value: JSONValue?, first: Bool, level: Int, into out: inout [UInt8]) {
        if !first { out.append(UInt8(ascii: ",")) }
        newline(level + 1, &out)
        JSONWriter.writeString(key, into: &out)
        out.append(UInt8(ascii: ":"))
        if indented { out.append(0x20) }
        if let value { write(value, level: level + 1, into: &out) }
    }

    public func close(_ bracket: Character, empty: Bool, level: Int, into out: inout [UInt8]) {
        if !empty { newline(level, &out) }
        out.append(bracket == "]" ? UInt8(ascii: "]") : UInt8(ascii: "}"))
    }

    private func newline(_ level: Int, _ out: inout [UInt8]) {
        guard indented else { return }
        out.append(0x0A)
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    private func write(_ value: JSONValue, level: Int, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: n.utf8)
        case .string(let s): JSONWriter.writeString(s, into: &out)
        case .array(let elements):
            if indented, JSONWriter.fitsOnOneLine(value) { JSONWriter().write(value, into: &out); return }
            open("[", into: &out)
            for (n, e) in elements.enumerated() { element(e, first: n == 0, level: level, into: &out) }
            close("]", empty: elements.isEmpty, level: level, into: &out)
        case .object(let members):
            if indented, JSONWriter.fitsOnOneLine(value) { JSONWriter().write(value, into: &out); return }
            open("{", into: &out)
            for (n, m) in members.enumerated() { member(m.key, m.value, first: n == 0, level: level, into: &out) }
            close("}", empty: members.isEmpty, level: level, into: &out)
        }
    }

    /// Indented output keeps small containers (a span, a word) on one line, so documents
    /// stay readable; this many bytes of compact JSON is the limit.
    static let inlineLimit = 100

    /// Whether the compact form of `value` is at most `inlineLimit` bytes (estimated
    /// without writing it, stopping as soon as the budget is spent).
    static func fitsOnOneLine(_ value: JSONValue) -> Bool {
        var budget = inlineLimit
        return spend(value, &budget)
    }

    private static func spend(_ value: JSONValue, _ budget: inout Int) -> Bool {
        switch value {
        case .null: budget -= 4
        case .bool(let b): budget -= b ? 4 : 5
        case .number(let n): budget -= n.utf8.count
        case .string(let s): budget -= s.utf8.count + 2
        case .array(let elements):
            budget -= 1 + elements.count
            for e in elements { guard budget >= 0, spend(e, &budget) else { return false } }
        case .object(let members):
            budget -= 1 + members.count
            for m in members {
                budget -= m.key.utf8.count + 3
                guard budget >= 0, spend(m.value, &budget) else { return false }
            }
        }
        return budget >= 0
    }

    static func writeString(_ s: String, into out: inout [UInt8]) {
        var copy = s
        copy.withUTF8 { bytes in
            out.append(UInt8(ascii: "\""))
            var runStart = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
                runStart = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(b)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 15)]])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            out.append(UInt8(ascii: "\""))
        }
    }
}
