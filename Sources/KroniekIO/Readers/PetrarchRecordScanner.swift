import KroniekCore

/// Reads a PETRARCH record file as PETRARCH's own validation readers do, not as strict XML.
/// PETRARCH 1 and UniversalPetrarch read these files a line at a time, looking only for
/// the tags they know (`<Sentence `, `<EventCoding`, `<Text>`, `<Parse>`, `<Stop>`) and
/// passing over everything else, so the files written for them hold things an XML
/// parser refuses: header comments that hold another `<!-- … -->`, a record opened by a
/// self-closed `<Sentence … />` and closed again by `</Sentence>`, pseudo-tags such as
/// `<PLEvent {"event": "012", …}>`, a bare `&` in text. This scanner accepts the same:
///
/// - a comment ends at the `-->` that matches its `<!--`, counting nested ones (a file
///   whose comments do not balance falls back to XML's first `-->`);
/// - a record runs from `<Sentence` (or `<Article`) to its end tag, or else to the next
///   record's start; a self-closed start tag does not end it;
/// - inside a record, `<EventCoding>`, `<Text>` and `<Parse>` are read; the content of
///   `<Text>` and `<Parse>` runs to their end tag verbatim (references decoded, comments
///   and CDATA markers removed), so `<` and `&` in text need no escaping;
/// - tags are read up to the `>` outside double quotes, attributes leniently;
/// - after `<Stop>` records are found but marked, as PETRARCH stops reading there.
///
/// Whatever it passes over is tallied in `PetrarchQuirks` and reported with its line.
struct PetrarchRecordScanner {
    private let bytes: [UInt8]
    private var i = 0
    private var line = 1
    private var scan = PetrarchScan()
    private var quirks = PetrarchQuirks()
    private var record: PetrarchRawRecord?
    private var recordSelfClosed = false
    private var inEnvironment = false

    private init(_ text: String) { bytes = Array(text.utf8) }

    static func scan(_ text: String, origin: String) -> PetrarchScan {
        var scanner = PetrarchRecordScanner(text)
        scanner.run()
        var scan = scanner.scan
        scan.warnings += scanner.quirks.warnings(origin: origin, recordsAfterStop: scan.records.filter(\.afterStop).count)
        return scan
    }

    private static let recordNames: Set<String> = ["Sentence", "Article"]
    /// Elements that only hold records or the environment.
    private static let containerNames: Set<String> = ["Validation", "Sentences", "Articles"]

    private mutating func run() {
        while i < bytes.count {
            if bytes[i] != UInt8(ascii: "<") { strayText(); continue }
            if matches("<!--", at: i) { comment(); continue }
            if matches("<!", at: i) || matches("<?", at: i) { declaration(); continue }
            guard let tag = readTag() else { continue }
            handle(tag)
        }
        closeRecord(byEndTag: false)
    }

    private mutating func handle(_ tag: PetrarchTag) {
        if Self.recordNames.contains(tag.name) {
            if tag.isClosing {
                if record == nil { quirks.note(.strayEndTag(tag.name), line: tag.line) } else { closeRecord(byEndTag: true) }
            } else {
                openRecord(tag)
            }
        } else if tag.name == "Environment" {
            inEnvironment = !tag.isClosing && !tag.isSelfClosing
        } else if tag.name == "Stop" {
            if !tag.isClosing { stop(at: tag.line) }
        } else if tag.name == "Config" {
            if !tag.isClosing { quirks.note(.configNotApplied, line: tag.line) }
        } else if tag.isClosing {
            return // end tags of the elements below were consumed with their content, or close containers
        } else if inEnvironment {
            environmentEntry(tag)
        } else if record != nil {
            recordElement(tag)
        } else if !Self.containerNames.contains(tag.name) {
            quirks.note(.elementOutsideRecords(tag.name), line: tag.line)
        }
    }

    // MARK: records

    private mutating func openRecord(_ tag: PetrarchTag) {
        if record != nil { closeRecord(byEndTag: false) }
        record = PetrarchRawRecord(start: tag, afterStop: scan.stopLine != nil)
        recordSelfClosed = tag.isSelfClosing
    }

    private mutating func closeRecord(byEndTag: Bool) {
        guard let finished = record else { return }
        if byEndTag && recordSelfClosed { quirks.note(.selfClosedRecordClosedLater, line: finished.line) }
        // A self-closed record that nothing closes is an empty record, not a quirk.
        if !byEndTag && !recordSelfClosed { quirks.note(.recordWithoutEndTag, line: finished.line) }
        scan.records.append(finished)
        record = nil
    }

    private mutating func stop(at stopLine: Int) {
        if scan.stopLine == nil {
            scan.stopLine = stopLine
            quirks.note(.stop, line: stopLine)
        }
        record?.afterStop = true
    }

    private mutating func recordElement(_ tag: PetrarchTag) {
        switch tag.name {
        case "EventCoding":
            record?.codings.append(tag)
        case "Text", "Parse":
            let content = tag.isSelfClosing ? PetrarchContent(text: "", line: tag.line) : elementContent(tag)
            if content == nil {
                record?.problem = ("<\(tag.name)> is not closed before the record ends", tag.line)
            } else if tag.name == "Text" {
                record?.text = content
            } else {
                record?.parse = content
            }
        default:
            quirks.note(.elementNotRead(tag.name), line: tag.line)
        }
    }

    // MARK: environment

    private mutating func environmentEntry(_ tag: PetrarchTag) {
        if let value = tag.attribute("name") ?? tag.attribute("categories") {
            scan.environment.append(PetrarchEnvironmentEntry(name: tag.name, value: value, line: tag.line))
        } else if !tag.isSelfClosing, let content = elementContent(tag) {
            scan.environment.append(PetrarchEnvironmentEntry(name: tag.name, value: content.text, line: tag.line))
        }
    }

    // MARK: content

    /// The content of `tag` up to its end tag, which is left for the main loop; nil (and
    /// nothing consumed) when the end tag does not come before the record or environment ends.
    private mutating func elementContent(_ tag: PetrarchTag) -> PetrarchContent? {
        guard let end = find("</" + tag.name, from: i, boundedBy: inEnvironment ? ["</Environment"] : Self.recordBoundaries) else {
            return nil
        }
        let text = PetrarchContentDecoder.decode(bytes[i..<end])
        move(to: end)
        return PetrarchContent(text: text, line: tag.line)
    }

    /// Where a record ends at the latest: its end tag or the next record's start.
    private static let recordBoundaries = ["</Sentence", "</Article", "<Sentence", "<Article"]

    /// The first `needle` (followed by a non-name byte) at or after `start` that comes
    /// before every one of `boundaries`.
    private func find(_ needle: String, from start: Int, boundedBy boundaries: [String]) -> Int? {
        let wanted = Array(needle.utf8)
        let stops = boundaries.map { Array($0.utf8) }
        var k = start
        while k < bytes.count {
            if bytes[k] == UInt8(ascii: "<") {
                if endsName(wanted, at: k) { return k }
                if stops.contains(where: { endsName($0, at: k) }) { return nil }
            }
            k += 1
        }
        return nil
    }

    /// Whether `name` is written at `k` and not followed by more of a name (`<Sentence`
    /// is not `<Sentences`).
    private func endsName(_ name: [UInt8], at k: Int) -> Bool {
        guard k + name.count <= bytes.count, bytes[k..<(k + name.count)].elementsEqual(name) else { return false }
        return k + name.count == bytes.count || !Self.isNameByte(bytes[k + name.count])
    }

    // MARK: lexical pieces

    private mutating func strayText() {
        let start = i
        while i < bytes.count, bytes[i] != UInt8(ascii: "<") { i += 1 }
        let startLine = line
        let hasText = bytes[start..<i].contains { !Self.isSpace($0) }
        move(from: start, to: i)
        if hasText { quirks.note(.strayText, line: startLine) }
    }

    /// A comment, its nested comments counted so it ends at its own `-->`.
    private mutating func comment() {
        let startLine = line
        var depth = 0
        var k = i
        var nested = false
        while k < bytes.count {
            if matches("<!--", at: k) {
                depth += 1; nested = nested || depth > 1; k += 4
            } else if matches("-->", at: k) {
                depth -= 1; k += 3
                if depth == 0 { break }
            } else {
                k += 1
            }
        }
        if depth > 0 {
            // Unbalanced: end at the first `-->` as XML does, or run to the end of the file.
            guard let first = firstIndex(of: "-->", from: i + 4) else {
                quirks.note(.unterminatedComment, line: startLine)
                move(to: bytes.count); return
            }
            move(to: first + 3); return
        }
        if nested { quirks.note(.nestedComment, line: startLine) }
        move(to: k)
    }

    /// `<?xml …?>`, `<!DOCTYPE …>`, a stray CDATA section: nothing Kroniek reads.
    private mutating func declaration() {
        let end = matches("<![CDATA[", at: i) ? firstIndex(of: "]]>", from: i).map { $0 + 3 } : firstIndex(of: ">", from: i).map { $0 + 1 }
        move(to: end ?? bytes.count)
    }

    /// The tag at `<`, or nil (and the `<` passed as text) when no name follows it.
    private mutating func readTag() -> PetrarchTag? {
        let startLine = line
        let closing = i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "/")
        let nameStart = i + (closing ? 2 : 1)
        var k = nameStart
        while k < bytes.count, Self.isNameByte(bytes[k]) { k += 1 }
        guard k > nameStart else {
            quirks.note(.strayText, line: startLine)
            move(to: i + 1)
            return nil
        }
        let name = String(decoding: bytes[nameStart..<k], as: UTF8.self)
        let close = tagEnd(from: k)
        var inner = bytes[k..<min(close, bytes.count)]
        while let last = inner.last, Self.isSpace(last) { inner = inner.dropLast() }
        let selfClosing = inner.last == UInt8(ascii: "/")
        if selfClosing { inner = inner.dropLast() }
        move(to: min(close + 1, bytes.count))
        return PetrarchTag(name: name, attributes: PetrarchAttributes.read(inner), isClosing: closing,
                           isSelfClosing: selfClosing, line: startLine)
    }

    /// The `>` that ends a tag: the first outside double quotes, so a pseudo-tag holding
    /// JSON (`<PLEvent {"a": "x>y"}>`) ends at its own `>`; when a quote is still open at
    /// the end of the line (quotes that never balance), the first `>` at all.
    private func tagEnd(from start: Int) -> Int {
        var quoted = false
        var k = start
        while k < bytes.count {
            switch bytes[k] {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ">") where !quoted: return k
            case 0x0A where quoted: return firstIndex(of: ">", from: start) ?? bytes.count
            default: break
            }
            k += 1
        }
        return firstIndex(of: ">", from: start) ?? bytes.count
    }

    private func matches(_ needle: StaticString, at position: Int) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard position + n <= bytes.count else { return false }
        for j in 0..<n where bytes[position + j] != needle.utf8Start[j] { return false }
        return true
    }

    private func firstIndex(of needle: StaticString, from start: Int) -> Int? {
        var k = start
        while k < bytes.count {
            if matches(needle, at: k) { return k }
            k += 1
        }
        return nil
    }

    private mutating func move(to target: Int) { move(from: i, to: target) }

    /// Moves the cursor from `start` to `target`, counting the line breaks between.
    private mutating func move(from start: Int, to target: Int) {
        for k in start..<max(start, target) where bytes[k] == 0x0A { line += 1 }
        i = target
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        b >= 0x80 || (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            || b == UInt8(ascii: "_") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") || b == UInt8(ascii: ":")
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
