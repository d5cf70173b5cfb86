import KroniekCore

/// Writes sentences as CoNLL-U, with `# text` and token character spans in MISC
/// (`TokenRange=start:end`, as UDPipe does) so the analysis can be traced to the text.
public struct CoNLLUWriter: Sendable {
    public var includeSpans: Bool
    public init(includeSpans: Bool = true) { self.includeSpans = includeSpans }

    public func write(_ document: Document, into out: inout String) {
        let text = ScalarText(document.text)
        out += "# newdoc id = \(document.id)\n"
        for (index, sentence) in document.sentences.enumerated() {
            if sentence.startsParagraph && index > 0 { out += "# newpar\n" }
            write(sentence, id: sentence.id ?? "\(document.id)-\(index + 1)", text: text[sentence.span], into: &out)
        }
    }

    public func write(_ sentence: Sentence, id: String, text: String, into out: inout String) {
        out += "# sent_id = \(id)\n# text = \(text.replacingNewlines)\n"
        for token in sentence.tokens {
            let misc = tokenMisc(token)
            if token.isMultiword {
                out += "\(token.wordRange.lowerBound + 1)-\(token.wordRange.upperBound)\t\(token.form)\t_\t_\t_\t_\t_\t_\t_\t\(misc.isEmpty ? "_" : misc)\n"
            }
            for w in token.wordRange {
                let word = sentence.words[w]
                var wordMisc = token.isMultiword ? "" : misc
                if !word.misc.isEmpty { wordMisc = merge(word.misc, wordMisc) }
                let head = word.head.map { String($0 + 1) } ?? "_"
                out += "\(w + 1)\t\(word.form)\t\(word.lemma ?? "_")\t\(word.upos?.rawValue ?? "_")\t\(word.xpos ?? "_")\t"
                out += "\(word.feats.isEmpty ? "_" : word.feats)\t\(head)\t\(word.deprel ?? "_")\t_\t\(wordMisc.isEmpty ? "_" : wordMisc)\n"
            }
        }
        out += "\n"
    }

    private func tokenMisc(_ token: Token) -> String {
        var parts: [String] = []
        if !token.spaceAfter { parts.append("SpaceAfter=No") }
        if includeSpans { parts.append("TokenRange=\(token.span.start):\(token.span.end)") }
        return parts.joined(separator: "|")
    }

    /// Keeps the word's own MISC entries and adds ours, without duplicating keys.
    private func merge(_ existing: String, _ ours: String) -> String {
        let ourKeys = Set(ours.split(separator: "|").map { $0.split(separator: "=").first.map(String.init) ?? "" })
        let kept = existing.split(separator: "|").filter { !ourKeys.contains($0.split(separator: "=").first.map(String.init) ?? "") }
        return (kept.map(String.init) + (ours.isEmpty ? [] : [ours])).joined(separator: "|")
    }
}

extension String {
    var replacingNewlines: String {
        String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
