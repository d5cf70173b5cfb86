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
    @OptionGroup var filters: EventFilterOptions
    @Option(help: "Return at most this many events.") var limit: Int?
    @Option(help: "Count instead of list, grouped by: \(EventGrouping.allCases.map(\.rawValue).joined(separator: ", ")).")
    var countBy: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let format = try output.resolve(supported: [.table, .jsonl, .json])
        var query = try filters.query()
        query.limit = limit
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
}
