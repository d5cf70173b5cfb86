import Foundation
import KroniekCore

/// Identifies Dutch, English or another language with a naive Bayes model over
/// character 1–3-grams.
///
/// The bundled model (`Resources/langid.tsv`) is trained by the project from the UD
/// TRAIN files (Dutch: Alpino train, LassySmall train; English: EWT train) plus a small
/// sample of other languages written for Kroniek (`OtherLanguageSample`). Rebuild it with
///
///     swift run kroniek train langid --output Sources/KroniekText/Resources/langid.tsv
///
/// (reads ../shared/data/ud, or `$KRONIEK_DATA/ud`). Accuracy on the UD DEV sets is
/// checked by `LanguageIdentifierTests`.
public struct LanguageIdentifier: Sendable {
    public struct Result: Sendable {
        public var language: Language
        /// Mean log-likelihood advantage per gram over the runner-up (0 when undecided).
        public var margin: Double
    }

    let model: LanguageModel

    init(model: LanguageModel) { self.model = model }

    /// The model shipped in the package's resources, or nil if it is missing.
    public static let bundled: LanguageIdentifier? = {
        guard let url = Bundle.module.url(forResource: "langid", withExtension: "tsv", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "langid", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let model = try? LanguageModel(tsv: text) else { return nil }
        return LanguageIdentifier(model: model)
    }()

    public func identify(_ text: String) -> Result {
        let s = Array(text.unicodeScalars)
        return identify(s, range: 0..<s.count)
    }

    public func identify(_ s: [Unicode.Scalar], range: Range<Int>) -> Result {
        var scores = [Double](repeating: 0, count: model.classes.count)
        var grams = 0
        CharacterNGrams.forEach(in: s, range: range) { gram, order in
            guard order == CharacterNGrams.maxOrder else { return }
            grams += 1
            model.addLogProbabilities(of: gram, order: order, to: &scores)
        }
        guard grams > 0 else { return Result(language: .undetermined, margin: 0) }
        var best = 0, second = -1
        for k in scores.indices.dropFirst() {
            if scores[k] > scores[best] { second = best; best = k } else if second < 0 || scores[k] > scores[second] { second = k }
        }
        let margin = second < 0 ? 0 : (scores[best] - scores[second]) / Double(grams)
        return Result(language: model.classes[best], margin: margin)
    }

    /// The language of the sentence at `span` when it is confidently not the document's:
    /// at least 25 letters in words that start in lower case (names say little: "Xi
    /// Jinping ontving Macron in Peking" is Dutch) and a clear margin, so short or mixed
    /// sentences stay with the document.
    func sentenceLanguage(_ s: [Unicode.Scalar], span: Span, documentLanguage: Language) -> Language? {
        var letters = 0
        var inLowerCaseWord = false
        for i in span.start..<span.end {
            guard s[i].isLetterLike else { inLowerCaseWord = false; continue }
            if i == span.start || !s[i - 1].isLetterLike { inLowerCaseWord = !s[i].isUppercaseLetter }
            if inLowerCaseWord { letters += 1 }
        }
        guard letters >= 25 else { return nil }
        let r = identify(s, range: span.start..<span.end)
        guard r.language != documentLanguage, r.margin >= 0.3 else { return nil }
        return r.language
    }
}
