import Foundation
import KroniekCore
import KroniekIO

/// Shared data for the tests: the UD treebanks in ../shared/data (or $KRONIEK_DATA), when present.
enum TestData {
    static var dataDirectory: URL {
        if let env = ProcessInfo.processInfo.environment["KRONIEK_DATA"] { return URL(fileURLWithPath: env) }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/data")
    }

    static func treebank(_ relativePath: String) -> URL? {
        let url = dataDirectory.appendingPathComponent(relativePath)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static func sentences(conllu text: String) throws -> [Sentence] {
        try CoNLLUReader().read(text, origin: "test", defaultID: "test").flatMap(\.sentences)
    }

    /// A copy with the words' analyses removed.
    static func stripped(_ s: Sentence) -> Sentence {
        var out = s
        for i in out.words.indices {
            out.words[i] = Word(form: s.words[i].form, span: s.words[i].span, tokenIndex: s.words[i].tokenIndex)
        }
        return out
    }

    /// Whether heads form one tree: exactly one root, heads in range, no cycles.
    static func isTree(_ s: Sentence) -> Bool {
        let heads = s.words.map { $0.head ?? -2 }
        guard heads.filter({ $0 == -1 }).count == 1, heads.allSatisfy({ $0 >= -1 && $0 < heads.count }) else { return false }
        for start in heads.indices {
            var x = start, steps = 0
            while x != -1 {
                x = heads[x]; steps += 1
                if steps > heads.count { return false }
            }
        }
        return true
    }
}
