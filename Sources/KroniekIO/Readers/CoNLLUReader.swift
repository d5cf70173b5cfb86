import KroniekCore

/// Reads CoNLL-U (Universal Dependencies) into documents.
///
/// The document text is rebuilt from the tokens: `SpaceAfter=No` glues a token to the
/// next, sentences are separated by a space and paragraphs (`# newpar`) by a blank line.
/// `# newdoc` starts a new document; without it the whole file is one document.
/// Multiword token lines (`1-2`) become one token with several words; empty nodes
/// (`8.1`, enhanced graphs only) are skipped. Heads that do not form a tree are
/// repaired (see `TreeCheck`) and reported as warnings.
public struct CoNLLUReader: Sendable {
    public init() {}

    /// Reads `text`, ignoring the warnings about repaired trees.
    public func read(_ text: String, origin: String, defaultID: String) throws -> [Document] {
        var ignored: [InputError] = []
        return try read(text, origin: origin, defaultID: defaultID, warnings: &ignored)
    }

    public func read(_ text: String, origin: String, defaultID: String, warnings: inout [InputError]) throws -> [Document] {
        var builder = Builder(origin: origin, defaultID: defaultID)
        defer { warnings += builder.warnings }
        var lineNumber = 0
        // Split on bytes: faster than Characters, and "\r\n" is one Character in Swift,
        // so a Character split would not see the line breaks of Windows files.
        for rawBytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let rawLine = Substring(rawBytes)
            let line = rawLine.last == "\r" ? rawLine.dropLast() : rawLine
            if line.isEmpty { builder.endSentence(); continue }
            if line.first == "#" { builder.comment(line.dropFirst()); continue }
            try builder.tokenLine(line, lineNumber: lineNumber)
        }
        builder.endSentence()
        return builder.finish()
    }
}

private struct PendingWord {
    var form: String, lemma: String?, upos: UPOS?, xpos: String?, feats: String, head: Int?, deprel: String?, misc: String
}

private struct Builder {
    let origin: String
    let defaultID: String
    var documents: [Document] = []
    var text = ""
    var offset = 0                     // scalar count of `text`
    var sentences: [Sentence] = []
    var paragraphs: [Span] = []
    var paragraphStart: Int?
    var docID: String?
    var pendingNewPar = false
    var sentID: String?
    var sentText: String?
    var tokens: [(form: String, first: Int, last: Int, spaceAfter: Bool)] = []
    var words: [PendingWord] = []
    var mwtEnd = 0
    var sentenceStartLine = 0          // line of the sentence's first token line, for warnings
    var warnings: [InputError] = []                     // last word id covered by the open multiword token

    init(origin: String, defaultID: String) { self.origin = origin; self.defaultID = defaultID }

    mutating func comment(_ body: Substring) {
        let c = body.drop { $0 == " " }
        if c.hasPrefix("newdoc") {
            endDocument()
            if let eq = c.firstIndex(of: "=") { docID = c[c.index(after: eq)...].trimmed } else { docID = nil }
            pendingNewPar = true
        } else if c.hasPrefix("newpar") {
            pendingNewPar = true
        } else if c.hasPrefix("sent_id"), let eq = c.firstIndex(of: "=") {
            sentID = c[c.index(after: eq)...].trimmed
        } else if c.hasPrefix("text"), !c.hasPrefix("text_"), let eq = c.firstIndex(of: "=") {
            sentText = c[c.index(after: eq)...].trimmed
        }
    }

    mutating func tokenLine(_ line: Substring, lineNumber: Int) throws {
        if words.isEmpty && tokens.isEmpty { sentenceStartLine = lineNumber }
        let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard cols.count == 10 else {
            throw InputError(origin: origin, line: lineNumber, message: "CoNLL-U token line has \(cols.count) columns, expected 10")
        }
        let id = cols[0]
        if id.contains(".") { return }  // empty node
        let misc = String(cols[9])
        let spaceAfter = !misc.split(separator: "|").contains("SpaceAfter=No")
        if let dash = id.firstIndex(of: "-") {
            guard let a = Int(id[..<dash]), let b = Int(id[id.index(after: dash)...]), a <= b else {
                throw InputError(origin: origin, line: lineNumber, message: "bad multiword token id '\(id)'")
            }
            tokens.append((String(cols[1]), a - 1, b - 1, spaceAfter))
            mwtEnd = b
            return
        }
        guard let n = Int(id), n == words.count + 1 else {
            throw InputError(origin: origin, line: lineNumber, message: "word id '\(id)' out of sequence")
        }
        func opt(_ s: Substring) -> String? { s == "_" ? nil : String(s) }
        var head: Int?
        if cols[6] != "_" {
            guard let h = Int(cols[6]), h >= 0 else {
                throw InputError(origin: origin, line: lineNumber, message: "bad head '\(cols[6])'")
            }
            head = h - 1
        }
        let uposText = cols[3]
        var upos: UPOS?
        if uposText != "_" {
            // UD v1 files (and parsers trained on them) write CONJ for what v2 calls CCONJ.
            guard let u = UPOS(rawValue: uposText == "CONJ" ? "CCONJ" : String(uposText)) else {
                throw InputError(origin: origin, line: lineNumber, message: "unknown UPOS '\(uposText)'")
            }
            upos = u
        }
        // A lemma of "_" is a real lemma only for the underscore token itself.
        let lemma: String? = cols[2] == "_" && cols[1] != "_" ? nil : String(cols[2])
        words.append(PendingWord(form: String(cols[1]), lemma: lemma, upos: upos, xpos: opt(cols[4]),
                                 feats: cols[5] == "_" ? "" : String(cols[5]), head: head,
                                 deprel: opt(cols[7]), misc: cols[9] == "_" ? "" : misc))
        if n > mwtEnd { tokens.append((String(cols[1]), n - 1, n - 1, spaceAfter)) }
    }

    mutating func endSentence() {
        defer { tokens = []; words = []; mwtEnd = 0; sentID = nil; sentText = nil }
        guard !words.isEmpty else { return }
        var heads = words.map(\.head)
        for problem in TreeCheck.repair(heads: &heads) {
            warnings.append(InputError(origin: origin, line: sentenceStartLine, message: "sentence \(sentID.map { "'\($0)' " } ?? "")\(problem)"))
        }
        for i in words.indices { words[i].head = heads[i] }
        if pendingNewPar || paragraphStart == nil {
            closeParagraph()
            if offset > 0 { append("\n\n") }
            paragraphStart = offset
        } else if offset > 0 {
            append(" ")
        }
        let startsParagraph = pendingNewPar || sentences.isEmpty
        pendingNewPar = false
        let start = offset
        var outTokens: [Token] = []
        var outWords: [Word] = []
        outTokens.reserveCapacity(tokens.count)
        for (i, t) in tokens.enumerated() {
            let tStart = offset
            append(t.form)
            let span = Span(tStart, offset)
            outTokens.append(Token(form: t.form, span: span, wordRange: t.first..<(t.last + 1), spaceAfter: t.spaceAfter))
            for w in t.first...t.last {
                let p = words[w]
                outWords.append(Word(form: p.form, span: span, tokenIndex: i, lemma: p.lemma, upos: p.upos, xpos: p.xpos,
                                     feats: p.feats, head: p.head, deprel: p.deprel, misc: p.misc))
            }
            if t.spaceAfter && i < tokens.count - 1 { append(" ") }
        }
        var sentence = Sentence(span: Span(start, offset), tokens: outTokens, words: outWords, id: sentID)
        sentence.startsParagraph = startsParagraph
        sentences.append(sentence)
    }

    mutating func append(_ s: String) {
        text += s
        offset += s.unicodeScalars.count
    }

    mutating func closeParagraph() {
        if let p = paragraphStart, offset > p { paragraphs.append(Span(p, offset)) }
        paragraphStart = nil
    }

    mutating func endDocument() {
        closeParagraph()
        guard !sentences.isEmpty else { return }
        let id = docID ?? (documents.isEmpty ? defaultID : "\(defaultID)-\(documents.count + 1)")
        documents.append(Document(metadata: DocumentMetadata(id: id, origin: origin), text: text,
                                  sentences: sentences, paragraphs: paragraphs))
        text = ""; offset = 0; sentences = []; paragraphs = []
    }

    mutating func finish() -> [Document] {
        endDocument()
        return documents
    }
}

extension Substring {
    var trimmed: String {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s.removeLast() }
        return String(s)
    }
}
