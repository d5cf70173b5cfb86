import KroniekCore

/// Reads a plain-text article.
///
/// The articles Kroniek is built for carry their date in a header on the first line:
/// ` date 2021-12 De Amerikaanse president …` — optional leading whitespace, the word
/// `date`, an ISO date (`2021`, `2021-12` or `2021-12-30`), then the article's first
/// words on the same line. The date goes to the metadata and the text starts at the
/// first word after it. Without such a header the whole file is the text. The text is
/// otherwise kept verbatim; paragraphs are the spans between blank lines.
public struct PlainTextReader: Sendable {
    public init() {}

    public func read(_ content: String, origin: String, defaultID: String) -> Document {
        var metadata = DocumentMetadata(id: defaultID, origin: origin)
        var text = content
        if let (date, bodyStart) = PlainTextReader.dateHeader(content) {
            metadata.date = date
            text = String(content.unicodeScalars[bodyStart...])
        }
        return Document(metadata: metadata, text: text, paragraphs: PlainTextReader.paragraphs(in: text))
    }

    /// The header date and where the body starts, when the first line has the header.
    static func dateHeader(_ content: String) -> (PartialDate, String.UnicodeScalarView.Index)? {
        let scalars = content.unicodeScalars
        var i = scalars.startIndex
        func skip(_ set: (Unicode.Scalar) -> Bool) { while i < scalars.endIndex, set(scalars[i]) { i = scalars.index(after: i) } }
        let isBlank: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" }
        skip(isBlank)
        for expected in "date".unicodeScalars {
            guard i < scalars.endIndex, scalars[i].properties.lowercaseMapping == String(expected) else { return nil }
            i = scalars.index(after: i)
        }
        let afterKeyword = i
        skip(isBlank)
        guard i > afterKeyword else { return nil }
        let dateStart = i
        skip { !$0.isWhiteSpace }
        guard let date = PartialDate(iso: String(scalars[dateStart..<i])) else { return nil }
        // The body follows on the same line; if the header stands alone, on the next ones.
        skip { $0.isWhiteSpace }
        return (date, i)
    }

    /// Spans of the blank-line separated paragraphs, each trimmed of surrounding whitespace.
    public static func paragraphs(in text: String) -> [Span] {
        var spans: [Span] = []
        var offset = 0
        var start: Int?
        var end = 0
        var lineIsBlank = true
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if lineIsBlank, let s = start { spans.append(Span(s, end)); start = nil }
                lineIsBlank = true
            } else if !scalar.isWhiteSpace {
                if start == nil { start = offset }
                end = offset + 1
                lineIsBlank = false
            }
            offset += 1
        }
        if let s = start { spans.append(Span(s, end)) }
        return spans
    }
}
