import Foundation
import KroniekCore
import Testing
@testable import KroniekSyntax

/// Training on a handful of hand-written sentences must learn them.
@Suite struct TinyTreebankTests {
    static let treebank = """
    1\tDe\tde\tDET\t_\tDefinite=Def\t2\tdet\t_\t_
    2\tminister\tminister\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_
    3\tbezocht\tbezoeken\tVERB\t_\tTense=Past|VerbForm=Fin\t0\troot\t_\t_
    4\tde\tde\tDET\t_\tDefinite=Def\t5\tdet\t_\t_
    5\thoofdstad\thoofd_stad\tNOUN\t_\tNumber=Sing\t3\tobj\t_\t_
    6\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

    1\tHet\thet\tDET\t_\tDefinite=Def\t2\tdet\t_\t_
    2\tleger\tleger\tNOUN\t_\tNumber=Sing\t3\tnsubj\t_\t_
    3\tviel\tvallen\tVERB\t_\tTense=Past|VerbForm=Fin\t0\troot\t_\t_
    4\thet\thet\tDET\t_\tDefinite=Def\t5\tdet\t_\t_
    5\tland\tland\tNOUN\t_\tNumber=Sing\t3\tobj\t_\t_
    6\tbinnen\tbinnen\tADP\t_\t_\t3\tcompound:prt\t_\t_
    7\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

    1\tBoeren\tboer\tNOUN\t_\tNumber=Plur\t2\tnsubj\t_\t_
    2\tprotesteerden\tprotesteren\tVERB\t_\tTense=Past|VerbForm=Fin\t0\troot\t_\t_
    3\tin\tin\tADP\t_\t_\t5\tcase\t_\t_
    4\tde\tde\tDET\t_\tDefinite=Def\t5\tdet\t_\t_
    5\tstad\tstad\tNOUN\t_\tNumber=Sing\t2\tobl\t_\t_
    6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

    """

    @Test func learnsItsTrainingData() throws {
        let gold = try TestData.sentences(conllu: Self.treebank)
        var options = SyntaxTrainingOptions()
        options.taggerEpochs = 5; options.parserEpochs = 8; options.lemmatizerEpochs = 2
        options.jackknifeFolds = 1  // three sentences are too few to tag each from the others
        options.uposRowBits = 12; options.featsRowBits = 12; options.parserMoveRowBits = 12; options.parserLabelRowBits = 12; options.lemmatizerRowBits = 12
        let pipeline = SyntaxTrainer(language: .dutch, options: options).train(files: [gold], dev: []) { _ in }
        var right = (upos: 0, head: 0, lemma: 0), total = 0
        for g in gold {
            var s = TestData.stripped(g)
            pipeline.annotate(&s)
            #expect(TestData.isTree(s))
            for (i, (gw, pw)) in zip(g.words, s.words).enumerated() {
                total += 1
                if gw.upos == pw.upos { right.upos += 1 }
                if gw.head == pw.head { right.head += 1 }
                if s.fullLemma(ofWord: i) == (gw.form == "viel" ? "binnen_vallen" : gw.lemma) {
                    right.lemma += 1
                }
            }
        }
        #expect(right.upos == total)
        #expect(Double(right.head) >= 0.9 * Double(total))
        #expect(Double(right.lemma) >= 0.9 * Double(total))
    }

    @Test func modelSurvivesWritingAndReading() throws {
        let gold = try TestData.sentences(conllu: Self.treebank)
        var options = SyntaxTrainingOptions()
        options.taggerEpochs = 2; options.parserEpochs = 2; options.lemmatizerEpochs = 1
        options.jackknifeFolds = 1
        options.uposRowBits = 10; options.featsRowBits = 10; options.parserMoveRowBits = 10; options.parserLabelRowBits = 10; options.lemmatizerRowBits = 10
        // Word classes and the compound splitter (learnt from `hoofd_stad`) must survive too.
        let pipeline = SyntaxTrainer(language: .dutch, options: options)
            .train(files: [gold], dev: [], wordClassCorpora: ["leger N O\nLand N B-LOC\n"]) { _ in }
        #expect(pipeline.lemmatizer.compounds != nil && !pipeline.tagger.wordClasses.isEmpty)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-tiny-\(UInt32.random(in: 0...UInt32.max)).ksyn")
        defer { try? FileManager.default.removeItem(at: url) }
        try pipeline.write(to: url)
        let reloaded = try SyntaxPipeline(contentsOf: url)
        #expect(reloaded.tagger.alternatives.margin == pipeline.tagger.alternatives.margin)
        // The default ensemble: main parser, right-to-left parser, second left-to-right parser.
        #expect(reloaded.parser.members.map(\.readsBackwards) == [false, true, false])
        let unknownCompound = try TestData.sentences(conllu: "1\thoofdland\t_\tNOUN\t_\t_\t0\troot\t_\t_\n\n")
        for g in gold + unknownCompound {
            var a = TestData.stripped(g), b = a
            pipeline.annotate(&a); reloaded.annotate(&b)
            #expect(a.words.map(\.upos) == b.words.map(\.upos))
            #expect(a.words.map(\.head) == b.words.map(\.head))
            #expect(a.words.map(\.lemma) == b.words.map(\.lemma))
        }
    }

    @Test func olderFormatIsRefused() {
        var out = ByteWriter()
        out.write(SyntaxPipeline.magic); out.write(UInt32(4))
        var input = ByteReader(out.bytes)
        #expect(throws: ModelFormatError.self) { try SyntaxPipeline(decoding: &input) }
    }
}
