import KroniekCore
import Testing
@testable import KroniekSyntax

@Suite struct WordClassLexiconTests {
    @Test func readsTagAndEntityTypeOfEachForm() {
        let dutch = "-DOCSTART- -DOCSTART- O\nWim N B-PER\nKok N I-PER\nde Art O\n\nWim N B-PER\nwim V O\n"
        let lexicon = WordClassLexicon(corpora: [dutch])
        #expect(lexicon.wordClass(of: "Wim") == FeatureHash.string("N PER"))
        #expect(lexicon.wordClass(of: "Kok") == FeatureHash.string("N PER"))
        #expect(lexicon.wordClass(of: "de") == FeatureHash.string("Art O"))
        #expect(lexicon.wordClass(of: "wim") == FeatureHash.string("V O"))  // case is kept
        #expect(!lexicon.lists("-DOCSTART-") && !lexicon.lists("Jan"))
    }

    @Test func readsTheEntityFromTheLastColumn() {
        let lexicon = WordClassLexicon(corpora: ["EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n"])
        #expect(lexicon.wordClass(of: "EU") == FeatureHash.string("NNP ORG"))
        #expect(lexicon.wordClass(of: "rejects") == FeatureHash.string("VBZ O"))
    }

    @Test func theMostFrequentClassWins() {
        let lexicon = WordClassLexicon(corpora: ["Bos N B-PER\nBos N O\nBos N O\n"])
        #expect(lexicon.wordClass(of: "Bos") == FeatureHash.string("N O"))
    }

    @Test func atomsCarryTheClass() throws {
        let lexicon = WordClassLexicon(corpora: ["Wim N B-PER\n"])
        let s = try TestData.sentences(conllu: "1\tWim\tWim\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\tlacht\tlachen\tVERB\t_\t_\t0\troot\t_\t_\n\n")[0]
        let atoms = lexicon.atoms(s.words)
        #expect(atoms[0].wordClass == FeatureHash.string("N PER"))
        #expect(atoms[1].wordClass == 0)
    }

    @Test func encodingRoundTrips() throws {
        let lexicon = WordClassLexicon(corpora: ["Wim N B-PER\nde Art O\n"])
        var out = ByteWriter()
        lexicon.encode(into: &out)
        var input = ByteReader(out.bytes)
        let read = try WordClassLexicon.decode(from: &input)
        #expect(read.classes == lexicon.classes)
    }
}
