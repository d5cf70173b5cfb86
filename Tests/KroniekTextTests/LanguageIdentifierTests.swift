import Testing
import KroniekCore
@testable import KroniekText

@Suite struct LanguageIdentifierTests {
    let identifier = LanguageIdentifier.bundled

    @Test func bundledModelLoads() throws {
        _ = try #require(identifier, "Resources/langid.tsv missing or unreadable")
    }

    /// The target: at least 99% of dev sentences with 8 or more words identified.
    @Test(.enabled(if: UDData.available, "UD dev files not found"),
          arguments: UDData.dutchDev.map { ($0, Language.dutch) } + UDData.englishDev.map { ($0, Language.english) })
    func identifiesDevSentences(path: String, language: Language) throws {
        let id = try #require(identifier)
        let gold = try UDData.goldSentences(path)
        var total = 0, correct = 0
        var misses: [String] = []
        for doc in gold.documents {
            let text = ScalarText(doc.text)
            for sentence in doc.sentences where sentence.words.count >= 8 {
                total += 1
                let result = id.identify(text.scalars, range: sentence.span.start..<sentence.span.end)
                if result.language == language { correct += 1 } else if misses.count < 5 { misses.append(text[sentence.span]) }
            }
        }
        let accuracy = Double(correct) / Double(total)
        #expect(total > 500)
        #expect(accuracy >= 0.99, "\(correct)/\(total) on \(path); e.g. \(misses)")
    }

    @Test func tellsDutchEnglishAndOtherApart() throws {
        let id = try #require(identifier)
        #expect(id.identify("De minister heeft gisteren in Den Haag gezegd dat de belastingen omlaag gaan.").language == .dutch)
        #expect(id.identify("The minister said yesterday that taxes would be lowered next year.").language == .english)
        // Sentences of my own, not in the training sample.
        #expect(id.identify("Die Kinder spielen jeden Nachmittag im Garten hinter dem alten Haus.").language == Language("other"))
        #expect(id.identify("Les enfants jouent chaque après-midi dans le jardin derrière la vieille maison.").language == Language("other"))
        #expect(id.identify("Los niños juegan cada tarde en el jardín detrás de la casa vieja.").language == Language("other"))
    }

    @Test func trainerRoundTripsThroughTheModelFile() throws {
        let tsv = LanguageModelTrainer(gramsPerClass: 200).train(samples: [
            (.dutch, ["het is een mooie dag en de zon schijnt over het water"]),
            (.english, ["it is a lovely day and the sun shines on the water"]),
        ])
        let id = LanguageIdentifier(model: try LanguageModel(tsv: tsv))
        #expect(id.identify("de zon schijnt").language == .dutch)
        #expect(id.identify("the sun shines").language == .english)
    }

    @Test func segmenterDetectsTheDocumentAndForeignSentences() throws {
        _ = try #require(identifier)
        var doc = Document(metadata: DocumentMetadata(id: "t"), text: """
            Het kabinet heeft vandaag een nieuw plan voor de woningmarkt gepresenteerd. \
            De minister noemde het plan een belangrijke stap. \
            "We will not accept any delay in the construction of these houses," said the mayor of the city.
            """)
        Segmenter().segment(&doc)
        #expect(doc.metadata.language == .dutch)
        #expect(doc.sentences.count == 3)
        #expect(doc.sentences.first?.language == nil)
        #expect(doc.sentences.last?.language == .english)
    }

    @Test func sentenceOfNamesStaysWithTheDocumentLanguage() throws {
        _ = try #require(identifier)
        // Few words in lower case: the names cannot outvote the document's language.
        var doc = Document(metadata: DocumentMetadata(id: "t", language: .dutch),
                           text: "Xi Jinping ontving Emmanuel Macron en Ursula von der Leyen in Peking.")
        Segmenter().segment(&doc)
        #expect(doc.sentences.count == 1)
        #expect(doc.sentences.first?.language == nil)
    }
}
