import KroniekCore

extension DocumentMetadata {
    /// The text of an `extra` field that holds a JSON string, as readers keep the
    /// attributes they have no slot for (`evaluate`, `source` of a PETRARCH record); nil
    /// when the field is absent or holds another kind of value.
    public func extraText(_ key: String) -> String? {
        guard let raw = extra[key], case .string(let text)? = try? JSONParser.parseAll(raw).first else { return nil }
        return text
    }
}
