import KroniekCore

/// Reads one input (a file or standard input) into documents, whatever its format,
/// and says what went wrong in terms a user can act on.
///
/// Bytes first: a binary file is refused; invalid UTF-8 is decoded with U+FFFD
/// replacement and a warning giving the offset of the first bad byte; an empty (or
/// all-whitespace) input gives a warning and no document. Then the format — forced,
/// from the extension, or sniffed — picks the reader.
public struct DocumentLoader: Sendable {
    /// The format to use for every input; nil chooses by extension, then by content.
    public var format: InputFormat?

    public init(format: InputFormat? = nil) { self.format = format }

    public func load(_ item: InputItem) -> ReadOutcome {
        let bytes: Result<[UInt8], SystemError>
        switch item {
        case .standardInput: bytes = FileSystem.readAll(fd: 0)
        case .file(let path): bytes = FileSystem.readAll(path: path)
        }
        switch bytes {
        case .success(let data):
            let defaultID: String
            switch item {
            case .standardInput: defaultID = "stdin"
            case .file(let path): defaultID = path.baseNameWithoutExtension
            }
            return load(bytes: data, origin: item.origin, defaultID: defaultID)
        case .failure(let error):
            var outcome = ReadOutcome(origin: item.origin)
            outcome.errors.append(InputError(origin: item.origin, message: "cannot read: \(error)"))
            return outcome
        }
    }

    /// Reads `bytes` as if they came from `origin` (whose extension may choose the format).
    public func load(bytes: [UInt8], origin: String, defaultID: String) -> ReadOutcome {
        var outcome = ReadOutcome(origin: origin)
        // UTF-16 (as some Windows tools export) is recognised by its byte-order mark and
        // converted; without the mark its NUL bytes make it look binary.
        if let utf8 = ByteInspection.utf8FromUTF16(bytes) {
            outcome.warnings.append(InputError(origin: origin, message: "UTF-16 text, converted to UTF-8"))
            return load(utf8, origin: origin, defaultID: defaultID, into: outcome)
        }
        return load(bytes, origin: origin, defaultID: defaultID, into: outcome)
    }

    private func load(_ bytes: [UInt8], origin: String, defaultID: String, into start: ReadOutcome) -> ReadOutcome {
        var outcome = start
        let prepared: (text: String, format: InputFormat)? = bytes.withUnsafeBufferPointer { buffer in
            if ByteInspection.looksBinary(buffer) {
                outcome.errors.append(InputError(origin: origin, message: "binary data (NUL bytes or control characters), skipped"))
                return nil
            }
            let bom = ByteInspection.byteOrderMarkLength(buffer)
            let body = UnsafeBufferPointer(rebasing: buffer[bom...])
            if let bad = ByteInspection.firstInvalidUTF8Offset(body) {
                outcome.warnings.append(InputError(origin: origin, byteOffset: bad + bom,
                                                   message: "invalid UTF-8; bad bytes replaced by U+FFFD"))
            }
            guard body.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) else {
                outcome.warnings.append(InputError(origin: origin, message: bytes.isEmpty ? "empty file, no document" : "only whitespace, no document"))
                return nil
            }
            let chosen = format ?? (origin.pathExtension.flatMap(InputFormat.init(fileExtension:)) ?? FormatSniffer.sniff(body))
            return (String(decoding: body, as: UTF8.self), chosen)
        }
        guard let (text, chosenFormat) = prepared else { return outcome }
        let source = SourceText(text: text, origin: origin, defaultID: defaultID)
        do {
            try DocumentLoader.reader(for: chosenFormat).read(source, into: &outcome)
        } catch {
            outcome.errors.append(error)
        }
        return outcome
    }

    static func reader(for format: InputFormat) -> any DocumentReader {
        switch format {
        case .text: return PlainTextDocumentReader()
        case .json: return JSONDocumentReader(lines: false)
        case .jsonl: return JSONDocumentReader(lines: true)
        case .html: return HTMLReader()
        case .rss, .atom: return FeedReader()
        case .petrarch: return PetrarchReader()
        case .conllu: return CoNLLUDocumentReader()
        }
    }
}

/// The plain-text and CoNLL-U readers predate `DocumentReader`; these adapt them.
struct PlainTextDocumentReader: DocumentReader {
    func read(_ source: SourceText, into outcome: inout ReadOutcome) throws(InputError) {
        outcome.documents.append(PlainTextReader().read(source.text, origin: source.origin, defaultID: source.defaultID))
    }
}

struct CoNLLUDocumentReader: DocumentReader {
    func read(_ source: SourceText, into outcome: inout ReadOutcome) throws(InputError) {
        do {
            outcome.documents += try CoNLLUReader().read(source.text, origin: source.origin, defaultID: source.defaultID,
                                                         warnings: &outcome.warnings)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(origin: source.origin, message: "\(error)")
        }
    }
}

