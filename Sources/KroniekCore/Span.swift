/// A half-open range of character offsets into a document's text.
///
/// Offsets count Unicode scalars (code points), the unit Python, JSON consumers and
/// most annotation tools use, so `text[start..<end]` in any of them gives the same string.
public struct Span: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func shifted(by offset: Int) -> Span { Span(start + offset, end + offset) }

    public static func < (a: Span, b: Span) -> Bool { (a.start, a.end) < (b.start, b.end) }
    public var description: String { "\(start)..<\(end)" }

    // Encoded as a two-element array `[start, end]`, compact in JSON Lines output.
    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let s = try c.decode(Int.self), e = try c.decode(Int.self)
        guard s <= e else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "span start \(s) after end \(e)")
        }
        self.init(s, e)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}
