import KroniekCore

/// Settings of a training run. The defaults are the ones the shipped models were trained with.
public struct SyntaxTrainingOptions: Sendable {
    public var seed: UInt64 = 20_260_101
    public var taggerEpochs = 8
    public var lemmatizerEpochs = 4
    /// Folds for the parser's training tags (see `SyntaxTrainer.jackknifedTags`); below 2 the
    /// parser learns from the final tagger's tags.
    public var jackknifeFolds = 2
    public var parserEpochs = 10
    /// log2 of the rows of each hashed weight table.
    public var uposRowBits = 20
    public var featsRowBits = 18
    public var parserMoveRowBits = 22
    public var parserLabelRowBits = 19
    public var lemmatizerRowBits = 20
    /// Lifted-arc labels (`obj↑xcomp`) rarer than this are kept unlifted-marked (plain label).
    public var minimumLiftedLabelCount = 20
    /// The parser sees the tagger's runner-up UPOS when its score is within this percentage
    /// of the best score (`TagAlternative`); 0 turns alternatives off. At 25 about 3% of
    /// Dutch and 4% of English dev words get one, naming the gold tag of 28% / 34% of the
    /// tagging errors (chosen on both dev sets; other margins were no better).
    public var tagAlternativePercent = 25
    /// Parsers voting on the tree (`ParserEnsemble`); 1 is the single left-to-right parser.
    public var parserEnsemble = 3
    /// log2 of the rows of the other members' move and label tables, smaller than the first
    /// parser's so that the model file stays below 40 MB.
    public var ensembleMoveRowBits = 16
    public var ensembleLabelRowBits = 13
    /// Epochs of the `TreeLabeler` (0: the parsers' labels are kept), log2 of its rows, and
    /// the score each parser's vote adds to a label.
    public var labelerEpochs = 5
    public var labelerRowBits = 16
    public var labelerVoteWeight = 10
    public init() {}

    /// The integer settings by name, so experiments can change them from the command line
    /// (immutable; key paths are not marked Sendable).
    public nonisolated(unsafe) static let settable: [String: WritableKeyPath<SyntaxTrainingOptions, Int>] = [
        "taggerEpochs": \.taggerEpochs, "lemmatizerEpochs": \.lemmatizerEpochs, "jackknifeFolds": \.jackknifeFolds,
        "parserEpochs": \.parserEpochs, "uposRowBits": \.uposRowBits, "featsRowBits": \.featsRowBits,
        "parserMoveRowBits": \.parserMoveRowBits, "parserLabelRowBits": \.parserLabelRowBits,
        "lemmatizerRowBits": \.lemmatizerRowBits, "minimumLiftedLabelCount": \.minimumLiftedLabelCount,
        "tagAlternativePercent": \.tagAlternativePercent, "parserEnsemble": \.parserEnsemble,
        "ensembleMoveRowBits": \.ensembleMoveRowBits, "ensembleLabelRowBits": \.ensembleLabelRowBits,
        "labelerEpochs": \.labelerEpochs, "labelerRowBits": \.labelerRowBits, "labelerVoteWeight": \.labelerVoteWeight,
    ]
}

/// Trains a `SyntaxPipeline` from UD treebanks: tagger, lemmatiser, then parser on the
/// tagger's own predictions (so it learns to live with tagging errors).
public struct SyntaxTrainer {
    public let language: Language
    public let options: SyntaxTrainingOptions
    public init(language: Language, options: SyntaxTrainingOptions = .init()) {
        self.language = language; self.options = options
    }

    /// `files` are the training treebanks (one array per file, since files may differ in
    /// annotation conventions); `parserFiles`, when given, are the indices of the files the
    /// parser learns from (the tagger and lemmatiser always use all); `dev` is scored after
    /// every epoch and reported through `log`. `wordClassCorpora` are texts of larger tagged
    /// corpora in CoNLL-2002 format (`form tag entity` lines), read into the tagger's
    /// `WordClassLexicon`.
    public func train(files: [[Sentence]], parserFiles: [Int]? = nil, dev: [Sentence], wordClassCorpora: [String] = [],
                      log: (String) -> Void) -> SyntaxPipeline {
        let wordClasses = WordClassLexicon(corpora: wordClassCorpora)
        let composes = language == .dutch
        let normalizer = normalizer(files)
        let normalized = normalizer?.normalize(files) ?? files
        let train = normalized.flatMap { $0 }
        let parserSet = parserFiles ?? Array(files.indices)
        let treebanks = parserSet.flatMap { normalized[$0] }
        log("training on \(train.count) sentences, \(train.reduce(0) { $0 + $1.words.count }) words")
        var rng = SplitMix64(seed: options.seed)
        let tagger = TaggerTraining(options: options, wordClasses: wordClasses).train(train, dev: dev, rng: &rng, log: log)
        let xpos = XPOSLookup(sentences: train)
        // Legacy files are recognised before normalisation, which removes their `flat:name` mark.
        let current = normalized.indices.filter { !TreebankNormalizer.isLegacy(files[$0]) }.flatMap { normalized[$0] }
        let lemmatizer = LemmatizerTraining(options: options).train(train, current: current, particles: normalizer?.particles ?? [],
                                                                   wordClasses: wordClasses, rng: &rng, log: log)
        let inputs = options.jackknifeFolds < 2 ? treebanks.map { tagger.parserInput($0) }
            : jackknifedInputs(normalized, parserFiles: parserSet, wordClasses: wordClasses, rng: &rng)
        let devInputs = dev.map { tagger.parserInput($0) }
        let memberCount = max(options.parserEnsemble, 1)
        var parser = ParserEnsemble(members: (0..<memberCount).map { k in
            // The first parser continues the main random sequence, so that one member is the
            // single parser as before; member k shuffles with a sequence of its own.
            var memberOptions = options
            if k > 0 {
                rng = SplitMix64(seed: options.seed &+ UInt64(k))
                memberOptions.parserMoveRowBits = options.ensembleMoveRowBits
                memberOptions.parserLabelRowBits = options.ensembleLabelRowBits
            }
            let backwards = ParserEnsemble.readsBackwards(member: k)
            log("parser \(k + 1) of \(memberCount)\(backwards ? ", right to left" : "")")
            let parser = ParserTraining(options: memberOptions, readsBackwards: backwards)
                .train(treebanks, inputs: inputs, dev: dev, devInputs: devInputs, rng: &rng, log: log)
            return ParserEnsemble.Member(parser: parser, readsBackwards: backwards)
        })
        if options.labelerEpochs > 0 {
            parser.labeler = TreeLabelerTraining(options: options).train(treebanks, inputs: inputs, rng: &rng, log: log)
            TreeLabelerTraining.logVoteWeights(parser, dev: dev, devInputs: devInputs, log: log)
        }
        return SyntaxPipeline(language: language, tagger: tagger, xpos: xpos, lemmatizer: lemmatizer, parser: parser,
                              composesParticleVerbs: composes)
    }

    /// The treebanks as the models learn from them: Dutch releases brought to one annotation
    /// (`TreebankNormalizer`), other languages unchanged.
    public func normalize(_ files: [[Sentence]]) -> [[Sentence]] {
        normalizer(files)?.normalize(files) ?? files
    }

    private func normalizer(_ files: [[Sentence]]) -> TreebankNormalizer? {
        language == .dutch ? TreebankNormalizer(files: files) : nil
    }

    /// The parser's training sentences with tags and tag alternatives from taggers that did
    /// not see them (each of `jackknifeFolds` taggers learns from the other folds), so that
    /// the parser learns with tagging errors and hesitations as frequent as on new text.
    private func jackknifedInputs(_ files: [[Sentence]], parserFiles: [Int], wordClasses: WordClassLexicon,
                                  rng: inout SplitMix64) -> [ParserSentence] {
        let folds = options.jackknifeFolds
        var taggers: [Tagger] = []
        for k in 0..<folds {
            let rest = files.enumerated().flatMap { f, file in
                file.enumerated().filter { s, _ in !parserFiles.contains(f) || s % folds != k }.map(\.element)
            }
            taggers.append(TaggerTraining(options: options, wordClasses: wordClasses).train(rest, dev: [], rng: &rng) { _ in })
        }
        return parserFiles.flatMap { f in files[f].enumerated().map { s, sentence in taggers[s % folds].parserInput(sentence) } }
    }
}

/// Reusable scratch for scoring.
final class ScoreBuffer {
    let pointer: UnsafeMutablePointer<Float>
    init(capacity: Int) { pointer = .allocate(capacity: capacity) }
    deinit { pointer.deallocate() }
}
