import KroniekCore

/// The PETRARCH Internal Coding Ontology (PICO) of UniversalPetrarch: each CAMEO code
/// with its internal hexadecimal code (`010:0x1000`, `011:0x1000-0xFFFF`). Verb files
/// written for UniversalPetrarch may use codes that CAMEO 2.0 lists only through PICO;
/// the verb reader accepts a code when either table knows it.
struct PicoOntology {
    private(set) var internalCodes: [String: String] = [:]

    static func read(_ text: String, origin: String) throws -> PicoOntology {
        var o = PicoOntology()
        for (number, line) in PetrarchLines.contentLines(text) {
            let parts = line.trimmed.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[1].hasPrefix("0x") || parts[1].hasPrefix("0X") else {
                throw InputError(origin: origin, line: number, message: "expected CODE:0xHEX, got '\(line.trimmed)'")
            }
            o.internalCodes[String(parts[0]).trimmed] = String(parts[1]).trimmed
        }
        return o
    }

    func contains(_ code: String) -> Bool { internalCodes[code] != nil }
}
