/// Rebuilds the raw text a UD treebank was made from, for tokenizer evaluation: each
/// sentence's `# text` (or, without it, its tokens joined by `SpaceAfter`), sentences
/// separated by a space, and a blank line at `# newpar` and `# newdoc`.
public enum GoldRawText {
    public static func rebuild(conllu: String) -> String {
        var out = ""
        var sentenceText: String?
        var forms = ""                 // tokens joined by SpaceAfter, the fallback
        var newParagraph = false
        var coveredUntil = 0           // last word id inside the open multiword token
        var inSentence = false
        var lastTokenGlued = false     // the previous token had SpaceAfter=No

        func endSentence() {
            guard inSentence else { return }
            let text = sentenceText.flatMap { sameCharacters($0, forms) ? $0 : nil } ?? forms
            if !out.isEmpty { out += newParagraph ? "\n\n" : " " }
            out += text
            sentenceText = nil; forms = ""; newParagraph = false; coveredUntil = 0; inSentence = false
            lastTokenGlued = false
        }

        for rawLine in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.isEmpty { endSentence(); continue }
            if line.first == "#" {
                let body = line.dropFirst().drop { $0 == " " }
                if body.hasPrefix("newdoc") || body.hasPrefix("newpar") { newParagraph = true }
                else if body.hasPrefix("text ") || body.hasPrefix("text="), let eq = body.firstIndex(of: "=") {
                    sentenceText = String(body[body.index(after: eq)...].drop { $0 == " " })
                }
                continue
            }
            inSentence = true
            let cols = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard cols.count >= 2 else { continue }
            let id = cols[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                coveredUntil = Int(id[id.index(after: dash)...]) ?? 0
            } else if let n = Int(id), n <= coveredUntil {
                continue
            }
            if !forms.isEmpty && !lastTokenGlued { forms += " " }
            forms += cols[1]
            lastTokenGlued = line.split(separator: "\t").last?.split(separator: "|").contains("SpaceAfter=No") ?? false
        }
        endSentence()
        return out
    }

    /// Whether two texts have the same characters apart from spaces.
    static func sameCharacters(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.filter { !$0.properties.isWhitespace }.elementsEqual(b.unicodeScalars.filter { !$0.properties.isWhitespace })
    }
}
