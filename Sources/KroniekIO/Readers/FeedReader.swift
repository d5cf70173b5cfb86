import KroniekCore

/// Reads RSS 2.0 (and RSS 1.0) and Atom feeds; each item or entry is one document.
///
/// - id: the item's `guid` or the entry's `id`; else the file's base name + `#` + the
///   item's 1-based position. `origin` is the path + `#` + position.
/// - date: RSS `pubDate` (RFC 822) or `dc:date`; Atom `published`, else `updated`.
/// - text: `content:encoded`, else `description` (RSS); `content`, else `summary` (Atom).
///   Content that holds HTML (escaped, CDATA or Atom xhtml) is reduced to its paragraphs
///   as for HTML pages. An item without any content falls back to its title.
/// - title, url (`link`), outlet (the feed's title), language (`<language>`, `xml:lang`).
/// The feed must be well-formed XML; errors name the line.
public struct FeedReader: DocumentReader {
    public init() {}

    func read(_ source: SourceText, into outcome: inout ReadOutcome) throws(InputError) {
        let root: MarkupElement
        do { root = try MarkupTree.parse(source.text, mode: .xml) } catch {
            throw InputError(origin: source.origin, line: error.line, message: "malformed XML: \(error.message)")
        }
        if let feed = root.child("feed") {
            read(feed.children("entry"), atom: true, channel: feed, source: source, into: &outcome)
        } else if let rss = root.child("rss"), let channel = rss.child("channel") {
            read(channel.children("item"), atom: false, channel: channel, source: source, into: &outcome)
        } else if let rdf = root.elements.first(where: { $0.localName == "RDF" }) {
            read(rdf.children("item"), atom: false, channel: rdf.child("channel") ?? rdf, source: source, into: &outcome)
        } else {
            throw InputError(origin: source.origin, line: root.elements.first?.line, message: "not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)")
        }
    }

    private func read(_ items: [MarkupElement], atom: Bool, channel: MarkupElement, source: SourceText, into outcome: inout ReadOutcome) {
        if items.isEmpty { outcome.warnings.append(InputError(origin: source.origin, message: "feed has no items, no document")) }
        let outlet = channel.child("title").map { HTMLReader.collapseWhitespace($0.textContent) }
        let feedLanguage = channel.child("language")?.textContent ?? channel.attribute("xml:lang")
        for (index, item) in items.enumerated() {
            let itemOrigin = "\(source.origin)#\(index + 1)"
            var metadata = DocumentMetadata(id: source.recordID(index), origin: itemOrigin)
            metadata.outlet = outlet
            if let lang = item.attribute("xml:lang") ?? feedLanguage, let code = lang.split(separator: "-").first {
                metadata.language = Language(String(code).trimmedWhitespace)
            }
            metadata.title = item.child("title").map { HTMLReader.collapseWhitespace(plainText(of: $0)) }
            let dateElement: MarkupElement?
            if atom {
                if let id = item.child("id")?.textContent.trimmedWhitespace, !id.isEmpty { metadata.id = id }
                let links = item.children("link")
                metadata.url = (links.first { ($0.attribute("rel") ?? "alternate") == "alternate" } ?? links.first)?.attribute("href")
                dateElement = item.child("published") ?? item.child("updated")
            } else {
                if let guid = item.child("guid")?.textContent.trimmedWhitespace, !guid.isEmpty { metadata.id = guid }
                metadata.url = item.child("link")?.textContent.trimmedWhitespace
                dateElement = item.child("pubDate") ?? item.child("date")
            }
            if let raw = dateElement?.textContent.trimmedWhitespace {
                if let date = RFC822Date.parse(raw) ?? PartialDate(iso: raw) { metadata.date = date }
                else { outcome.warnings.append(InputError(origin: itemOrigin, line: dateElement?.line, message: "unrecognised date '\(raw)'")) }
            }
            let categories = item.children("category").map { $0.attribute("term") ?? $0.textContent.trimmedWhitespace }
            if !categories.isEmpty { metadata.extra["category"] = JSONWriter().string(.array(categories.map(JSONValue.string))) }

            let body = atom ? (item.child("content") ?? item.child("summary")) : (item.child("encoded") ?? item.child("description"))
            var paragraphs = body.map(plainParagraphs(of:)) ?? []
            if paragraphs.isEmpty, let title = metadata.title, !title.isEmpty { paragraphs = [title] }
            guard !paragraphs.isEmpty else {
                outcome.warnings.append(InputError(origin: itemOrigin, line: item.line, message: "item has no text, no document"))
                continue
            }
            let (text, spans) = HTMLTextExtractor.join(paragraphs)
            outcome.documents.append(Document(metadata: metadata, text: text, paragraphs: spans))
        }
    }

    /// The paragraphs of an element that may hold HTML: as child elements (Atom xhtml),
    /// or as text that is itself markup (escaped or CDATA HTML).
    private func plainParagraphs(of element: MarkupElement) -> [String] {
        if !element.elements.isEmpty { return HTMLTextExtractor.paragraphs(in: element) }
        let raw = element.textContent
        if raw.contains("<"), let fragment = try? MarkupTree.parse(raw, mode: .html) {
            return HTMLTextExtractor.paragraphs(in: fragment)
        }
        let text = ScalarText(raw)
        return PlainTextReader.paragraphs(in: raw).map { text[$0] }
    }

    private func plainText(of element: MarkupElement) -> String {
        plainParagraphs(of: element).joined(separator: " ")
    }
}
