import ArgumentParser
import Foundation
import KroniekCore
import KroniekIO
import KroniekStore

/// `kroniek events`: search the event database, or count events for a chart.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Search stored events, or count them by month, CAMEO root or actor.",
        discussion: """
        Actor and CAMEO filters are code prefixes: --actor RUS matches RUS, RUSGOV and RUSMIL; \
        --cameo 13 matches every threat. Dates may be partial (2021, 2021-12, 2021-12-30).

        Examples:
          kroniek events --actor RUS --cameo 13 --from 2021-12
          kroniek events --count-by month --source USA
        """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Actor code prefix, as source or target.") var actor: String?
    @Option(help: "Source actor code prefix.") var source: String?
    @Option(help: "Target actor code prefix.") var target: String?
    @Option(help: "CAMEO code prefix.") var cameo: String?
    @Option(help: "Earliest event date (partial ISO date).") var from: String?
    @Option(help: "Latest event date (partial ISO date).") var to: String?
    @Option(name: .customLong("doc"), help: "Only events of this document id.") var documentID: String?
    @Option(help: "Words that the sentence must contain.") var text: String?
    @Flag(help: "Leave out negated, conditional and hypothetical events.") var factual = false
    @Option(help: "Return at most this many events.") var limit: Int?
    @Option(help: "Count instead of list, grouped by: \(EventGrouping.allCases.map(\.rawValue).joined(separator: ", ")).")
    var countBy: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let format = try output.resolve(supported: [.table, .jsonl, .json])
        let query = try makeQuery()
        let db = try store.open()
        if let countBy {
            guard let grouping = EventGrouping(rawValue: countBy) else {
                throw ValidationError("--count-by takes one of \(EventGrouping.allCases.map(\.rawValue).joined(separator: ", ")), not '\(countBy)'.")
            }
            let counts = try db.counts(matching: query, by: grouping)
            emit(format == .table ? EventRecordText.bars(counts) : EventRecordText.json(counts.map(EventRecordText.value), lines: format == .jsonl))
            return
        }
        let events = try db.events(matching: query)
        emit(format == .table ? EventRecordText.table(events) : EventRecordText.json(events.map(EventRecordJSON.value), lines: format == .jsonl))
    }

    /// JSON Lines of nothing is no line at all.
    private func emit(_ text: String) {
        if !text.isEmpty { print(text) }
    }

    private func makeQuery() throws -> EventQuery {
        func date(_ text: String?, _ flag: String) throws -> PartialDate? {
            guard let text else { return nil }
            guard let d = PartialDate(iso: text) else { throw ValidationError("--\(flag) '\(text)' is not a date (use 2021, 2021-12 or 2021-12-30).") }
            return d
        }
        return EventQuery(actor: actor?.uppercased(), source: source?.uppercased(), target: target?.uppercased(),
                          cameo: cameo, from: try date(from, "from"), to: try date(to, "to"),
                          documentID: documentID, text: text, factualOnly: factual, limit: limit)
    }
}
