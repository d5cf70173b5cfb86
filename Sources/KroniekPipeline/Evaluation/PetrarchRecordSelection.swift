import KroniekCore
import KroniekIO

/// Which records of a validation file are scored, as PETRARCH's validation chooses them.
///
/// - A record marked `evaluate="false"` (UniversalPetrarch) or `valid="false"` (PETRARCH 1)
///   is skipped: UniversalPetrarch writes "Skipping <id>" and neither codes nor counts it.
/// - `<Include>` and `<Exclude>` select records by their `category` attribute.
///
/// Two departures, both because the rule as PETRARCH writes it would skip every record of
/// PETRARCH's own unit-test file, which lists `valid DEMO ACTOR …` in `<Include>` and
/// marks no record valid and gives none a category: a record without the mark is scored
/// (PETRARCH 1 with `valid` in `<Include>`, and UniversalPetrarch always, skip it), and a
/// record without a `category` attribute is not filtered by category.
struct PetrarchRecordSelection {
    private let include: Set<String>?
    private let exclude: Set<String>

    init(_ environment: PetrarchReader.Environment) {
        let listed = environment.include.map { Set($0).subtracting(["valid"]) }
        include = listed?.isEmpty == true ? nil : listed
        exclude = Set(environment.exclude ?? [])
    }

    /// Why `record` is not scored, or nil when it is.
    func skipReason(_ record: Document) -> String? {
        for mark in ["evaluate", "valid"] where record.metadata.extraText(mark)?.lowercased() == "false" {
            return "marked \(mark)=\"false\""
        }
        guard let category = record.metadata.extraText("category") else { return nil }
        if let include, !include.contains(category) { return "category not in <Include>" }
        if exclude.contains(category) { return "category in <Exclude>" }
        return nil
    }
}
