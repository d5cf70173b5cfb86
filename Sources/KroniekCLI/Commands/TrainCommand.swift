import ArgumentParser

/// `kroniek train …`: build models from annotated data.
struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train Kroniek's models from annotated data.",
        subcommands: [TrainSyntaxCommand.self, TrainLangidCommand.self]
    )
}
