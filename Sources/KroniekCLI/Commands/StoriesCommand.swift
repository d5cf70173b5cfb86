import ArgumentParser
import KroniekStories

/// `kroniek stories`: the stored events fused into one story per real-world happening.
struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List stories: the reports of one happening in several documents, fused, with where they disagree.",
        discussion: """
        Reports join a story when their actors agree up to granularity (USA and USAGOV), their \
        codes are of one CAMEO family, their dates lie within the window of the story's first \
        report, and they share enough evidence (docs/stories-and-alerts.md). Story ids stay the \
        same as reports are added in date order.

        Examples:
          kroniek stories --db news.sqlite --min-reports 2
          kroniek stories --actor RUS --from 2021-12 --format jsonl
        """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var filters: EventFilterOptions
    @OptionGroup var fusion: FusionOptions
    @Option(help: "Only stories with at least this many reports.") var minReports = 1
    @Option(help: "Only this story.") var id: String?
    @Option(help: "Return at most this many stories.") var limit: Int?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let format = try output.resolve(supported: [.table, .jsonl, .json])
        var fuser = StoryFuser(policy: fusion.policy)
        fuser.add(try store.open().events(matching: try filters.query()))
        var stories = fuser.stories.filter { $0.reports.count >= minReports && (id == nil || $0.id == id) }
        if let limit { stories = Array(stories.prefix(max(0, limit))) }
        let text = format == .table ? StoryText.table(stories)
            : EventRecordText.json(stories.map(StoryText.value), lines: format == .jsonl)
        if !text.isEmpty { print(text) }
    }
}
