import Foundation
import KroniekCore

/// Character n-gram counts per language, as stored in `langid.tsv`:
///
///     classes<TAB>nl<TAB>en<TAB>other
///     total<TAB>3<TAB>count-nl<TAB>count-en<TAB>count-other     (all grams of that order seen in training)
///     _de<TAB>31234<TAB>210<TAB>3                               (a gram, spaces written as _)
///
/// Probabilities are add-½ smoothed over the stored grams of each order.
struct LanguageModel: Sendable {
    struct FormatError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "langid model line \(line): \(message)" }
    }

    let classes: [Language]
    /// gram -> row of `logProbabilities` (a flat table, so a lookup copies no array).
    private var rows: [UInt64: Int] = [:]
    /// log P(gram | class), one row of `classes.count` values per stored gram.
    private var logProbabilities: [Double] = []
    /// log P of an unseen gram, per order and class.
    private var unseen: [[Double]]

    init(classes: [Language], totals: [Int: [Int]], counts: [(gram: String, counts: [Int])]) {
        self.classes = classes
        var distinct = [Int: Int]()
        for c in counts { distinct[c.gram.unicodeScalars.count, default: 0] += 1 }
        unseen = [[Double]](repeating: [Double](repeating: 0, count: classes.count), count: CharacterNGrams.maxOrder + 1)
        func denominator(_ order: Int, _ k: Int) -> Double {
            Double(totals[order]?[k] ?? 0) + 0.5 * Double((distinct[order] ?? 0) + 1)
        }
        for order in 1...CharacterNGrams.maxOrder {
            for k in classes.indices { unseen[order][k] = log(0.5 / denominator(order, k)) }
        }
        for c in counts {
            let order = c.gram.unicodeScalars.count
            rows[CharacterNGrams.encode(c.gram)] = rows.count
            logProbabilities += classes.indices.map { log((Double(c.counts[$0]) + 0.5) / denominator(order, $0)) }
        }
    }

    init(tsv: String) throws {
        var classes: [Language] = []
        var totals: [Int: [Int]] = [:]
        var counts: [(String, [Int])] = []
        var lineNumber = 0
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            lineNumber += 1
            if line.hasPrefix("#") { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if cols[0] == "classes" { classes = cols.dropFirst().map { Language($0) }; continue }
            if cols[0] == "total" {
                guard cols.count == classes.count + 2, let order = Int(cols[1]) else {
                    throw FormatError(line: lineNumber, message: "bad total line")
                }
                totals[order] = cols.dropFirst(2).compactMap { Int($0) }
                continue
            }
            let numbers = cols.dropFirst().compactMap { Int($0) }
            guard !classes.isEmpty, numbers.count == classes.count,
                  (1...CharacterNGrams.maxOrder).contains(cols[0].unicodeScalars.count) else {
                throw FormatError(line: lineNumber, message: "expected a gram and \(classes.count) counts")
            }
            counts.append((cols[0], numbers))
        }
        guard !classes.isEmpty else { throw FormatError(line: 0, message: "no classes line") }
        self.init(classes: classes, totals: totals, counts: counts)
    }

    func addLogProbabilities(of gram: UInt64, order: Int, to scores: inout [Double]) {
        if let row = rows[gram] {
            let base = row * scores.count
            for k in scores.indices { scores[k] += logProbabilities[base + k] }
        } else {
            for k in scores.indices { scores[k] += unseen[order][k] }
        }
    }
}
