import KroniekCore

/// Reads an HTML page as one article.
///
/// The text is the page's main content: the first `<article>`, else `<main>`, else
/// `<body>`, with boilerplate removed (see `HTMLTextExtractor`); headings and paragraphs
/// become blank-line separated paragraphs. Character references are decoded.
/// Metadata comes from the page head: the publication date from the usual meta tags
/// (`article:published_time`, `og:published_time`, `dc.date`, `dcterms.created`,
/// `date`, `pubdate`, …) or else the first `<time datetime>`; title from `og:title` or
/// `<title>`; outlet from `og:site_name`; url from the canonical link or `og:url`;
/// language from `<html lang>`.
/// Only unterminated constructs (a tag, comment or quoted attribute running to the end
/// of the file) are errors; other broken HTML is repaired as browsers do.
public struct HTMLReader: DocumentReader {
    public init() {}

    /// Meta names and properties that carry the publication date, most specific first.
    static let dateMetaNames = [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "date", "pubdate",
        "publishdate", "publish-date", "publication_date", "sailthru.date", "parsely-pub-date",
    ]

    func read(_ source: SourceText, into outcome: inout ReadOutcome) throws(InputError) {
        let root: MarkupElement
        do { root = try MarkupTree.parse(source.text, mode: .html) } catch {
            throw InputError(origin: source.origin, line: error.line, message: "malformed HTML: \(error.message)")
        }
        let document = self.document(from: root, source: source, warnings: &outcome.warnings)
        if document.text.isEmpty {
            outcome.warnings.append(InputError(origin: source.origin, message: "no article text found in the HTML, no document"))
            return
        }
        outcome.documents.append(document)
    }

    func document(from root: MarkupElement, source: SourceText, warnings: inout [InputError]) -> Document {
        var metadata = DocumentMetadata(id: source.defaultID, origin: source.origin)
        var meta: [String: String] = [:]
        for element in root.descendants(where: { $0.name == "meta" }) {
            guard let content = element.attribute("content") else { continue }
            for key in ["property", "name", "itemprop"] {
                if let name = element.attribute(key)?.lowercased(), meta[name] == nil { meta[name] = content }
            }
        }
        if let html = root.child("html"), let lang = html.attribute("lang"), !lang.isEmpty {
            metadata.language = Language(String(lang.split(separator: "-").first ?? Substring(lang)))
        }
        metadata.title = (meta["og:title"] ?? root.descendants(where: { $0.name == "title" }).first?.textContent)
            .map(HTMLReader.collapseWhitespace).flatMap { $0.isEmpty ? nil : $0 }
        metadata.outlet = meta["og:site_name"]
        let canonical = root.descendants(where: { $0.name == "link" && $0.attribute("rel")?.lowercased() == "canonical" }).first
        metadata.url = canonical?.attribute("href") ?? meta["og:url"]

        let main = root.descendants(where: { $0.name == "article" }).first
            ?? root.descendants(where: { $0.name == "main" }).first
            ?? root.descendants(where: { $0.name == "body" }).first
            ?? root
        let dateText = HTMLReader.dateMetaNames.lazy.compactMap { meta[$0] }.first
            ?? main.descendants(where: { $0.name == "time" && $0.attribute("datetime") != nil }).first?.attribute("datetime")
            ?? root.descendants(where: { $0.name == "time" && $0.attribute("datetime") != nil }).first?.attribute("datetime")
        if let dateText {
            if let date = PartialDate(iso: dateText) { metadata.date = date }
            else { warnings.append(InputError(origin: source.origin, message: "unrecognised publication date '\(dateText)'")) }
        }
        let (text, spans) = HTMLTextExtractor.join(HTMLTextExtractor.paragraphs(in: main))
        return Document(metadata: metadata, text: text, paragraphs: spans)
    }

    static func collapseWhitespace(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
