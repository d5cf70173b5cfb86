import Foundation
import Testing
import KroniekCore
@testable import KroniekStore

@Suite struct SQLiteEventStoreTests {
    func event(_ doc: String, _ sentence: Int, date: String?, source: String, target: String?, cameo: String,
               conditional: Bool = false, text: String = "Rusland dreigt Oekraïne.") -> EventRecord {
        EventRecord(documentID: doc, sentenceIndex: sentence, sentenceSpan: Span(0, text.unicodeScalars.count),
                    sentenceText: text, date: date.flatMap { PartialDate(iso: $0) },
                    source: .init(code: source, text: source), target: target.map { .init(code: $0, text: $0) },
                    cameo: cameo, quadClass: 3, goldstein: -4.4, ploverCategory: "THREATEN", ploverMode: nil,
                    conditional: conditional, evidence: "test")
    }

    func metadata(_ id: String, origin: String? = nil) -> DocumentMetadata {
        DocumentMetadata(id: id, language: .dutch, date: PartialDate(iso: "2021-12"), origin: origin ?? "/news/\(id).txt")
    }

    @Test func storesAndFindsEventsByActorCodeAndDate() throws {
        let store = try SQLiteEventStore()
        try store.store(metadata("a"), contentHash: "h-a", events: [
            event("a", 0, date: "2021-12", source: "RUSGOV", target: "USAGOV", cameo: "130"),
            event("a", 1, date: "2014-03", source: "RUS", target: "UKR", cameo: "192"),
        ])
        try store.store(metadata("b"), contentHash: "h-b", events: [
            event("b", 0, date: "2021-12-30", source: "USAGOV", target: "RUSGOV", cameo: "1312", conditional: true),
        ])
        #expect(try store.documentCount() == 2)
        #expect(try store.events(matching: EventQuery(actor: "RUS")).count == 3)
        #expect(try store.events(matching: EventQuery(source: "RUS")).map(\.cameo) == ["192", "130"])
        #expect(try store.events(matching: EventQuery(cameo: "13")).count == 2)
        #expect(try store.events(matching: EventQuery(cameo: "13", factualOnly: true)).map(\.documentID) == ["a"])
        let december = try store.events(matching: EventQuery(from: PartialDate(iso: "2021-12-15"), to: PartialDate(iso: "2021-12-31")))
        #expect(december.map(\.cameo).sorted() == ["130", "1312"])
    }

    @Test func roundTripsEveryField() throws {
        let store = try SQLiteEventStore()
        var e = event("a", 3, date: "2021-12-30", source: "USAGOV", target: nil, cameo: "0256", text: "Biden zou Poetin hebben aangespoord.")
        e.reported = true
        e.reportedBy = .init(code: "USAGOV", text: "een woordvoerder van het Witte Huis")
        try store.store(metadata("a"), contentHash: "h-a", events: [e])
        #expect(try store.events(matching: EventQuery()) == [e])
    }

    @Test func storingADocumentAgainReplacesItsEvents() throws {
        let store = try SQLiteEventStore()
        try store.store(metadata("a"), contentHash: "h-a", events: [event("a", 0, date: nil, source: "RUS", target: "UKR", cameo: "190"),
                                                event("a", 1, date: nil, source: "UKR", target: "RUS", cameo: "190")])
        try store.store(metadata("a"), contentHash: "h-a", events: [event("a", 0, date: nil, source: "RUS", target: "UKR", cameo: "192")])
        #expect(try store.events(matching: EventQuery()).map(\.cameo) == ["192"])
        #expect(throws: StoreError.self) {
            try store.store(metadata("a"), contentHash: "h-a", events: [event("z", 0, date: nil, source: "RUS", target: nil, cameo: "010")])
        }
    }

    @Test func countsByMonthAndRootForCharts() throws {
        let store = try SQLiteEventStore()
        try store.store(metadata("a"), contentHash: "h-a", events: [
            event("a", 0, date: "2021-12-02", source: "RUS", target: "UKR", cameo: "130"),
            event("a", 1, date: "2021-12", source: "RUS", target: "UKR", cameo: "138"),
            event("a", 2, date: "2022-01-10", source: "RUS", target: "UKR", cameo: "036"),
            event("a", 3, date: "2014", source: "RUS", target: "UKR", cameo: "192"),
        ])
        let months = try store.counts(matching: EventQuery(), by: .month)
        #expect(months == [EventCount(key: "2021-12", count: 2), EventCount(key: "2022-01", count: 1)])
        let roots = try store.counts(matching: EventQuery(), by: .cameoRoot)
        #expect(roots.map(\.key) == ["03", "13", "19"] && roots.map(\.count) == [1, 2, 1])
    }

    @Test func aFileDatabaseKeepsEventsAcrossOpenings() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        try SQLiteEventStore(path: path).store(metadata("a"), contentHash: "h", events: [event("a", 0, date: "2021-12", source: "RUS", target: "UKR", cameo: "130")])
        #expect(try SQLiteEventStore(path: path).events(matching: EventQuery(actor: "UKR")).count == 1)
    }

    @Test func anotherArticleWithATakenIdIsStoredBesideIt() throws {
        let store = try SQLiteEventStore()
        let a = metadata("news", origin: "a/news.txt"), b = metadata("news", origin: "b/news.txt")
        #expect(try store.identity(of: a, contentHash: "1") == "news")
        try store.store(a, contentHash: "1", events: [event("news", 0, date: nil, source: "RUS", target: "UKR", cameo: "190")])
        #expect(try store.identity(of: a, contentHash: "2") == "news", "the same origin keeps its id, changed or not")
        let other = try store.identity(of: b, contentHash: "3")
        #expect(other.hasPrefix("news~"))
        #expect(throws: StoreError.self) { try store.store(b, contentHash: "3", events: []) }
        var moved = b
        moved.id = other
        try store.store(moved, contentHash: "3", events: [event(other, 0, date: nil, source: "UKR", target: "RUS", cameo: "190")])
        #expect(try store.documentCount() == 2)
        #expect(try store.events(matching: EventQuery()).count == 2)
    }

    @Test func articlesFromStandardInputAreToldApartByTheirText() throws {
        let store = try SQLiteEventStore()
        let stdin = DocumentMetadata(id: "stdin", origin: "-")
        try store.store(stdin, contentHash: "first", events: [])
        let second = try store.identity(of: stdin, contentHash: "second")
        #expect(second != "stdin", "a second article from standard input does not replace the first")
        #expect(try store.identity(of: stdin, contentHash: "first") == "stdin", "the same article again takes its place")
    }

    @Test func twoWritersOnOneFileBothFinish() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let stores = [try SQLiteEventStore(path: path), try SQLiteEventStore(path: path)]
        let failures = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 2) { w in
            for n in 0..<100 {
                let id = "w\(w)-\(n)"
                do {
                    try stores[w].store(metadata(id), contentHash: id, events: [
                        event(id, 0, date: "2021-12", source: "RUS", target: "UKR", cameo: "190"),
                    ])
                } catch { failures.withLock { $0 += 1 } }
            }
        }
        #expect(failures.withLock { $0 } == 0)
        #expect(try stores[0].documentCount() == 200)
        #expect(try stores[1].events(matching: EventQuery()).count == 200)
    }
}

/// A small lock for counting across threads.
final class Mutex<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func withLock<R>(_ body: (inout Value) -> R) -> R { lock.lock(); defer { lock.unlock() }; return body(&value) }
}
