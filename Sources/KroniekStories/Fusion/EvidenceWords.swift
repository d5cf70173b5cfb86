/// The words of a sentence that can show two reports tell the same story: names, numbers,
/// places and content words, lowercased; function words of Dutch and English and the
/// reporting verbs that every news sentence has ("said", "zei") are left out, so they
/// don't make unrelated sentences look alike.
enum EvidenceWords {
    static func of(_ sentence: String) -> Set<String> {
        var words = Set<String>()
        var current = ""
        func flush() {
            if current.count >= 3 || current.first?.isNumber == true, !stopWords.contains(current) { words.insert(current) }
            current = ""
        }
        for c in sentence.lowercased() {
            if c.isLetter || c.isNumber { current.append(c) } else { flush() }
        }
        flush()
        return words
    }

    /// The Dice coefficient: shared words over the mean size; 0 when either is empty.
    static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
    }

    private static let stopWords: Set<String> = [
        "the", "and", "for", "that", "with", "from", "this", "was", "were", "has", "have", "had", "its", "their",
        "his", "her", "but", "not", "are", "will", "would", "been", "which", "who", "after", "before", "also",
        "said", "says", "told", "saying", "they", "than", "into", "over", "about", "on", "one", "two", "new",
        "het", "een", "van", "dat", "die", "met", "voor", "niet", "maar", "zijn", "heeft", "werd", "door",
        "over", "naar", "deze", "ook", "nog", "bij", "aan", "uit", "als", "tot", "hun", "zich", "zei", "zegt",
        "liet", "weten", "volgens", "had", "hebben", "wordt", "worden", "zou", "zouden", "zal", "zullen",
    ]
}
