import ArgumentParser
import KroniekStories

/// How stories are fused (`FusionPolicy`), for `kroniek stories` and `kroniek eval stories`.
struct FusionOptions: ParsableArguments {
    @Option(help: "Days a report's date may lie from the story's first report.") var window = FusionPolicy().windowDays
    @Option(help: "Evidence points a report needs to join a story (same code, same actors, same day, same document, shared words: 1 each, 2 for many shared words).")
    var threshold = FusionPolicy().threshold

    var policy: FusionPolicy { FusionPolicy(windowDays: window, threshold: threshold) }
}
