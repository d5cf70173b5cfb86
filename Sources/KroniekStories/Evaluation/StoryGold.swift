import Foundation

/// A gold clustering of coded events into happenings, stand-off (gold/stories/README.md):
/// one JSON object per line naming an event by document, sentence, source, target and
/// code, and the happening it reports.
///
///     {"doc": "en-train-083", "sentence": 2, "source": "RUSMIL", "target": "RUSREB", "code": "057", "cluster": "chechnya-truce"}
public struct StoryGold: Sendable {
    public let clusters: [ReportKey: String]

    public init(clusters: [ReportKey: String]) { self.clusters = clusters }

    public enum ReadError: Error, CustomStringConvertible {
        case badLine(Int, String)
        case twice(Int, ReportKey)
        public var description: String {
            switch self {
            case let .badLine(n, why): return "line \(n): \(why)"
            case let .twice(n, key): return "line \(n): \(key.documentID) sentence \(key.sentenceIndex) \(key.cameo) is annotated twice"
            }
        }
    }

    public init(contentsOf path: String) throws {
        try self.init(text: String(contentsOfFile: path, encoding: .utf8))
    }

    public init(text: String) throws {
        var clusters: [ReportKey: String] = [:]
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let doc = object["doc"] as? String, let sentence = object["sentence"] as? Int,
                  let source = object["source"] as? String, let code = object["code"] as? String,
                  let cluster = object["cluster"] as? String else {
                throw ReadError.badLine(i + 1, "needs doc, sentence, source, target (or null), code and cluster")
            }
            let key = ReportKey(documentID: doc, sentenceIndex: sentence, source: source,
                                target: object["target"] as? String ?? "", cameo: code)
            guard clusters[key] == nil else { throw ReadError.twice(i + 1, key) }
            clusters[key] = cluster
        }
        self.clusters = clusters
    }
}
