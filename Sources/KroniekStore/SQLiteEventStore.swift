import Foundation
import GRDB
import KroniekCore

/// The embedded default store: one SQLite file (WAL mode, so readers such as the
/// dashboard never block the coder writing).
public final class SQLiteEventStore: EventStore {
    private let writer: any DatabaseWriter

    /// How long a writer waits for another process's transaction before giving up: two
    /// `kroniek code --db` runs on one file take turns instead of failing.
    static let busyTimeout: TimeInterval = 120

    /// Opens or creates the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(Self.busyTimeout)
        self.path = path
        do {
            writer = try DatabasePool(path: path, configuration: configuration)
            try SQLiteSchema.migrator.migrate(writer)
        } catch {
            throw StoreError.database(path: path, error)
        }
    }

    /// The database file, for error messages.
    private let path: String

    /// A private in-memory database, for tests and one-off runs.
    public init() throws {
        path = ":memory:"
        writer = try DatabaseQueue()
        try SQLiteSchema.migrator.migrate(writer)
    }

    public func identity(of document: DocumentMetadata, contentHash: String) throws -> String {
        let origin = DocumentOrigin.key(document, contentHash: contentHash)
        return try database { try writer.read { db in
            let held = try String.fetchOne(db, sql: "SELECT origin FROM documents WHERE id = ?", arguments: [document.id])
            return held == nil || held == origin ? document.id : DocumentOrigin.alternativeID(document.id, originKey: origin)
        } }
    }

    public func store(_ document: DocumentMetadata, contentHash: String, events: [EventRecord]) throws {
        let origin = DocumentOrigin.key(document, contentHash: contentHash)
        try database { try writer.write { db in
            if let held = try String.fetchOne(db, sql: "SELECT origin FROM documents WHERE id = ?", arguments: [document.id]),
               held != origin {
                throw StoreError.idTaken(id: document.id, by: held, refused: origin)
            }
            try db.execute(sql: """
                INSERT INTO documents (id, title, url, outlet, language, date, origin, content_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, url = excluded.url,
                  outlet = excluded.outlet, language = excluded.language, date = excluded.date,
                  origin = excluded.origin, content_hash = excluded.content_hash
                """, arguments: [document.id, document.title, document.url, document.outlet,
                                 document.language?.rawValue, document.date?.description, origin, contentHash])
            try db.execute(sql: "DELETE FROM events WHERE doc_id = ?", arguments: [document.id])
            let insert = try db.makeStatement(sql: """
                INSERT INTO events (doc_id, sentence, sent_start, sent_end, sentence_text, date,
                  source_code, source_text, target_code, target_text, cameo, cameo_root, quad_class,
                  goldstein, plover_category, plover_mode, negated, conditional, hypothetical, future,
                  reported, reported_by_code, reported_by_text, evidence, source_start, source_end,
                  target_start, target_end, trigger_text, trigger_start, trigger_end, embedding)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for e in events {
                guard e.documentID == document.id else {
                    throw StoreError.mismatchedDocument(event: e.documentID, document: document.id)
                }
                var values: [(any DatabaseValueConvertible)?] = [
                    e.documentID, e.sentenceIndex, e.sentenceSpan.start, e.sentenceSpan.end, e.sentenceText,
                    e.date?.description, e.source.code, e.source.text, e.target?.code, e.target?.text,
                ]
                values += [e.cameo, e.cameoRoot, e.quadClass, e.goldstein, e.ploverCategory, e.ploverMode,
                           e.negated, e.conditional, e.hypothetical, e.future, e.reported]
                values += [e.reportedBy?.code, e.reportedBy?.text, e.evidence, e.source.span?.start, e.source.span?.end,
                           e.target?.span?.start, e.target?.span?.end, e.trigger?.text, e.trigger?.span.start,
                           e.trigger?.span.end, e.embedding]
                try insert.execute(arguments: StatementArguments(values))
            }
        } }
    }

    /// Runs a database operation; a failure of the database itself names the file.
    private func database<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as StoreError { throw error } catch {
            throw StoreError.database(path: path, error)
        }
    }

    public func events(matching query: EventQuery) throws -> [EventRecord] {
        let filter = SQLFilter(query)
        var sql = "SELECT * FROM events WHERE \(filter.clause) ORDER BY date, doc_id, sentence, id"
        if let limit = query.limit { sql += " LIMIT \(max(0, limit))" }
        return try writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: filter.arguments).map(SQLiteSchema.event(from:))
        }
    }

    public func counts(matching query: EventQuery, by grouping: EventGrouping) throws -> [EventCount] {
        let filter = SQLFilter(query)
        let key: String
        switch grouping {
        case .year: key = "substr(date, 1, 4)"
        case .month: key = "substr(date, 1, 7)"
        case .day: key = "substr(date, 1, 10)"
        case .cameoRoot: key = "cameo_root"
        case .source: key = "source_code"
        case .target: key = "coalesce(target_code, '')"
        case .quadClass: key = "cast(quad_class AS TEXT)"
        }
        // Dates coarser than the grouping (a year-dated event in a by-month chart) are left out.
        let precise = grouping == .month ? " AND length(date) >= 7" : grouping == .day ? " AND length(date) >= 10" : ""
        let sql = "SELECT \(key) AS k, count(*) AS n FROM events WHERE \(filter.clause)\(precise) AND \(key) IS NOT NULL GROUP BY k ORDER BY k"
        return try writer.read { db in
            try Row.fetchAll(db, sql: sql, arguments: filter.arguments).map { EventCount(key: $0["k"], count: $0["n"]) }
        }
    }

    public func documentCount() throws -> Int {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM documents") ?? 0 }
    }
}

public enum StoreError: Error, CustomStringConvertible {
    case mismatchedDocument(event: String, document: String)
    case corruptRow(String)
    case idTaken(id: String, by: String, refused: String)
    case database(path: String, any Error)

    public var description: String {
        switch self {
        case let .mismatchedDocument(e, d): return "event of document '\(e)' stored with document '\(d)'"
        case let .corruptRow(why): return "corrupt event row: \(why)"
        case let .idTaken(id, by, refused):
            return "document id '\(id)' is held by \(by); \(refused) was not stored (ask the store for its identity first)"
        case let .database(path, error): return "event database \(path): \(error)"
        }
    }
}
