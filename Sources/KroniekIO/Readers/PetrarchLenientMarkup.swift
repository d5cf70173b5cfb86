/// Attributes of a tag in a PETRARCH record file, read as PETRARCH reads them: `name="value"`,
/// `name='value'`, an unquoted `name=value`, or a bare `name` (value ""). Nothing here is
/// an error; what cannot be an attribute is passed over.
enum PetrarchAttributes {
    static func read(_ bytes: ArraySlice<UInt8>) -> [(name: String, value: String)] {
        var out: [(name: String, value: String)] = []
        var k = bytes.startIndex
        let end = bytes.endIndex
        func skipSpace(_ j: inout Int) { while j < end, PetrarchRecordScanner.isSpace(bytes[j]) { j += 1 } }
        while k < end {
            skipSpace(&k)
            let nameStart = k
            while k < end, !PetrarchRecordScanner.isSpace(bytes[k]), bytes[k] != UInt8(ascii: "=") { k += 1 }
            guard k > nameStart else { k += 1; continue }
            let name = String(decoding: bytes[nameStart..<k], as: UTF8.self)
            var j = k
            skipSpace(&j)
            guard j < end, bytes[j] == UInt8(ascii: "=") else { out.append((name, "")); continue }
            j += 1
            skipSpace(&j)
            let quote = j < end && (bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'")) ? bytes[j] : nil
            let valueStart = quote == nil ? j : j + 1
            var valueEnd = valueStart
            while valueEnd < end, quote.map({ bytes[valueEnd] != $0 }) ?? !PetrarchRecordScanner.isSpace(bytes[valueEnd]) { valueEnd += 1 }
            out.append((name, bytes[valueStart..<valueEnd].withUnsafeBufferPointer { CharacterEntities.decode($0) }))
            k = quote == nil ? valueEnd : min(valueEnd + 1, end)
        }
        return out
    }
}

/// The text of an element's content as XML gives it (character references decoded,
/// comments dropped, CDATA sections verbatim), except that a bare `&` or `<`, which XML
/// refuses, stays as written.
enum PetrarchContentDecoder {
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var out = ""
        var segment = bytes.startIndex
        var k = segment
        func flush(upTo end: Int) {
            out += bytes[segment..<end].withUnsafeBufferPointer { CharacterEntities.decode($0) }
        }
        while k < bytes.endIndex {
            if bytes[k] != UInt8(ascii: "<") {
                k += 1
            } else if starts(bytes, "<!--", at: k) {
                flush(upTo: k)
                k = index(bytes, of: "-->", from: k + 4).map { $0 + 3 } ?? bytes.endIndex
                segment = k
            } else if starts(bytes, "<![CDATA[", at: k) {
                flush(upTo: k)
                let close = index(bytes, of: "]]>", from: k + 9) ?? bytes.endIndex
                out += String(decoding: bytes[(k + 9)..<close], as: UTF8.self)
                k = min(close + 3, bytes.endIndex)
                segment = k
            } else {
                k += 1
            }
        }
        flush(upTo: bytes.endIndex)
        return out
    }

    private static func starts(_ bytes: ArraySlice<UInt8>, _ needle: String, at k: Int) -> Bool {
        let n = needle.utf8.count
        return k + n <= bytes.endIndex && bytes[k..<(k + n)].elementsEqual(needle.utf8)
    }

    private static func index(_ bytes: ArraySlice<UInt8>, of needle: String, from start: Int) -> Int? {
        var k = start
        while k < bytes.endIndex {
            if starts(bytes, needle, at: k) { return k }
            k += 1
        }
        return nil
    }
}
