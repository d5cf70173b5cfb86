import KroniekCore

/// The state each sentence of a document is set in, for actors named without one ("de
/// politie", "de vakbonden", "the opposition" take the country the story is about).
///
/// Every state the document names votes: the sentence's own names count most, the few
/// sentences before it next, the rest of the document least, so a page of short items
/// from several countries gives each item its own. A document that names no state is set
/// in its newspaper's home country, when one is configured.
public struct DocumentSetting: Sendable {
    /// States named in each sentence, with their counts.
    private let named: [[String: Int]]
    private let documentCounts: [String: Int]
    /// Where each state is first named, to break ties by prominence.
    private let firstNamed: [String: Int]
    public let homeCountry: String?

    /// Weights of a state named in the sentence itself, in one of the `window` sentences
    /// before it, and anywhere in the document.
    static let ownWeight = 6, nearWeight = 3, documentWeight = 1
    static let window = 3

    public init(mentions: DocumentMentions, sentenceCount: Int, homeCountry: String?) {
        var named = Array(repeating: [String: Int](), count: sentenceCount)
        var document: [String: Int] = [:]
        var first: [String: Int] = [:]
        for (order, m) in mentions.mentions.enumerated() {
            guard let state = Self.state(of: m.code), named.indices.contains(m.sentenceIndex) else { continue }
            named[m.sentenceIndex][state, default: 0] += 1
            document[state, default: 0] += 1
            if first[state] == nil { first[state] = order }
        }
        self.named = named
        documentCounts = document
        firstNamed = first
        self.homeCountry = homeCountry
    }

    /// The state sentence `s` is set in.
    public func state(ofSentence s: Int) -> String? {
        var votes = documentCounts.mapValues { $0 * Self.documentWeight }
        for i in max(0, s - Self.window)..<min(named.count, s + 1) {
            let weight = i == s ? Self.ownWeight : Self.nearWeight
            for (state, n) in named[i] { votes[state, default: 0] += n * weight }
        }
        return votes.max { a, b in (a.value, -(firstNamed[a.key] ?? .max)) < (b.value, -(firstNamed[b.key] ?? .max)) }?.key
            ?? homeCountry
    }

    /// The state of an actor code: its first three letters, unless they are a region, an
    /// international or non-state code, or a religion.
    public static func state(of code: String) -> String? {
        guard code.count >= 3 else { return nil }
        let prefix = String(code.prefix(3))
        guard prefix.allSatisfy({ $0.isUppercase }), !nonStatePrefixes.contains(prefix),
              !DocumentMentions.regionCodes.contains(prefix) else { return nil }
        return prefix
    }

    /// Three-letter codes that begin actor codes but name no state: international and
    /// transnational actors, and religions.
    public static let nonStatePrefixes: Set<String> = [
        "---", "IGO", "NGO", "NGM", "MNC", "INT", "UIS", "IMG", "CHR", "MOS", "JEW", "BUD", "HIN", "ATH", "SIK", "TAO",
    ]
}
