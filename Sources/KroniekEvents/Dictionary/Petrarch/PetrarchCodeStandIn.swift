/// The code PETRARCH 2 codes for an event code that its verb dictionary writes but CAMEO
/// does not have (`CAMEO.2.0.txt` has `[1213]`, `[176]`, `[:1952]` and `[080!]`).
///
/// PETRARCH 2 reads a pattern's code as written and turns it into its internal code when
/// the pattern matches (`utilities.convert_code`): a code in its own table is kept, any
/// other becomes its cue category, the first two characters followed by `0`. So `1213`
/// is coded 120, `176` 170, and `080!` 080. Its table holds two codes Kroniek's CAMEO
/// table does not (1951 and 1952, from the CAMEO 1.1b3 manual, which gives them no
/// Goldstein value); PETRARCH 2 keeps those, and Kroniek codes them as their CAMEO parent
/// 195, the nearest code it has facts for. docs/petrarch.md says the same.
enum PetrarchCodeStandIn {
    /// Codes PETRARCH 2 keeps that are not in Kroniek's CAMEO table, with the code Kroniek uses.
    static let parentsOfPetrarchOnlyCodes = ["1951": "195", "1952": "195"]

    /// The CAMEO code to use for `written`, which is not a CAMEO code, and how it was
    /// chosen; nil when PETRARCH 2 could not code it either (fewer than two leading digits).
    static func code(for written: String) -> (code: String, reason: String)? {
        if let parent = parentsOfPetrarchOnlyCodes[written] {
            return (parent, "its CAMEO parent (PETRARCH 2 keeps \(written), which CAMEO's event table lacks)")
        }
        let digits = written.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 2 else { return nil }
        let category = String(digits.prefix(2) + "0")
        return CameoOntology.entry(category) == nil ? nil : (category, "its cue category, as PETRARCH 2 codes it")
    }
}
