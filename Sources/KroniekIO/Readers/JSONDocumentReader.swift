import KroniekCore

/// Reads articles from JSON and JSON Lines.
///
/// A record is an object with any of `id`, `date` (ISO, any precision), `lang` (or
/// `language`), `title`, `text`, `url`, `outlet`; `text` is required. Other fields are
/// kept in `metadata.extra` as their JSON text. A JSON file holds one record or an array
/// of records; a JSON Lines file one record per line. In JSON Lines a bad line is an
/// error for that line only: the other lines are still read.
public struct JSONDocumentReader: DocumentReader {
    public var linesFormat: Bool
    public init(lines: Bool) { linesFormat = lines }

    func read(_ source: SourceText, into outcome: inout ReadOutcome) throws(InputError) {
        if linesFormat { readLines(source, into: &outcome); return }
        let values: [JSONValue]
        do { values = try JSONParser.parseAll(source.text) } catch {
            throw InputError(origin: source.origin, line: error.line, message: "malformed JSON: \(error.message)")
        }
        var records: [JSONValue] = []
        for value in values {
            if case .array(let elements) = value { records.append(contentsOf: elements) } else { records.append(value) }
        }
        if records.isEmpty {
            outcome.warnings.append(InputError(origin: source.origin, message: "no records, no document"))
        }
        for (index, record) in records.enumerated() {
            let id = records.count == 1 ? source.defaultID : source.recordID(index)
            do { outcome.documents.append(try document(record, defaultID: id, origin: source.origin, line: nil, warnings: &outcome.warnings)) }
            catch { outcome.errors.append(error) }
        }
    }

    private func readLines(_ source: SourceText, into outcome: inout ReadOutcome) {
        var text = source.text
        text.withUTF8 { bytes in
            var lineStart = 0
            var lineNumber = 0
            var recordIndex = 0
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { continue }
                do {
                    let values = try JSONParser.parseAll(line, firstLine: lineNumber)
                    if values.count == 1 {
                        outcome.documents.append(try document(values[0], defaultID: source.recordID(recordIndex), origin: source.origin,
                                                              line: lineNumber, warnings: &outcome.warnings))
                    } else {
                        outcome.errors.append(InputError(origin: source.origin, line: lineNumber, message: "malformed JSON Lines: \(values.count) values on one line"))
                    }
                } catch let error as JSONParser.SyntaxError {
                    outcome.errors.append(InputError(origin: source.origin, line: error.line, message: "malformed JSON: \(error.message)"))
                } catch let error as InputError {
                    outcome.errors.append(error)
                } catch {
                    outcome.errors.append(InputError(origin: source.origin, line: lineNumber, message: "\(error)"))
                }
                recordIndex += 1
            }
        }
    }

    private func document(_ record: JSONValue, defaultID: String, origin: String, line: Int?,
                          warnings: inout [InputError]) throws(InputError) -> Document {
        guard case .object(let members) = record else {
            throw InputError(origin: origin, line: line, message: "a record must be a JSON object")
        }
        var metadata = DocumentMetadata(id: defaultID, origin: origin)
        var text: String?
        let compact = JSONWriter()
        for (key, value) in members {
            switch (key, value) {
            case ("id", .string(let s)), ("id", .number(let s)): metadata.id = s
            case ("text", .string(let s)): text = s
            case ("title", .string(let s)): metadata.title = s
            case ("url", .string(let s)): metadata.url = s
            case ("outlet", .string(let s)): metadata.outlet = s
            case ("lang", .string(let s)), ("language", .string(let s)): metadata.language = Language(s)
            case ("date", .string(let s)) where PartialDate(iso: s) != nil: metadata.date = PartialDate(iso: s)
            case (_, .null): continue
            default:
                if ["id", "text", "title", "url", "outlet", "lang", "language", "date"].contains(key) {
                    warnings.append(InputError(origin: origin, line: line, message: "field '\(key)' has an unusable value \(compact.string(value)); kept in extra"))
                }
                metadata.extra[key] = compact.string(value)
            }
        }
        guard let body = text else {
            throw InputError(origin: origin, line: line, message: "record '\(metadata.id)' has no \"text\" field")
        }
        return Document(metadata: metadata, text: body, paragraphs: PlainTextReader.paragraphs(in: body))
    }
}
