import ArgumentParser
import Foundation
import KroniekStore

/// Shared CLI plumbing: which event store to use, for every command that reads or writes
/// one. `--db`, else `$KRONIEK_DB`, else the embedded SQLite file `kroniek.sqlite`, so a
/// newcomer needs no server.
public struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp(
        "Event database: a SQLite file, created when missing (default: $KRONIEK_DB, else kroniek.sqlite).", valueName: "path"))
    public var path: String?

    public init() {}

    static let defaultPath = "kroniek.sqlite"

    /// The database named by `--db` or `$KRONIEK_DB`, if any.
    var namedPath: String? { path ?? ProcessInfo.processInfo.environment["KRONIEK_DB"] }

    /// The store to read: the named database, else the default file.
    public func open() throws -> any EventStore { try Self.open(namedPath ?? Self.defaultPath) }

    /// The store to write to when one was named; nil when none was.
    public func openIfNamed() throws -> (any EventStore)? { try namedPath.map(Self.open) }

    static func open(_ path: String) throws -> any EventStore {
        do { return try SQLiteEventStore(path: path) } catch {
            throw ValidationError("cannot open event database \(path): \(error)")
        }
    }
}
