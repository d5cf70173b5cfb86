import KroniekCore

/// An actor named in the document: where, what code it has on the document date, and
/// what kind of actor it is.
public struct NamedMention: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A person (an actor with dated roles).
        case person
        /// A state or territory (a bare three-letter code).
        case country
        /// An organisation, region or group (any other code).
        case group
    }

    public var code: String
    public var kind: Kind
    public var sentenceIndex: Int
    public var wordRange: Range<Int>
    /// Whether the name is (in) the subject of its clause; unknown without a parse.
    public var isSubject: Bool
    public var text: String
}

/// The per-document pass: every dictionary name in every sentence, in text order.
///
/// Reference resolution needs the actors a document has named so far, including those in
/// sentences that carry no event (a photo caption naming both leaders of a call).
public struct DocumentMentions: Sendable {
    public private(set) var mentions: [NamedMention] = []

    /// `names` holds the names found in each sentence (`NameFinder`).
    public init(sentences: [Sentence], names: [[FoundName]]) {
        for (s, sentence) in sentences.enumerated() where names.indices.contains(s) {
            for name in names[s] {
                guard case .actor(let code, let kind) = name.target else { continue }
                // Unparsed, the first name of a sentence stands in for its subject.
                let isSubject = sentence.isParsed ? Self.isSubject(name.range, in: sentence)
                    : !mentions.contains { $0.sentenceIndex == s }
                mentions.append(NamedMention(code: code, kind: kind, sentenceIndex: s, wordRange: name.range,
                                             isSubject: isSubject,
                                             text: sentence.words[name.range].map(\.form).joined(separator: " ")))
            }
        }
    }

    /// The mentions of the dictionary names of every sentence, for the document date.
    public init(sentences: [Sentence], actors: ActorDictionary, date: PartialDate?) {
        self.init(sentences: sentences, finder: NameFinder(actors: actors, date: date))
    }

    /// Finds the names of every sentence with `finder`, then their mentions.
    public init(sentences: [Sentence], finder: NameFinder) {
        self.init(sentences: sentences, names: sentences.map { finder.names(in: $0.words, keys: $0.words.map(WordKeys.init)) })
    }

    /// CAMEO's regional codes: three letters like a state's, but not states ("dat land"
    /// never means "het Westen").
    static let regionCodes: Set<String> = [
        "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
        "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
    ]

    /// A name is a subject when one of its words, or the head of its phrase, is `nsubj`.
    static func isSubject(_ range: Range<Int>, in sentence: Sentence) -> Bool {
        for i in range {
            var w = i
            // Climb through name-internal and modifier relations to the phrase head.
            while let rel = sentence.words[w].deprel, ["flat", "flat:name", "compound", "appos", "amod", "nmod"].contains(rel),
                  let h = sentence.words[w].head, h >= 0 { w = h }
            if sentence.words[w].deprel?.hasPrefix("nsubj") == true { return true }
        }
        return false
    }
}
