import KroniekCore

/// Reads PETRARCH XML: validation files (`<Validation>` / `<Sentences>` of `<Sentence>`
/// records) and input files (`<Articles>` of `<Article>` records). Each record is one
/// document:
///
/// - id and date (`19950101`, or ISO) from the record's attributes; the category from its
///   `category` attribute or else the id's prefix before `_` (`DEMO_00` → `DEMO`), kept
///   with the other attributes in `metadata.extra`;
/// - text: the `<Text>` element, trimmed at both ends, otherwise verbatim;
/// - `<EventCoding eventcode= sourcecode= targetcode=>` → `goldCodings`; a coding that
///   says `noevents` or `error` is kept in `extra` (`noevents`, `codingError`);
/// - `<Parse>` holding CoNLL-U → pre-parsed sentences whose tokens are aligned to the
///   text; a Penn Treebank parse (starts with `(`) is kept in `extra["treebankParse"]`.
public struct PetrarchReader: DocumentReader {
    public init() {}

    /// A validation file's `<Environment>`: the dictionary files it was coded with, by
    /// element name (`Verbfile`, `Actorfile`, `Agentfile`, `Discardfile`, …), in order.
    public struct Environment: Sendable {
        public var files: [String: [String]] = [:]
    }

    /// Reads a whole PETRARCH file: its environment and its records (with the
    /// warnings and per-record errors of `outcome`).
    public func read(_ text: String, origin: String, defaultID: String) throws(InputError) -> (environment: Environment, outcome: ReadOutcome) {
        let root = try parse(text, origin: origin)
        var environment = Environment()
        for element in root.descendants(where: { $0.name == "Environment" }).first?.elements ?? [] {
            let value = element.textContent.trimmedWhitespace
            if !value.isEmpty { environment.files[element.name, default: []].append(value) }
        }
        var outcome = ReadOutcome(origin: origin)
        readRecords(root, SourceText(text: text, origin: origin, defaultID: defaultID), into: &outcome)
        return (environment, outcome)
    }

    func read(_ source: SourceText, into outcome: inout ReadOutcome) throws(InputError) {
        readRecords(try parse(source.text, origin: source.origin), source, into: &outcome)
    }

    private func parse(_ text: String, origin: String) throws(InputError) -> MarkupElement {
        do { return try MarkupTree.parse(text, mode: .xml) } catch {
            throw InputError(origin: origin, line: error.line, message: "malformed XML: \(error.message)")
        }
    }

    private func readRecords(_ root: MarkupElement, _ source: SourceText, into outcome: inout ReadOutcome) {
        let records = root.descendants { $0.name == "Sentence" || $0.name == "Article" }
        if records.isEmpty {
            outcome.warnings.append(InputError(origin: source.origin, message: "no <Sentence> or <Article> records, no document"))
        }
        for (index, record) in records.enumerated() {
            do { outcome.documents.append(try document(record, index: index, source: source, warnings: &outcome.warnings)) }
            catch { outcome.errors.append(error) }
        }
    }

    private func document(_ record: MarkupElement, index: Int, source: SourceText,
                          warnings: inout [InputError]) throws(InputError) -> Document {
        let json = JSONWriter()
        var metadata = DocumentMetadata(id: record.attribute("id") ?? source.recordID(index), origin: source.origin)
        for (name, value) in record.attributes where name != "id" && name != "date" {
            metadata.extra[name] = json.string(.string(value))
        }
        if metadata.extra["category"] == nil, let id = record.attribute("id"), let underscore = id.firstIndex(of: "_") {
            metadata.extra["category"] = json.string(.string(String(id[..<underscore])))
        }
        if let raw = record.attribute("date") {
            if let date = PartialDate(iso: raw) { metadata.date = date }
            else { warnings.append(InputError(origin: source.origin, line: record.line, message: "record '\(metadata.id)': unrecognised date '\(raw)'")) }
        }
        guard let textElement = record.child("Text") else {
            throw InputError(origin: source.origin, line: record.line, message: "record '\(metadata.id)' has no <Text>")
        }
        var text = textElement.textContent.trimmedWhitespace
        var gold: [GoldCoding] = []
        for coding in record.children("EventCoding") {
            if let event = coding.attribute("eventcode") {
                gold.append(GoldCoding(eventCode: event, sourceCode: coding.attribute("sourcecode") ?? "",
                                       targetCode: coding.attribute("targetcode") ?? ""))
            }
            if let none = coding.attribute("noevents") { metadata.extra["noevents"] = json.string(.string(none)) }
            if let error = coding.attribute("error") { metadata.extra["codingError"] = json.string(.string(error)) }
        }
        var sentences: [Sentence] = []
        if let parse = record.child("Parse")?.textContent.trimmedWhitespace, !parse.isEmpty {
            if parse.hasPrefix("(") {
                metadata.extra["treebankParse"] = json.string(.string(parse))
            } else {
                let conllu = parse.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.drop { $0 == " " || $0 == "\t" } }.joined(separator: "\n") + "\n"
                let parsed: [Document]
                do { parsed = try CoNLLUReader().read(conllu, origin: source.origin, defaultID: metadata.id) } catch let error as InputError {
                    let line = (record.child("Parse")?.line ?? record.line) + (error.line ?? 1) - 1
                    throw InputError(origin: source.origin, line: line, message: "record '\(metadata.id)': bad CoNLL-U in <Parse>: \(error.message)")
                } catch {
                    throw InputError(origin: source.origin, line: record.line, message: "record '\(metadata.id)': \(error)")
                }
                let parsedSentences = parsed.flatMap(\.sentences)
                if let aligned = TokenAligner.align(parsedSentences, to: text) {
                    sentences = aligned
                } else if let rebuilt = parsed.first, parsed.count == 1 {
                    warnings.append(InputError(origin: source.origin, line: record.line,
                                               message: "record '\(metadata.id)': <Parse> tokens do not match <Text>; text rebuilt from the parse, original kept in extra"))
                    metadata.extra["originalText"] = json.string(.string(text))
                    text = rebuilt.text
                    sentences = rebuilt.sentences
                }
            }
        }
        return Document(metadata: metadata, text: text, sentences: sentences,
                        paragraphs: PlainTextReader.paragraphs(in: text), goldCodings: gold)
    }
}

/// Moves pre-tokenized sentences onto a text they were made from: each token is found
/// at the next non-space position, so spans point into that text. Parsers trained on the
/// Penn Treebank escape brackets (`-LRB-`) and normalise quotes (`` `` ``, `''`); such a
/// token matches the character it stands for, and the token's form becomes that text
/// (the word keeps the parser's form). Fails (nil) when a token is not found.
enum TokenAligner {
    static let bracketEscapes: [String: Unicode.Scalar] = [
        "-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
    ]
    static let quoteForms: Set<String> = ["``", "''", "\"", "'", "‘", "’", "“", "”", "„", "«", "»"]
    static let quoteCharacters: Set<Unicode.Scalar> = ["\"", "'", "‘", "’", "“", "”", "„", "«", "»", "`"]

    static func align(_ sentences: [Sentence], to text: String) -> [Sentence]? {
        let scalars = ScalarText(text).scalars
        var cursor = 0
        var result: [Sentence] = []
        for var sentence in sentences {
            for t in sentence.tokens.indices {
                while cursor < scalars.count, scalars[cursor].isWhiteSpace { cursor += 1 }
                guard let length = matchLength(sentence.tokens[t].form, scalars, at: cursor) else { return nil }
                let span = Span(cursor, cursor + length)
                cursor += length
                sentence.tokens[t].form = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                sentence.tokens[t].span = span
                sentence.tokens[t].spaceAfter = cursor < scalars.count && scalars[cursor].isWhiteSpace
                for w in sentence.tokens[t].wordRange where w < sentence.words.count { sentence.words[w].span = span }
            }
            if let first = sentence.tokens.first, let last = sentence.tokens.last {
                sentence.span = Span(first.span.start, last.span.end)
            }
            result.append(sentence)
        }
        return result
    }

    /// How many scalars of `scalars` at `position` the token `form` covers, or nil.
    private static func matchLength(_ form: String, _ scalars: [Unicode.Scalar], at position: Int) -> Int? {
        let formScalars = Array(form.unicodeScalars)
        if position + formScalars.count <= scalars.count,
           scalars[position..<(position + formScalars.count)].elementsEqual(formScalars) { return formScalars.count }
        guard position < scalars.count else { return nil }
        if let bracket = bracketEscapes[form], scalars[position] == bracket { return 1 }
        if quoteForms.contains(form), quoteCharacters.contains(scalars[position]) {
            // `` and '' may stand for two ASCII characters in the text.
            if form.count == 2, position + 1 < scalars.count, scalars[position + 1] == scalars[position] { return 2 }
            return 1
        }
        return nil
    }
}
