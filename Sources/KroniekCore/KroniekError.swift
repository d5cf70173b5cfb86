/// Errors that name where the problem is, so a user can fix the input.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// A path, `-` for standard input, or another origin label.
    public var origin: String
    /// 1-based line, when known.
    public var line: Int?
    /// 0-based byte offset, when known.
    public var byteOffset: Int?
    public var message: String

    public init(origin: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
        self.origin = origin; self.line = line; self.byteOffset = byteOffset; self.message = message
    }

    public var description: String {
        var s = origin
        if let l = line { s += ":\(l)" }
        if let b = byteOffset { s += " (byte \(b))" }
        return s + ": " + message
    }
}
