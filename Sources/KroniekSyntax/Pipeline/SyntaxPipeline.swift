import Foundation
import KroniekCore

/// Tagging, lemmatisation and dependency parsing of sentences in one language, from one
/// model file. Immutable after loading, so one instance serves all threads.
public final class SyntaxPipeline: Sendable {
    public let language: Language
    let tagger: Tagger
    let xpos: XPOSLookup
    let lemmatizer: Lemmatizer
    let parser: ParserEnsemble
    /// Whether lemmas of separated particle verbs carry the particle (UD Dutch: `binnen_vallen`).
    let composesParticleVerbs: Bool

    init(language: Language, tagger: Tagger, xpos: XPOSLookup, lemmatizer: Lemmatizer, parser: ParserEnsemble,
         composesParticleVerbs: Bool) {
        self.language = language; self.tagger = tagger; self.xpos = xpos
        self.lemmatizer = lemmatizer; self.parser = parser; self.composesParticleVerbs = composesParticleVerbs
    }

    /// Fills lemma, UPOS, XPOS, features, head and relation of every word of `sentence`.
    public func annotate(_ sentence: inout Sentence) {
        guard !sentence.words.isEmpty else { return }
        let atoms = tagger.atoms(sentence.words)
        var f = FeatureList()
        let width = max(tagger.uposModel.columns, tagger.featsModel.columns, ArcHybridState.moveCount, parser.labelColumns)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: width)
        defer { scores.deallocate() }

        let tagging = tagger.tagUPOS(atoms, features: &f, scores: scores)
        for i in sentence.words.indices {
            let upos = UPOS.at(tagging.tags[i])
            let feats = tagger.inventory.decode(tagger.predictFeatures(atoms, i, tags: tagging.tags, features: &f, scores: scores))
            let form = sentence.words[i].form
            sentence.words[i].upos = upos
            sentence.words[i].feats = feats
            sentence.words[i].xpos = xpos.isEmpty ? nil : xpos.xpos(lower: form.lowercased(), upos: upos, feats: feats)
            sentence.words[i].lemma = lemmatizer.lemma(form: form, upos: upos, atoms: atoms[i], feats: feats,
                                                       wordClasses: tagger.wordClasses, features: &f)
        }
        let input = tagger.parserInput(sentence.words, atoms: atoms, tagging: tagging)
        let tree = parser.tree(input, forms: sentence.words.map(\.form), features: &f, scores: scores)
        for i in sentence.words.indices {
            sentence.words[i].head = tree.heads[i]
            sentence.words[i].deprel = tree.labels[i]
            // UD tags a verb AUX exactly when it is an auxiliary or copula, which the tree
            // shows better than the tagger's window ("heeft" far from its participle).
            if let upos = sentence.words[i].upos, upos == .AUX || upos == .VERB {
                let auxiliary = sentence.words[i].universalDeprel == "aux" || sentence.words[i].universalDeprel == "cop"
                sentence.words[i].upos = auxiliary ? .AUX : .VERB
            }
        }
        if composesParticleVerbs { sentence.composeParticleVerbLemmas(particles: lemmatizer.compounds?.splitter.particleSet) }
    }
}

extension SyntaxPipeline {
    /// The committed model for `language`, loaded once from the package resources.
    public static func bundled(for language: Language) throws -> SyntaxPipeline {
        try BundledModels.shared.pipeline(for: language)
    }

    /// Loads a model file written by `write(to:)`.
    public convenience init(contentsOf url: URL) throws {
        var input = ByteReader(Array(try Data(contentsOf: url)))
        try self.init(decoding: &input)
    }

    static let magic: UInt32 = 0x4b53_594e  // "KSYN"
    /// Format 6: the ensemble's optional tree labeler after its members. 5: a parser ensemble
    /// (count, then direction and parser of each member). 4: the
    /// tagger's margin for the parser's tag alternatives (3: compound splitter, word classes,
    /// separate move and label models). A parser learns features of the alternatives its
    /// tagger gives, so older files cannot be read with a default.
    static let formatVersion: UInt32 = 6

    convenience init(decoding input: inout ByteReader) throws {
        guard try input.read(UInt32.self) == Self.magic else { throw ModelFormatError("not a Kroniek syntax model") }
        let version = try input.read(UInt32.self)
        guard version == Self.formatVersion else {
            throw ModelFormatError("file format \(version), this build reads format \(Self.formatVersion): retrain it with `kroniek train syntax`")
        }
        let language = Language(try input.read(String.self))
        let composes = try input.read(UInt8.self) != 0
        let tagger = try Tagger.decode(from: &input)
        let xpos = try XPOSLookup.decode(from: &input)
        let lemmatizer = try Lemmatizer.decode(from: &input)
        let parser = try ParserEnsemble.decode(from: &input)
        self.init(language: language, tagger: tagger, xpos: xpos, lemmatizer: lemmatizer, parser: parser,
                  composesParticleVerbs: composes)
    }

    /// Writes the model as one binary file.
    public func write(to url: URL) throws {
        var out = ByteWriter()
        out.write(Self.magic); out.write(Self.formatVersion)
        out.write(language.rawValue); out.write(UInt8(composesParticleVerbs ? 1 : 0))
        tagger.encode(into: &out); xpos.encode(into: &out); lemmatizer.encode(into: &out); parser.encode(into: &out)
        try Data(out.bytes).write(to: url)
    }
}

/// Loads each bundled model at most once per process.
final class BundledModels: @unchecked Sendable {
    static let shared = BundledModels()
    private let lock = NSLock()
    private var loaded: [Language: SyntaxPipeline] = [:]

    func pipeline(for language: Language) throws -> SyntaxPipeline {
        lock.lock(); defer { lock.unlock() }
        if let p = loaded[language] { return p }
        guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "ksyn", subdirectory: "Resources") else {
            throw ModelFormatError("no bundled syntax model for language '\(language)'")
        }
        let p = try SyntaxPipeline(contentsOf: url)
        loaded[language] = p
        return p
    }
}
