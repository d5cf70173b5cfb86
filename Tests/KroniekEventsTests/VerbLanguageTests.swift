import Testing
import KroniekCore
@testable import KroniekEvents

/// Verb entries written under `language en` code English sentences only.
@Suite struct VerbLanguageTests {
    let dictionary = try! KDParser.parse("""
        country RUS
          name Russia | Rusland
        country UKR
          name Ukraine | Oekraïne
        language en
        verb meet = 040
        language *
        verb attack+ = 190
        """, origin: "languages.kd")

    // "Russia meet Ukraine" / "Rusland meet Oekraïne" (Dutch "meet" = measures).
    let tree = """
        Russia Russia PROPN 2 nsubj
        meet meet VERB 0 root
        Ukraine Ukraine PROPN 2 obj
        """

    @Test func anEnglishVerbDoesNotCodeADutchSentence() throws {
        var doc = try TreeBuilder.document(tree, date: PartialDate(year: 2021))
        #expect(EventCoder(dictionary: dictionary).code(doc).map(\.triple) == ["040 RUS>UKR"])
        doc.metadata.language = .dutch
        #expect(EventCoder(dictionary: dictionary).code(doc).isEmpty)
    }
}
