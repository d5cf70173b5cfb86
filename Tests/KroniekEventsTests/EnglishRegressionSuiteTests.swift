import Foundation
import Testing
import KroniekCore
@testable import KroniekEvents

/// The English regression suite (EnglishRegression.jsonl, in the JSON Lines gold format
/// DutchRegression.md documents) is well formed and exercises every CAMEO root.
@Suite struct EnglishRegressionSuiteTests {
    static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("EnglishRegression.jsonl").path

    /// Each line as a JSON object; a line that is not one fails the test with its number.
    static func records() throws -> [[String: Any]] {
        let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
        return try text.split(separator: "\n").enumerated().map { n, line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return try #require(object, "line \(n + 1) is not a JSON object")
        }
    }

    @Test func suiteIsWellFormed() throws {
        let records = try Self.records()
        #expect(records.count >= 80)
        let ids = records.compactMap { $0["id"] as? String }
        #expect(ids.count == records.count && Set(ids).count == ids.count, "ids are present and unique")
        var roots = Set<Substring>()
        for r in records {
            let id = r["id"] as? String ?? "?"
            #expect(r["lang"] as? String == "en", "\(id)")
            #expect((r["date"] as? String).flatMap { PartialDate(iso: $0) } != nil, "\(id): date")
            #expect(!(r["text"] as? String ?? "").isEmpty, "\(id): text")
            let events = try #require(r["events"] as? [[String: Any]], "\(id): events")
            for e in events {
                let code = e["cameo"] as? String ?? ""
                #expect(CameoOntology.entry(code) != nil, "\(id): unknown CAMEO code \(code)")
                roots.insert(code.prefix(2))
                for side in ["source", "target"] {
                    #expect((e[side] as? String)?.wholeMatch(of: /[A-Z]{3}[A-Z]*/) != nil, "\(id): \(side)")
                }
                for flag in e["modality"] as? [String] ?? [] {
                    #expect(["negated", "conditional", "hypothetical", "future", "reported"].contains(flag), "\(id): \(flag)")
                }
            }
        }
        #expect(roots.count == 20, "CAMEO roots exercised: \(roots.sorted())")
    }
}
