import Testing
import KroniekCore
import KroniekEntities
import KroniekText

/// Time expressions found in text cut by Kroniek's own tokenizer, which keeps
/// hyphenated and numeric tokens together ("10-01-2022", "mid-2014", "een-op-eengesprek").
@Suite struct DutchTimeTokenizerTests {
    private func times(_ text: String, _ date: String, _ language: Language) -> [String] {
        var document = Document(metadata: DocumentMetadata(id: "t", language: language, date: PartialDate(iso: date)), text: text)
        Segmenter().segment(&document)
        let scalars = ScalarText(text)
        return document.sentences.flatMap { s in
            TimeExpressionFinder().find(in: s, text: scalars, documentDate: document.metadata.date, language: language)
                .map { scalars[$0.span] + "=" + $0.date.description }
        }
    }

    @Test func dutchNewsParagraph() {
        let text = """
            Biden sprak donderdag met Poetin, het tweede gesprek deze maand. Rusland heeft de afgelopen twee \
            maanden troepen samengetrokken en annexeerde in 2014 de Krim. Een bilaterale van Rusland en de Navo \
            volgt op 10 januari, een bredere conferentie op 13 januari. De stemming is op 10-01-2022.
            """
        #expect(times(text, "2021-12", .dutch) == [
            "donderdag=2021-12", "deze maand=2021-12", "de afgelopen twee maanden=2021-12", "2014=2014",
            "10 januari=2022-01-10", "13 januari=2022-01-13", "10-01-2022=2022-01-10",
        ])
    }

    @Test func englishNewsParagraph() {
        let text = "Biden spoke with Putin on Thursday. By mid-2022 the sanctions bit, and talks resume on January 10."
        #expect(times(text, "2021-12-31", .english) == [
            "Thursday=2021-12-30", "mid-2022=2022", "January 10=2022-01-10",
        ])
    }
}
