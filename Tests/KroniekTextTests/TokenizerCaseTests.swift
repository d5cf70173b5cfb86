import Testing
import KroniekCore
import KroniekText

/// Tokenization and sentence splitting, case by case, on sentences written for these tests.
/// Expected output: tokens separated by spaces, sentences by " | ".
@Suite struct TokenizerCaseTests {
    static func segmented(_ text: String, _ language: Language) -> [Sentence] {
        Segmenter(identifier: nil).sentences(in: text, language: language)
    }

    static func rendered(_ text: String, _ language: Language) -> String {
        segmented(text, language).map { $0.tokens.map(\.form).joined(separator: " ") }.joined(separator: " | ")
    }

    /// Every token slices its form out of the text; words carry their token's span.
    static func spansHold(_ text: String, _ language: Language) -> Bool {
        let scalars = ScalarText(text)
        return segmented(text, language).allSatisfy { s in
            s.tokens.allSatisfy { t in scalars[t.span] == t.form && t.wordRange.allSatisfy { s.words[$0].span == t.span } }
        }
    }

    // MARK: Dutch

    @Test(arguments: [
        ("Hij sprak o.a. met dr. Jansen en mr. De Vries, d.w.z. de advocaten, zie blz. 12.",
         "Hij sprak o.a. met dr. Jansen en mr. De Vries , d.w.z. de advocaten , zie blz. 12 ."),
        (",,Ik kom morgen,'' zei ze. „Goed” antwoordde hij.",
         ",, Ik kom morgen , '' zei ze . | „ Goed ” antwoordde hij ."),
        ("Hij noemde het ‘onzin’, en «flauwekul».", "Hij noemde het ‘ onzin ’ , en « flauwekul » ."),
        ("Ze zei: ,,Ik kom.'' Daarna vertrok ze.", "Ze zei : ,, Ik kom . '' | Daarna vertrok ze ."),
        ("'s Avonds reed zo'n auto's langs 't huis.", "'s Avonds reed zo'n auto's langs 't huis ."),
        ("Het Navo-lidmaatschap van Russisch-sprekende burgers.", "Het Navo-lidmaatschap van Russisch-sprekende burgers ."),
        ("Het kost 100.000 euro of 1.000,50 euro, een stijging van 3,5%.",
         "Het kost 100.000 euro of 1.000,50 euro , een stijging van 3,5 % ."),
        ("Op 30-12-2021 om 14:30 uur begon de mond- en klauwzeercrisis.",
         "Op 30-12-2021 om 14:30 uur begon de mond- en klauwzeercrisis ."),
        ("Zie https://nos.nl/artikel/123-kabinet?x=1. Mail info@kroniek.nl.",
         "Zie https://nos.nl/artikel/123-kabinet?x=1 . | Mail info@kroniek.nl ."),
        ("Hij wachtte... en wachtte… Toen kwam ze (eindelijk) – te laat.",
         "Hij wachtte ... en wachtte … | Toen kwam ze ( eindelijk ) – te laat ."),
        ("Hij kwam om 10 uur. Zij kwam later! Waarom? Niemand weet het.",
         "Hij kwam om 10 uur . | Zij kwam later ! | Waarom ? | Niemand weet het ."),
        ("Dr. Jansen kwam. Prof. Smit en J. de Vries ook.", "Dr. Jansen kwam . | Prof. Smit en J. de Vries ook ."),
        ("Hij woont in de V.S. Het land bevalt hem. De V.S. President kwam.",
         "Hij woont in de V.S. | Het land bevalt hem . | De V.S. President kwam ."),
    ])
    func dutch(text: String, expected: String) {
        #expect(Self.rendered(text, .dutch) == expected)
        #expect(Self.spansHold(text, .dutch))
    }

    // MARK: English

    @Test(arguments: [
        ("The U.S. economy grew, e.g. in Jan. and Feb. Dr. Smith agreed.",
         "The U.S. economy grew , e.g. in Jan. and Feb . | Dr. Smith agreed ."),
        ("We bought apples, pears, etc. Then we left.", "We bought apples , pears , etc . | Then we left ."),
        ("A well-known e-mail from a non-profit, and/or 3/4 of them b/c it's late.",
         "A well - known e-mail from a non-profit , and / or 3/4 of them b/c it's late ."),
        ("It cost $5,000 or 10% more at 7:30PM on the 3rd.", "It cost $ 5,000 or 10 % more at 7:30 PM on the 3rd ."),
        ("“Yes,” she said. \"No\" he said. ``Fine,'' they said.",
         "“ Yes , ” she said . | \" No \" he said . | `` Fine , '' they said ."),
        ("Visit http://example.com/a-b or mail me@example.org today.",
         "Visit http://example.com/a-b or mail me@example.org today ."),
        ("Wait... what?! No way :)", "Wait ... what ?! | No way :)"),
        ("I waited...and waited--nothing,really.", "I waited ... and waited -- nothing , really ."),
        ("He lives in the U.S. The U.S. President agreed.", "He lives in the U.S . | The U.S. President agreed ."),
    ])
    func english(text: String, expected: String) {
        #expect(Self.rendered(text, .english) == expected)
        #expect(Self.spansHold(text, .english))
    }

    @Test func englishContractionsAreMultiwordTokens() {
        let text = "I don't know. It's fine, I'm sure we'll go. They can't and won't. Arafat's aides and the soldiers' homes. I cannot say we're gonna win."
        let words = Self.segmented(text, .english).flatMap { s in
            s.tokens.filter(\.isMultiword).map { t in t.form + "=" + t.wordRange.map { s.words[$0].form }.joined(separator: "+") }
        }
        #expect(words == ["don't=do+n't", "It's=It+'s", "I'm=I+'m", "we'll=we+'ll", "can't=ca+n't", "won't=wo+n't",
                          "Arafat's=Arafat+'s", "soldiers'=soldiers+'", "cannot=can+not", "we're=we+'re", "gonna=gon+na"])
        #expect(Self.spansHold(text, .english))
    }

    @Test func dutchHasNoMultiwordTokens() {
        let sentences = Self.segmented("Zo'n auto's rijden 's nachts niet.", .dutch)
        #expect(sentences.allSatisfy { $0.tokens.allSatisfy { !$0.isMultiword } })
    }

    // MARK: paragraphs and lines

    @Test func paragraphsAndHeadlines() {
        var doc = Document(metadata: DocumentMetadata(id: "t", language: .dutch),
                           text: "Kabinet valt\nDe regering is gisteren gevallen.\n\nDe Kamer vergadert vandaag, zo\nmeldt de voorzitter.")
        Segmenter(identifier: nil).segment(&doc)
        let text = ScalarText(doc.text)
        #expect(doc.sentences.map { text[$0.span] } == [
            "Kabinet valt", "De regering is gisteren gevallen.", "De Kamer vergadert vandaag, zo\nmeldt de voorzitter.",
        ])
        #expect(doc.sentences.map(\.startsParagraph) == [true, false, true])
        #expect(doc.paragraphs.map { text[$0] } == [
            "Kabinet valt\nDe regering is gisteren gevallen.", "De Kamer vergadert vandaag, zo\nmeldt de voorzitter.",
        ])
    }

    @Test func emptyAndBlankTextsGiveNoSentences() {
        #expect(Self.segmented("", .dutch).isEmpty)
        #expect(Self.segmented(" \n\n\t ", .english).isEmpty)
    }
}
