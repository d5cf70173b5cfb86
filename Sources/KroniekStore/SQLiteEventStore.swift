import GRDB
import KroniekCore

/// The embedded default store: one SQLite file (WAL mode, so readers such as the
/// dashboard never block the coder writing).
public final class SQLiteEventStore: EventStore {
    private let writer: any DatabaseWriter

    /// Opens or creates the database at `path` and brings its schema up to date.
    public init(path: String) throws {
        writer = try DatabasePool(path: path)
        try SQLiteSchema.migrator.migrate(writer)
    }

    /// A private in-memory database, for tests and one-off runs.
    public init() throws {
        writer = try DatabaseQueue()
        try SQLiteSchema.migrator.migrate(writer)
    }

    public func store(_ document: DocumentMetadata, events: [EventRecord]) throws {
        try writer.write { db in
            try db.execute(sql: """
                INSERT INTO documents (id, title, url, outlet, language, date, origin)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET title = excluded.title, url = excluded.url,
                  outlet = excluded.outlet, language = excluded.language, date = excluded.date,
                  origin = excluded.origin
                """, arguments: [document.id, document.title, document.url, document.outlet,
                                 document.language?.rawValue, document.date?.description, document.origin])
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

    public var description: String {
        switch self {
        case let .mismatchedDocument(e, d): return "event of document '\(e)' stored with document '\(d)'"
        case let .corruptRow(why): return "corrupt event row: \(why)"
        }
    }
}
