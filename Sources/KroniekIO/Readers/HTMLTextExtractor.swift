import KroniekCore

/// Pulls readable paragraphs out of an HTML element tree: headings, paragraphs, list
/// items, quotes and table cells each become one paragraph, with whitespace collapsed.
/// Boilerplate is dropped: scripts, styles, navigation, asides, forms, page footers, and
/// page headers (a `<header>` inside `<article>` or `<main>` is kept: it holds the headline).
enum HTMLTextExtractor {
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe", "button",
        "select", "footer", "head", "object", "canvas",
    ]
    static let paragraphBreaks: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
        "main", "header", "td", "th", "tr", "dd", "dt", "figcaption", "br", "hr", "ul", "ol", "table", "dl", "figure", "address",
    ]

    static func paragraphs(in root: MarkupElement) -> [String] {
        var collector = Collector()
        collector.walk(root, insideArticle: root.name == "article" || root.name == "main")
        collector.flush()
        return collector.paragraphs
    }

    /// The paragraphs joined by blank lines, and the span of each in the joined text.
    static func join(_ paragraphs: [String]) -> (text: String, spans: [Span]) {
        var text = ""
        var spans: [Span] = []
        var offset = 0
        for paragraph in paragraphs {
            if offset > 0 { text += "\n\n"; offset += 2 }
            let length = paragraph.unicodeScalars.count
            text += paragraph
            spans.append(Span(offset, offset + length))
            offset += length
        }
        return (text, spans)
    }

    private struct Collector {
        var paragraphs: [String] = []
        /// UTF-8 of the paragraph being collected (byte appends are much cheaper than
        /// appending scalars to a String).
        var current: [UInt8] = []
        var pendingSpace = false

        mutating func walk(_ element: MarkupElement, insideArticle: Bool) {
            for child in element.children {
                switch child {
                case .text(let text): add(text)
                case .element(let e):
                    if HTMLTextExtractor.skipped.contains(e.name) { continue }
                    if e.name == "header" && !insideArticle { continue }
                    let breaks = HTMLTextExtractor.paragraphBreaks.contains(e.name)
                    if breaks { flush() }
                    walk(e, insideArticle: insideArticle || e.name == "article" || e.name == "main")
                    if breaks { flush() }
                }
            }
        }

        /// Appends text with runs of whitespace collapsed to one space.
        mutating func add(_ text: String) {
            for scalar in text.unicodeScalars {
                if scalar.isWhiteSpace && scalar != "\u{A0}" {
                    pendingSpace = true
                } else {
                    if pendingSpace && !current.isEmpty { current.append(0x20) }
                    pendingSpace = false
                    if scalar.isASCII { current.append(UInt8(scalar.value)) } else { current.append(contentsOf: scalar.utf8) }
                }
            }
        }

        mutating func flush() {
            if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
            pendingSpace = false
        }
    }
}
