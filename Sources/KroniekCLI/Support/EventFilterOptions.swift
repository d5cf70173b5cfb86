import ArgumentParser
import KroniekCore
import KroniekStore

/// Which stored events a command reads: code prefixes, dates, words and modality, as
/// `EventQuery` has them. Shared by `kroniek events`, `kroniek stories` and `kroniek alerts`.
struct EventFilterOptions: ParsableArguments {
    @Option(help: "Actor code prefix, as source or target.") var actor: String?
    @Option(help: "Source actor code prefix.") var source: String?
    @Option(help: "Target actor code prefix.") var target: String?
    @Option(help: "CAMEO code prefix.") var cameo: String?
    @Option(help: "Earliest event date (partial ISO date).") var from: String?
    @Option(help: "Latest event date (partial ISO date).") var to: String?
    @Option(name: .customLong("doc"), help: "Only events of this document id.") var documentID: String?
    @Option(help: "Words that the sentence must contain.") var text: String?
    @Flag(help: "Leave out negated, conditional and hypothetical events.") var factual = false

    func query() throws -> EventQuery {
        func date(_ text: String?, _ flag: String) throws -> PartialDate? {
            guard let text else { return nil }
            guard let d = PartialDate(iso: text) else { throw ValidationError("--\(flag) '\(text)' is not a date (use 2021, 2021-12 or 2021-12-30).") }
            return d
        }
        return EventQuery(actor: actor?.uppercased(), source: source?.uppercased(), target: target?.uppercased(),
                          cameo: cameo, from: try date(from, "from"), to: try date(to, "to"), documentID: documentID,
                          text: text, factualOnly: factual)
    }
}
