import Testing
import KroniekCore
import KroniekText

/// Properties that must hold for any text, checked on seeded random strings built from the
/// characters the tokenizer treats specially.
@Suite struct TokenizerPropertyTests {
    /// A small deterministic generator (SplitMix64), so failures reproduce.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [String] = [
        "de", "Het", "don't", "it's", "o.a.", "U.S.", "Dr.", "etc.", "zo'n", "'s", "auto's", "soldiers'", "3,5%",
        "100.000", "1.000,50", "12:30", "e-mail", "Navo-lidmaatschap", "and/or", "http://x.nl/a?b=1", "a@b.nl",
        ".", ",", "!", "?", "...", "…", ";", ":", "(", ")", "[", "]", "\"", "'", "''", ",,", "„", "“", "”", "‘", "’",
        "«", "»", "-", "--", "–", "—", "/", "$", "€", "#", "*", "***", ":)", "<<", "+", "&", "é", "ß", "Ω", "😀",
        " ", " ", " ", "\n", "\n\n", "\t", "\u{00A0}",
    ]

    static func randomText(_ rng: inout SplitMix) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &rng) { text += pieces.randomElement(using: &rng)! }
        return text
    }

    @Test(arguments: [Language.dutch, Language.english])
    func tokensCoverTheTextExactly(language: Language) {
        var rng = SplitMix(state: language == .dutch ? 1 : 2)
        var failures: [String] = []
        for _ in 0..<2_000 {
            let text = Self.randomText(&rng)
            let scalars = ScalarText(text)
            var doc = Document(metadata: DocumentMetadata(id: "p", language: language), text: text)
            Segmenter(identifier: nil).segment(&doc)
            var covered = String.UnicodeScalarView()
            var previousEnd = 0, ok = true
            for s in doc.sentences {
                for t in s.tokens {
                    ok = ok && t.span.start >= previousEnd && !t.span.isEmpty && scalars[t.span] == t.form
                    ok = ok && t.wordRange.allSatisfy { s.words[$0].span == t.span } && !t.wordRange.isEmpty
                    ok = ok && t.wordRange.map { s.words[$0].form }.joined() == t.form
                    previousEnd = t.span.end
                    covered.append(contentsOf: t.form.unicodeScalars)
                }
            }
            // Nothing but whitespace is left out, and nothing is counted twice.
            let visible = String.UnicodeScalarView(text.unicodeScalars.filter { !$0.properties.isWhitespace })
            ok = ok && String(covered) == String(visible)
            if !ok && failures.count < 3 { failures.append(text) }
        }
        #expect(failures.isEmpty, "texts that broke the tokenizer: \(failures)")
    }
}
