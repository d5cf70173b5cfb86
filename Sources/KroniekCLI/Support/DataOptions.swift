import ArgumentParser
import Foundation

/// Shared CLI plumbing: where the training and evaluation data is (`../shared/data` by
/// default, or `$KRONIEK_DATA`).
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("Data directory (default: $KRONIEK_DATA or ../shared/data).", valueName: "dir"))
    var explicit: String?

    var directory: String { explicit ?? Self.defaultDirectory }

    static var defaultDirectory: String { ProcessInfo.processInfo.environment["KRONIEK_DATA"] ?? "../shared/data" }
}
