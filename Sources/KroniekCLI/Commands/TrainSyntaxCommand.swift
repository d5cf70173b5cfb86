import ArgumentParser
import Foundation
import KroniekCore
import KroniekIO
import KroniekSyntax

/// `kroniek train syntax`: trains tagger, lemmatiser and parser for one language.
struct TrainSyntaxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syntax",
        abstract: "Train the tagger, lemmatizer and dependency parser from UD treebanks (CoNLL-U).",
        discussion: "Reproducible: the same files and seed give the same model. Writes OUT/<lang>.ksyn."
    )

    @Option(help: "Language code (nl or en).") var lang: String
    @Option(help: "Comma-separated training CoNLL-U files.") var train: String
    @Option(help: "Comma-separated subset of the --train files for the parser (default: all).") var parserTrain: String?
    @Option(help: "Development CoNLL-U file, scored after every epoch.") var dev: String
    @Option(help: "Output directory.") var out: String
    @Option(help: "Random seed.") var seed: UInt64 = SyntaxTrainingOptions().seed
    @Option(help: "Parser epochs.") var parserEpochs: Int = SyntaxTrainingOptions().parserEpochs
    @Option(help: "Tagger epochs.") var taggerEpochs: Int = SyntaxTrainingOptions().taggerEpochs
    @Option(help: "Also write the training sentences, as the models learn from them, to this CoNLL-U file.")
    var writeNormalized: String?
    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Another training setting, NAME=VALUE (repeatable).",
        discussion: "Names: \(SyntaxTrainingOptions.settable.keys.sorted().joined(separator: ", ")).",
        valueName: "name=value")) var settings: [String] = []
    @Option(help: "Comma-separated tagged corpora in CoNLL-2002 format (form tag entity), read as word classes for the tagger.")
    var wordClasses: String?

    mutating func run() throws {
        let started = Date()
        let paths = train.split(separator: ",").map(String.init)
        let files = try paths.map { try Treebank.sentences(at: $0) }
        let parserFiles = try parserTrain.map { list in
            try list.split(separator: ",").map { path in
                guard let i = paths.firstIndex(of: String(path)) else { throw ValidationError("--parser-train \(path) is not among --train") }
                return i
            }
        }
        let devSentences = try Treebank.sentences(at: dev)
        var options = SyntaxTrainingOptions()
        options.seed = seed; options.parserEpochs = parserEpochs; options.taggerEpochs = taggerEpochs
        for setting in settings {
            let parts = setting.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let key = SyntaxTrainingOptions.settable[parts[0]], let value = Int(parts[1]) else {
                throw ValidationError("--set \(setting): expected NAME=INTEGER with NAME one of \(SyntaxTrainingOptions.settable.keys.sorted().joined(separator: ", "))")
            }
            options[keyPath: key] = value
        }
        let corpora = try (wordClasses?.split(separator: ",") ?? []).map { try String(contentsOfFile: String($0), encoding: .utf8) }
        let trainer = SyntaxTrainer(language: Language(lang), options: options)
        if let path = writeNormalized { try write(trainer.normalize(files).flatMap { $0 }, to: path) }
        let pipeline = trainer.train(files: files, parserFiles: parserFiles, dev: devSentences, wordClassCorpora: corpora) { line in
            let stamped = String(format: "[%6.1fs] ", Date().timeIntervalSince(started)) + line + "\n"
            FileHandle.standardOutput.write(Data(stamped.utf8))
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let url = URL(fileURLWithPath: out).appendingPathComponent("\(Language(lang).rawValue).ksyn")
        try pipeline.write(to: url)
        let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        print(String(format: "wrote %@ (%.1f MB) in %.0f s", url.path, Double(size) / 1e6, Date().timeIntervalSince(started)))
    }

    private func write(_ sentences: [Sentence], to path: String) throws {
        var out = ""
        let writer = CoNLLUWriter(includeSpans: false)
        for (i, s) in sentences.enumerated() {
            let text = s.tokens.map { $0.form + ($0.spaceAfter ? " " : "") }.joined()
            writer.write(s, id: s.id ?? "\(i + 1)", text: text.trimmingCharacters(in: .whitespaces), into: &out)
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
