import Foundation
import KroniekCore
import KroniekIO

/// The UD treebanks in ../shared/data (or $KRONIEK_DATA); tests that need them skip when absent.
enum UDData {
    static let root: URL = {
        if let env = ProcessInfo.processInfo.environment["KRONIEK_DATA"] { return URL(fileURLWithPath: env) }
        // Tests/KroniekTextTests/UDData.swift -> package root -> ../shared/data
        let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    }()

    static let dutchDev = ["ud/nl/nl_alpino-dev.conllu", "ud/nl/nl_lassysmall-dev.conllu"]
    static let englishDev = ["ud/en/en_ewt-dev.conllu"]

    static func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path) }
    static var available: Bool { (dutchDev + englishDev).allSatisfy(exists) }

    static func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    static func goldSentences(_ path: String) throws -> (conllu: String, sentences: [Sentence], documents: [Document]) {
        let conllu = try text(path)
        let docs = try CoNLLUReader().read(conllu, origin: path, defaultID: "gold")
        return (conllu, docs.flatMap(\.sentences), docs)
    }
}
