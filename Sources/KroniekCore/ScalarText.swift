/// A document's text with random access by Unicode-scalar offset.
///
/// Spans are scalar offsets; `String` indexes are not integers, so every stage that
/// slices by span goes through this view instead of walking the string each time.
public struct ScalarText: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ text: String) { scalars = Array(text.unicodeScalars) }
    public init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar { self.scalars = Array(scalars) }

    public var count: Int { scalars.count }

    /// The text under `span`; offsets outside the text are clamped.
    public subscript(span: Span) -> String {
        let lo = max(0, min(span.start, scalars.count)), hi = max(lo, min(span.end, scalars.count))
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lo..<hi])
        return String(s)
    }

    public var string: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars)
        return String(s)
    }
}
