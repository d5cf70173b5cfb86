/// An ISO 639-1 language code. Kroniek codes Dutch and English natively;
/// anything else is carried as its code (or `und` when unknown).
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue.lowercased() }
    public init(_ code: String) { self.init(rawValue: code) }
    public init(stringLiteral value: String) { self.init(rawValue: value) }

    public static let dutch: Language = "nl"
    public static let english: Language = "en"
    /// Undetermined (ISO 639-2 `und`).
    public static let undetermined: Language = "und"

    public var isSupported: Bool { self == .dutch || self == .english }
    public var description: String { rawValue }

    public init(from decoder: Decoder) throws { self.init(rawValue: try decoder.singleValueContainer().decode(String.self)) }
    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(rawValue) }
}
