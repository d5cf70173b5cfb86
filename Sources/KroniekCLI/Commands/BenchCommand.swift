import ArgumentParser

/// `kroniek bench …`: speed benchmarks that print figures.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure the speed of Kroniek's stages (use a release build).",
        subcommands: [BenchPipelineCommand.self, BenchSyntaxCommand.self, BenchCodeCommand.self, BenchTokenizeCommand.self,
                      BenchStoriesCommand.self]
    )
}
