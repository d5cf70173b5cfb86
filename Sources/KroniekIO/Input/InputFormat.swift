/// The input formats Kroniek reads. Chosen by file extension, by `--input-format`,
/// or, for standard input and unknown extensions, by looking at the first bytes.
public enum InputFormat: String, CaseIterable, Sendable {
    /// Plain text, optionally starting with the ` date 2021-12-30` header.
    case text
    /// One JSON object or an array of objects (`id`, `date`, `lang`, `title`, `text`, `url`, `outlet`).
    case json
    /// One JSON object per line.
    case jsonl
    /// An HTML page; the main article text is extracted.
    case html
    /// An RSS 2.0 feed; each item is a document.
    case rss
    /// An Atom feed; each entry is a document.
    case atom
    /// PETRARCH validation/input XML (`<Sentences>` or `<Articles>` records).
    case petrarch
    /// Universal Dependencies CoNLL-U; documents come pre-tokenized (and often parsed).
    case conllu

    /// The format a file extension names, or nil when the extension says nothing
    /// (`.xml` is shared by feeds and PETRARCH files, so it is sniffed).
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "txt", "text": self = .text
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "html", "htm", "xhtml": self = .html
        case "rss": self = .rss
        case "atom": self = .atom
        case "conllu", "conll": self = .conllu
        default: return nil
        }
    }

    /// Extensions a directory walk picks up without `--input-format`.
    public static let knownExtensions: Set<String> = [
        "txt", "text", "json", "jsonl", "ndjson", "html", "htm", "xhtml", "rss", "atom", "xml", "conllu", "conll",
    ]
}
