import KroniekCore

/// A document as readable text for a terminal: its metadata, then one sentence per
/// line with `|` between tokens, so token boundaries show where the text has no space.
/// A multiword token shows its words in braces: `don't{do n't}`.
public enum DocumentTable {
    public static func render(_ document: Document) -> String {
        let m = document.metadata
        var out = "== \(m.id)\n"
        func line(_ key: String, _ value: String?) { if let v = value { out += "   \(key): \(v)\n" } }
        line("title", m.title)
        line("date", m.date.map { "\($0) (\($0.precision))" })
        line("language", m.language?.rawValue)
        line("outlet", m.outlet)
        line("url", m.url)
        line("origin", m.origin)
        for (key, value) in m.extra.sorted(by: { $0.key < $1.key }) { line(key, value) }
        for g in document.goldCodings {
            line("gold", "\(g.eventCode) \(g.sourceCode) -> \(g.targetCode)" + (g.sentenceIndex.map { " (sentence \($0 + 1))" } ?? ""))
        }
        line("size", [counted(document.text.unicodeScalars.count, "character"), counted(document.paragraphs.count, "paragraph"),
                      counted(document.sentences.count, "sentence")].joined(separator: ", "))
        for (n, sentence) in document.sentences.enumerated() {
            if sentence.startsParagraph && n > 0 { out += "\n" }
            let tokens = sentence.tokens.map { token -> String in
                guard token.isMultiword else { return token.form.replacingNewlines }
                let words = token.wordRange.clamped(to: sentence.words.indices).map { sentence.words[$0].form }
                return token.form.replacingNewlines + "{" + words.joined(separator: " ") + "}"
            }
            out += "\(n + 1)\t" + tokens.joined(separator: "|") + "\n"
        }
        return out
    }
}
