import ArgumentParser
import Foundation
import KroniekStore

/// Shared CLI plumbing: which event store to use. The embedded SQLite file is the
/// default, so a newcomer needs no server.
public struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "SQLite event database (created when missing).", valueName: "path"))
    public var path: String = ProcessInfo.processInfo.environment["KRONIEK_DB"] ?? "kroniek.sqlite"

    public init() {}

    public func open() throws -> any EventStore {
        do { return try SQLiteEventStore(path: path) } catch {
            throw ValidationError("cannot open event database \(path): \(error)")
        }
    }
}
