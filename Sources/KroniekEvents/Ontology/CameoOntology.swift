/// One CAMEO 2.0 event code with the facts attached to it.
public struct CameoEventType: Sendable, Hashable {
    public let code: String
    public let name: String
    /// The two-digit root ("19" for "193").
    public var root: String { String(code.prefix(2)) }
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    public let quadClass: Int
    public let goldstein: Double
    public let plover: PloverCategory?
}

/// The PLOVER category and mode a CAMEO code converts to (CAMEO 01 and 02 have none).
public struct PloverCategory: Sendable, Hashable, Codable {
    public let category: String
    public let mode: String?
}

public enum OntologyError: Error, Sendable, CustomStringConvertible, Equatable {
    case malformed(String)
    case unknown(String)
    public var description: String {
        switch self {
        case .malformed(let c): "malformed CAMEO event code '\(c)' (expected 2 to 4 digits)"
        case .unknown(let c): "unknown CAMEO event code '\(c)'"
        }
    }
}

/// The CAMEO 2.0 event ontology. Lookups of codes outside it throw, so a typo in a
/// dictionary never turns into an event with made-up Goldstein or PLOVER values.
public enum CameoOntology {
    static let byCode: [String: CameoEventType] = {
        var map: [String: CameoEventType] = [:]
        for (code, name, goldstein, category, mode) in table {
            let root = Int(code.prefix(2))!
            let quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4
            let plover = category.isEmpty ? nil : PloverCategory(category: category, mode: mode.isEmpty ? nil : mode)
            map[code] = CameoEventType(code: code, name: name, quadClass: quad, goldstein: goldstein, plover: plover)
        }
        return map
    }()

    /// Every code, in code order.
    public static var allCodes: [String] { table.map(\.0) }

    public static func isWellFormed(_ code: String) -> Bool {
        (2...4).contains(code.utf8.count) && code.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    public static func lookup(_ code: String) throws(OntologyError) -> CameoEventType {
        guard isWellFormed(code) else { throw .malformed(code) }
        guard let entry = byCode[code] else { throw .unknown(code) }
        return entry
    }

    /// Non-throwing form for codes already validated at dictionary load time.
    public static func entry(_ code: String) -> CameoEventType? { byCode[code] }
}
