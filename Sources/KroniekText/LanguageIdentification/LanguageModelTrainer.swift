import KroniekCore

/// Builds the language identification model (`langid.tsv`) from sample texts per
/// language: counts character trigrams and keeps the most frequent ones of each class.
public struct LanguageModelTrainer: Sendable {
    /// Grams kept per class (the union over classes is stored).
    public var gramsPerClass: Int

    public init(gramsPerClass: Int = 6000) { self.gramsPerClass = gramsPerClass }

    /// `samples` maps each class to its training texts; returns the model file's text.
    public func train(samples: [(language: Language, texts: [String])]) -> String {
        let order = CharacterNGrams.maxOrder
        var perClass: [[UInt64: Int]] = []
        var totals: [Int] = []
        for (_, texts) in samples {
            var counts: [UInt64: Int] = [:], total = 0
            for text in texts {
                let s = Array(text.unicodeScalars)
                CharacterNGrams.forEach(in: s, range: 0..<s.count) { gram, n in
                    guard n == order else { return }
                    counts[gram, default: 0] += 1; total += 1
                }
            }
            perClass.append(counts); totals.append(total)
        }
        var kept = Set<UInt64>()
        for counts in perClass {
            let top = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(gramsPerClass)
            kept.formUnion(top.map(\.key))
        }
        var out = "# Kroniek language identification model: character trigram counts per class.\n"
        out += "# Built by `kroniek train langid` from the UD train files and Kroniek's own other-language sample.\n"
        out += "classes\t" + samples.map(\.language.rawValue).joined(separator: "\t") + "\n"
        out += "total\t\(order)\t" + totals.map(String.init).joined(separator: "\t") + "\n"
        for gram in kept.sorted() {
            out += CharacterNGrams.decode(gram, order: order) + "\t" + perClass.map { String($0[gram] ?? 0) }.joined(separator: "\t") + "\n"
        }
        return out
    }
}
