import ArgumentParser

/// The `kroniek` command: reads news, codes political events.
public struct Kroniek: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "kroniek",
        abstract: "Read dated news articles and code them into political events (CAMEO/PLOVER).",
        discussion: """
        Inputs are files, directories (searched recursively), glob patterns or - for standard input. \
        The format follows the file extension (.txt .json .jsonl .html .xml .rss .atom .conllu) \
        unless --input-format says otherwise.

        Output to a terminal is a readable table; use --format json|jsonl|conllu|tsv for machines.
        """,
        version: "0.1.0",
        subcommands: [
            ReadCommand.self,
            TokenizeCommand.self,
            ParseCommand.self,
            CodeCommand.self,
            EventsCommand.self,
            StoriesCommand.self,
            AlertsCommand.self,
            EvalCommand.self,
            TrainCommand.self,
            BenchCommand.self,
            DictCommand.self,
            CorpusCommand.self,
        ]
    )
    public init() {}
}

/// `kroniek eval …`: measure a stage against gold data.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure a stage against gold data (CoNLL 2018 shared-task and strict event measures).",
        subcommands: [
            EvalTokenizeCommand.self,
            EvalSyntaxCommand.self,
            EvalEventsCommand.self,
            EvalStoriesCommand.self,
            EvalAlertsCommand.self,
        ]
    )
}
