import GRDB
import KroniekCore

/// The SQLite schema, as numbered migrations: a database made by an older Kroniek
/// is brought up to date when opened, never rebuilt.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: documents and events") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                  id TEXT PRIMARY KEY, title TEXT, url TEXT, outlet TEXT, language TEXT,
                  date TEXT, origin TEXT, stored_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);
                CREATE TABLE events (
                  id INTEGER PRIMARY KEY,
                  doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                  sentence INTEGER NOT NULL, sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL,
                  sentence_text TEXT NOT NULL, date TEXT,
                  source_code TEXT NOT NULL, source_text TEXT NOT NULL, target_code TEXT, target_text TEXT,
                  cameo TEXT NOT NULL, cameo_root TEXT NOT NULL, quad_class INTEGER, goldstein REAL,
                  plover_category TEXT, plover_mode TEXT,
                  negated INTEGER NOT NULL, conditional INTEGER NOT NULL, hypothetical INTEGER NOT NULL,
                  future INTEGER NOT NULL, reported INTEGER NOT NULL,
                  reported_by_code TEXT, reported_by_text TEXT, evidence TEXT NOT NULL);
                CREATE INDEX events_doc ON events(doc_id);
                CREATE INDEX events_date ON events(date);
                CREATE INDEX events_source ON events(source_code);
                CREATE INDEX events_target ON events(target_code);
                CREATE INDEX events_root ON events(cameo_root, date);
                """)
        }
        m.registerMigration("v2: spans of actors and trigger, embedding, content hash") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN content_hash TEXT;
                ALTER TABLE events ADD COLUMN source_start INTEGER;
                ALTER TABLE events ADD COLUMN source_end INTEGER;
                ALTER TABLE events ADD COLUMN target_start INTEGER;
                ALTER TABLE events ADD COLUMN target_end INTEGER;
                ALTER TABLE events ADD COLUMN trigger_text TEXT;
                ALTER TABLE events ADD COLUMN trigger_start INTEGER;
                ALTER TABLE events ADD COLUMN trigger_end INTEGER;
                ALTER TABLE events ADD COLUMN embedding TEXT;
                """)
        }
        return m
    }

    static func event(from row: Row) throws -> EventRecord {
        func zip<A, B>(_ a: A?, _ b: B?) -> (A, B)? { a.flatMap { a in b.map { (a, $0) } } }
        let dateText: String? = row["date"]
        var date: PartialDate?
        if let t = dateText {
            guard let d = PartialDate(iso: t) else { throw StoreError.corruptRow("date '\(t)'") }
            date = d
        }
        func span(_ prefix: String) -> Span? {
            let start: Int? = row[prefix + "_start"], end: Int? = row[prefix + "_end"]
            guard let start, let end else { return nil }
            return Span(start, end)
        }
        func actor(_ prefix: String) -> EventRecord.Actor? {
            let c: String? = row[prefix + "_code"]
            return c.map { EventRecord.Actor(code: $0, text: row[prefix + "_text"] ?? "", span: span(prefix)) }
        }
        guard let source = actor("source") else { throw StoreError.corruptRow("no source") }
        let triggerText: String? = row["trigger_text"]
        let trigger = zip(triggerText, span("trigger")).map { EventRecord.Trigger(text: $0, span: $1) }
        return EventRecord(
            documentID: row["doc_id"], sentenceIndex: row["sentence"],
            sentenceSpan: Span(row["sent_start"], row["sent_end"]), sentenceText: row["sentence_text"],
            date: date, source: source, target: actor("target"), trigger: trigger, cameo: row["cameo"],
            quadClass: row["quad_class"], goldstein: row["goldstein"], ploverCategory: row["plover_category"],
            ploverMode: row["plover_mode"], negated: row["negated"], conditional: row["conditional"],
            hypothetical: row["hypothetical"], future: row["future"], reported: row["reported"],
            reportedBy: actor("reported_by"), embedding: row["embedding"], evidence: row["evidence"])
    }
}

/// An `EventQuery` as an SQL WHERE clause with bound arguments (never interpolated values).
struct SQLFilter {
    var clause = "1"
    var arguments = StatementArguments()

    init(_ q: EventQuery) {
        func add(_ sql: String, _ values: [any DatabaseValueConvertible]) {
            clause += " AND " + sql
            arguments += StatementArguments(values)
        }
        if let a = q.actor { add("(source_code LIKE ? || '%' OR target_code LIKE ? || '%')", [a, a]) }
        if let s = q.source { add("source_code LIKE ? || '%'", [s]) }
        if let t = q.target { add("target_code LIKE ? || '%'", [t]) }
        if let c = q.cameo { add("cameo LIKE ? || '%'", [c]) }
        // ISO dates compare as text; cutting both sides to the coarser precision makes
        // "2021-12" fall inside a query from 2021-12-15.
        if let f = q.from { add(Self.coarser(">="), [f.description, f.description]) }
        if let t = q.to { add(Self.coarser("<="), [t.description, t.description]) }
        if let d = q.documentID { add("doc_id = ?", [d]) }
        if let text = q.text { add("instr(lower(sentence_text), lower(?)) > 0", [text]) }
        if q.factualOnly { add("negated = 0 AND conditional = 0 AND hypothetical = 0", []) }
    }

    /// Compares a date column with a bound date, both cut to the shorter of the two.
    /// Binds the date twice.
    private static func coarser(_ op: String) -> String {
        "substr(date, 1, min(length(date), length(?))) \(op) substr(?, 1, length(date))"
    }
}
