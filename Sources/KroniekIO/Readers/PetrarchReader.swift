import KroniekCore

/// Reads PETRARCH record files: validation files (`<Validation>` / `<Sentences>` of
/// `<Sentence>` records) and input files (`<Articles>` of `<Article>` records), as
/// PETRARCH's own readers accept them rather than as strict XML (`PetrarchRecordScanner`
/// says what that allows). Each record is one document:
///
/// - id and date (`19950101`, or ISO) from the record's attributes; the other attributes
///   (`category`, `evaluate`, `source`, …) kept as written in `metadata.extra`;
/// - text: the `<Text>` element, trimmed at both ends, otherwise verbatim;
/// - `<EventCoding eventcode= sourcecode= targetcode=>` → `goldCodings` (an isolated
///   agent's `~GOV` is `---GOV`, as UniversalPetrarch's validation reads it); a coding
///   that says `noevents` or `error` is kept in `extra` (`noevents`, `codingError`);
/// - `<Parse>` holding CoNLL-U → pre-parsed sentences whose tokens are aligned to the
///   text; a Penn Treebank parse (starts with `(`) is kept in `extra["treebankParse"]`.
///
/// Records after a `<Stop>` are skipped (counted in the outcome), as PETRARCH stops there.
public struct PetrarchReader: DocumentReader {
    public init() {}

    /// A validation file's `<Environment>`: the dictionary files it was coded with and
    /// the categories it selects.
    public struct Environment: Sendable {
        /// File names by element name (`Verbfile`, `Actorfile`, `Agentfile`, `Discardfile`,
        /// `PICOfile`, …), in order; a comma-separated list gives several.
        public var files: [String: [String]] = [:]
        /// The line of each element, for messages about the names it gives.
        public var lines: [String: Int] = [:]
        /// `<Include>` categories (PETRARCH's `valid` keyword among them), if given.
        public var include: [String]?
        /// `<Exclude>` categories, if given.
        public var exclude: [String]?
    }

    /// Reads a whole PETRARCH file: its environment and its records (with the
    /// warnings, per-record errors and skipped records of `outcome`).
    public func read(_ text: String, origin: String, defaultID: String) -> (environment: Environment, outcome: ReadOutcome) {
        let scan = PetrarchRecordScanner.scan(text, origin: origin)
        var outcome = ReadOutcome(origin: origin)
        readRecords(scan, SourceText(text: text, origin: origin, defaultID: defaultID), into: &outcome)
        return (Self.environment(scan.environment), outcome)
    }

    func read(_ source: SourceText, into outcome: inout ReadOutcome) {
        readRecords(PetrarchRecordScanner.scan(source.text, origin: source.origin), source, into: &outcome)
    }

    static func environment(_ entries: [PetrarchEnvironmentEntry]) -> Environment {
        var environment = Environment()
        for entry in entries {
            let value = entry.value.trimmedWhitespace
            guard !value.isEmpty else { continue }
            environment.lines[entry.name] = environment.lines[entry.name] ?? entry.line
            switch entry.name {
            case "Include": environment.include = (environment.include ?? []) + value.split(whereSeparator: \.isWhitespace).map(String.init)
            case "Exclude": environment.exclude = (environment.exclude ?? []) + value.split(whereSeparator: \.isWhitespace).map(String.init)
            default:
                let names = value.split(separator: ",").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
                environment.files[entry.name, default: []] += names
            }
        }
        return environment
    }

    private func readRecords(_ scan: PetrarchScan, _ source: SourceText, into outcome: inout ReadOutcome) {
        outcome.warnings += scan.warnings
        if scan.records.isEmpty {
            outcome.warnings.append(InputError(origin: source.origin, message: "no <Sentence> or <Article> records, no document"))
        }
        for (index, record) in scan.records.enumerated() {
            let id = record.attribute("id") ?? source.recordID(index)
            if record.afterStop {
                outcome.skipped.append(SkippedRecord(id: id, reason: "after <Stop>"))
                continue
            }
            do { outcome.documents.append(try document(record, id: id, source: source, warnings: &outcome.warnings)) }
            catch { outcome.errors.append(error) }
        }
    }

    private func document(_ record: PetrarchRawRecord, id: String, source: SourceText,
                          warnings: inout [InputError]) throws(InputError) -> Document {
        let json = JSONWriter()
        if let problem = record.problem {
            throw InputError(origin: source.origin, line: problem.line, message: "record '\(id)': \(problem.message)")
        }
        var metadata = DocumentMetadata(id: id, origin: source.origin)
        for (name, value) in record.start.attributes where name != "id" && name != "date" {
            metadata.extra[name] = json.string(.string(value))
        }
        if let raw = record.attribute("date") {
            if let date = PartialDate(iso: raw) { metadata.date = date }
            else { warnings.append(InputError(origin: source.origin, line: record.line, message: "record '\(id)': unrecognised date '\(raw)'")) }
        }
        guard let textContent = record.text else {
            throw InputError(origin: source.origin, line: record.line, message: "record '\(id)' has no <Text>")
        }
        var text = textContent.text.trimmedWhitespace
        var gold: [GoldCoding] = []
        for coding in record.codings {
            if let event = coding.attribute("eventcode") {
                gold.append(GoldCoding(eventCode: event, sourceCode: Self.actorCode(coding.attribute("sourcecode")),
                                       targetCode: Self.actorCode(coding.attribute("targetcode"))))
            }
            if let none = coding.attribute("noevents") { metadata.extra["noevents"] = json.string(.string(none)) }
            if let error = coding.attribute("error") { metadata.extra["codingError"] = json.string(.string(error)) }
        }
        var sentences: [Sentence] = []
        if let parseContent = record.parse, case let parse = parseContent.text.trimmedWhitespace, !parse.isEmpty {
            if parse.hasPrefix("(") {
                metadata.extra["treebankParse"] = json.string(.string(parse))
            } else {
                let conllu = parse.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.drop { $0 == " " || $0 == "\t" } }.joined(separator: "\n") + "\n"
                let parsed: [Document]
                do { parsed = try CoNLLUReader().read(conllu, origin: source.origin, defaultID: metadata.id) } catch let error as InputError {
                    let line = parseContent.line + (error.line ?? 1) - 1
                    throw InputError(origin: source.origin, line: line, message: "record '\(id)': bad CoNLL-U in <Parse>: \(error.message)")
                } catch {
                    throw InputError(origin: source.origin, line: record.line, message: "record '\(id)': \(error)")
                }
                let parsedSentences = parsed.flatMap(\.sentences)
                if let aligned = TokenAligner.align(parsedSentences, to: text) {
                    sentences = aligned
                } else if let rebuilt = parsed.first, parsed.count == 1 {
                    warnings.append(InputError(origin: source.origin, line: record.line,
                                               message: "record '\(id)': <Parse> tokens do not match <Text>; text rebuilt from the parse, original kept in extra"))
                    metadata.extra["originalText"] = json.string(.string(text))
                    text = rebuilt.text
                    sentences = rebuilt.sentences
                }
            }
        }
        return Document(metadata: metadata, text: text, sentences: sentences,
                        paragraphs: PlainTextReader.paragraphs(in: text), goldCodings: gold)
    }

    /// A gold actor code; UniversalPetrarch's validation reads an isolated agent written
    /// `~GOV` as `---GOV`, the code its coder gives an agent without a country.
    static func actorCode(_ written: String?) -> String {
        guard let written else { return "" }
        return written.hasPrefix("~") ? "---" + written.dropFirst() : written
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
