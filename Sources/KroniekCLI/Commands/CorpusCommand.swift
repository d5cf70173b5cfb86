import ArgumentParser
import Foundation
import KroniekPipeline

/// `kroniek corpus …`: Kroniek's stand-off real-news gold (docs/annotation.md).
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Build the real-news gold documents from the data, or measure annotator agreement.",
        subcommands: [CorpusBuildCommand.self, CorpusAgreementCommand.self])
}

/// `kroniek corpus build GOLD.jsonl --out DIR`: the articles of a stand-off gold file.
struct CorpusBuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write each document of stand-off gold files as a dated plain-text article, rebuilt from the data.",
        discussion: """
        The gold (gold/<lang>/<split>.jsonl) holds ids and indices only; the text comes from \
        the corpus files under the data directory, which may not be copied into the repository. \
        Each document becomes DIR/ID.txt: a ' date' header line, then its articles in reading \
        order (headline, blank line, one sentence per line).
        """)

    @Argument(help: "Stand-off gold files (.jsonl).") var gold: [String]
    @Option(help: "Directory to write the articles to.") var out: String
    @OptionGroup var data: DataOptions

    func run() throws {
        var count = 0
        for file in gold {
            let corpus = try GoldCorpus(try GoldDocument.read(contentsOf: file), dataDirectory: data.directory)
            try corpus.write(to: out)
            count += corpus.entries.count
        }
        Diagnostics.note("\(count) document(s) written to \(out)")
    }
}

/// `kroniek corpus agreement FIRST.jsonl SECOND.jsonl`: how well two independent
/// annotations of the same documents agree, scored as the coder is scored.
struct CorpusAgreementCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agreement",
        abstract: "Score a second annotation against a first on the documents both cover (root, strict and dyad F1).")

    @Argument(help: "The first annotation (taken as gold).") var first: String
    @Argument(help: "The second, independent annotation.") var second: String
    @Flag(help: "Print the figures as JSON.") var json = false

    func run() throws {
        let score = CorpusEvaluation.agreement(try GoldDocument.read(contentsOf: first), try GoldDocument.read(contentsOf: second))
        print(json ? try EventScoreText.json(score) : EventScoreText.table(score))
    }
}
