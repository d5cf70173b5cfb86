/// An element of a parsed XML or HTML document, with its children in order.
final class MarkupElement {
    enum Child {
        case element(MarkupElement)
        case text(String)
    }

    let name: String
    let attributes: [(name: String, value: String)]
    let line: Int
    private(set) var children: [Child] = []

    init(name: String, attributes: [(name: String, value: String)], line: Int) {
        self.name = name; self.attributes = attributes; self.line = line
    }

    func append(_ child: Child) { children.append(child) }

    func attribute(_ name: String) -> String? { attributes.first { $0.name == name }?.value }

    var elements: [MarkupElement] {
        children.compactMap { if case .element(let e) = $0 { return e }; return nil }
    }

    /// The first child element with this (local) name; `prefix:name` also matches `name`.
    func child(_ name: String) -> MarkupElement? { elements.first { $0.localName == name || $0.name == name } }

    func children(_ name: String) -> [MarkupElement] { elements.filter { $0.localName == name || $0.name == name } }

    /// The name without a namespace prefix.
    var localName: Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// All text inside, in document order.
    var textContent: String {
        var out = ""
        appendText(into: &out)
        return out
    }

    private func appendText(into out: inout String) {
        for child in children {
            switch child {
            case .text(let t): out += t
            case .element(let e): e.appendText(into: &out)
            }
        }
    }

    /// Every descendant element (depth first) for which `include` holds; the search does
    /// not descend into matches.
    func descendants(where include: (MarkupElement) -> Bool) -> [MarkupElement] {
        var found: [MarkupElement] = []
        var stack = elements.reversed() as [MarkupElement]
        while let e = stack.popLast() {
            if include(e) { found.append(e) } else { stack.append(contentsOf: e.elements.reversed()) }
        }
        return found
    }
}

/// Builds an element tree from markup. XML must nest properly (a mismatched or missing
/// end tag is an error naming both lines); HTML is repaired the way browsers broadly do:
/// void elements never open, a stray end tag is ignored, an end tag closes the elements
/// left open inside it, and a new block closes an open paragraph.
enum MarkupTree {
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "blockquote", "pre",
        "section", "article", "header", "footer", "nav", "aside", "figure", "form", "hr", "dl", "main",
    ]

    /// Parses `text`; the returned root is a synthetic element holding the top-level nodes.
    static func parse(_ text: String, mode: MarkupTokenizer.Mode) throws(MarkupTokenizer.SyntaxError) -> MarkupElement {
        var copy = text
        let result = copy.withUTF8 { buffer in
            Result { () throws(MarkupTokenizer.SyntaxError) -> MarkupElement in
                var tokenizer = MarkupTokenizer(buffer, mode: mode)
                return try build(&tokenizer, mode: mode)
            }
        }
        return try result.get()
    }

    private static func build(_ tokenizer: inout MarkupTokenizer, mode: MarkupTokenizer.Mode) throws(MarkupTokenizer.SyntaxError) -> MarkupElement {
        let root = MarkupElement(name: "#document", attributes: [], line: 1)
        var stack = [root]
        while let token = try tokenizer.next() {
            switch token {
            case .text(let text, _):
                stack[stack.count - 1].append(.text(text))
            case let .start(name, attributes, selfClosing, line):
                if mode == .html {
                    if blockElements.contains(name), stack.count > 1, stack[stack.count - 1].name == "p" { stack.removeLast() }
                    if name == "li", stack.count > 1, stack[stack.count - 1].name == "li" { stack.removeLast() }
                }
                let element = MarkupElement(name: name, attributes: attributes, line: line)
                stack[stack.count - 1].append(.element(element))
                if !selfClosing && !(mode == .html && voidElements.contains(name)) { stack.append(element) }
            case let .end(name, line):
                if mode == .xml {
                    guard stack.count > 1 else {
                        throw MarkupTokenizer.SyntaxError(line: line, message: "end tag </\(name)> without a start tag")
                    }
                    let open = stack[stack.count - 1]
                    guard open.name == name else {
                        throw MarkupTokenizer.SyntaxError(line: line, message: "end tag </\(name)> does not match <\(open.name)> opened on line \(open.line)")
                    }
                    stack.removeLast()
                } else if let index = stack.lastIndex(where: { $0.name == name }), index > 0 {
                    stack.removeSubrange(index...)
                }
            }
        }
        if mode == .xml, stack.count > 1 {
            let open = stack[stack.count - 1]
            throw MarkupTokenizer.SyntaxError(line: tokenizer.line, message: "end of input inside <\(open.name)> opened on line \(open.line)")
        }
        return root
    }
}
