import KroniekCore

/// A document as JSON, for `kroniek read` and any command that shows documents:
/// metadata, text, paragraph spans, and sentences with their tokens and words.
/// Spans are `[start, end]` Unicode-scalar offsets into `text`; a word's `head` is the
/// 0-based index of its head word in the sentence, -1 for the root.
public enum DocumentJSON {
    public static func value(_ document: Document) -> JSONValue {
        var members = head(document)
        members.append(("sentences", .array(document.sentences.map(sentence))))
        members += tail(document)
        return .object(members)
    }

    /// Writes the document as JSON, handing out chunks of about `chunkSize` bytes as it
    /// goes, so a document with millions of tokens never exists as one JSON tree or buffer.
    public static func write(_ document: Document, indented: Bool, chunkSize: Int = 1 << 20, emit: ([UInt8]) -> Void) {
        let writer = JSONWriter(indented: indented)
        var out: [UInt8] = []
        writer.open("{", into: &out)
        for (n, m) in head(document).enumerated() { writer.member(m.key, m.value, first: n == 0, level: 0, into: &out) }
        writer.member("sentences", nil, first: false, level: 0, into: &out)
        writer.open("[", into: &out)
        for (n, s) in document.sentences.enumerated() {
            writer.element(sentence(s), first: n == 0, level: 1, into: &out)
            if out.count >= chunkSize { emit(out); out.removeAll(keepingCapacity: true) }
        }
        writer.close("]", empty: document.sentences.isEmpty, level: 1, into: &out)
        for m in tail(document) { writer.member(m.key, m.value, first: false, level: 0, into: &out) }
        writer.close("}", empty: false, level: 0, into: &out)
        emit(out)
    }

    /// Metadata, text and paragraphs: the members before the sentences.
    private static func head(_ document: Document) -> [(key: String, value: JSONValue)] {
        let m = document.metadata
        var members: [(key: String, value: JSONValue)] = [("id", .string(m.id))]
        func add(_ key: String, _ value: String?) { if let v = value { members.append((key, .string(v))) } }
        add("title", m.title)
        add("url", m.url)
        add("outlet", m.outlet)
        add("language", m.language?.rawValue)
        add("date", m.date?.description)
        add("origin", m.origin)
        if !m.extra.isEmpty {
            members.append(("extra", .object(m.extra.sorted { $0.key < $1.key }.map { ($0.key, embedded($0.value)) })))
        }
        members.append(("text", .string(document.text)))
        members.append(("paragraphs", .array(document.paragraphs.map(span))))
        return members
    }

    /// The members after the sentences.
    private static func tail(_ document: Document) -> [(key: String, value: JSONValue)] {
        document.goldCodings.isEmpty ? [] : [("goldCodings", .array(document.goldCodings.map(gold)))]
    }

    /// `extra` holds JSON text; it is embedded as the value it denotes, or as a string
    /// when it is not JSON.
    private static func embedded(_ jsonText: String) -> JSONValue {
        if let values = try? JSONParser.parseAll(jsonText), values.count == 1 { return values[0] }
        return .string(jsonText)
    }

    public static func span(_ s: Span) -> JSONValue { .array([.int(s.start), .int(s.end)]) }

    public static func sentence(_ s: Sentence) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("span", span(s.span))]
        if let id = s.id { members.append(("id", .string(id))) }
        if let language = s.language { members.append(("language", .string(language.rawValue))) }
        if s.startsParagraph { members.append(("startsParagraph", .bool(true))) }
        members.append(("tokens", .array(s.tokens.map { token($0, in: s) })))
        return .object(members)
    }

    public static func token(_ t: Token, in s: Sentence) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("form", .string(t.form)), ("span", span(t.span))]
        if !t.spaceAfter { members.append(("spaceAfter", .bool(false))) }
        let words = t.wordRange.clamped(to: s.words.indices).map { word(s.words[$0]) }
        members.append(("words", .array(words)))
        return .object(members)
    }

    public static func word(_ w: Word) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [("form", .string(w.form))]
        func add(_ key: String, _ value: String?) { if let v = value, !v.isEmpty { members.append((key, .string(v))) } }
        add("lemma", w.lemma)
        add("upos", w.upos?.rawValue)
        add("xpos", w.xpos)
        add("feats", w.feats)
        if let head = w.head { members.append(("head", .int(head))) }
        add("deprel", w.deprel)
        add("misc", w.misc)
        return .object(members)
    }

    public static func gold(_ g: GoldCoding) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            ("eventCode", .string(g.eventCode)), ("sourceCode", .string(g.sourceCode)), ("targetCode", .string(g.targetCode)),
        ]
        if let i = g.sentenceIndex { members.append(("sentenceIndex", .int(i))) }
        return .object(members)
    }
}
