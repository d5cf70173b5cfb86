import KroniekEntities

/// The cue words of one language (its own and the language-independent ones), prepared
/// when the coder is made. Which kinds of cue start at each word of a sentence is found
/// once per sentence, from the lexicon numbers of its words; asking whether a word is a
/// cue is then a bit test, not a walk over every phrase of a kind.
struct CueTable: Sendable {
    /// Kind -> cue phrases (upper-cased word sequences).
    let phrases: [CueKind: [[String]]]
    /// Kind -> the one-word cues (prepositions), for membership tests.
    private let singleWords: [CueKind: Set<String>]
    /// Lexicon number of a first word -> the phrases that start with it, with their kinds.
    private let byFirstWord: [Int32: [(kind: CueKind, words: [String])]]

    init(dictionary: EventDictionary, language: String, lexicon: inout Lexicon) {
        var phrases: [CueKind: [[String]]] = [:]
        var byFirstWord: [Int32: [(kind: CueKind, words: [String])]] = [:]
        for kind in CueKind.allCases {
            phrases[kind] = dictionary.cues(kind, language: language)
            for cue in phrases[kind]! where !cue.isEmpty { byFirstWord[lexicon.add(cue[0]), default: []].append((kind, cue)) }
        }
        self.phrases = phrases
        self.byFirstWord = byFirstWord
        singleWords = phrases.mapValues { Set($0.compactMap { $0.count == 1 ? $0[0] : nil }) }
    }

    /// The one-word cues of a kind (prepositions).
    func words(_ kind: CueKind) -> Set<String> { singleWords[kind] ?? [] }

    /// For each word of the sentence, the kinds of cue phrase that start there.
    func kindsStarting(in view: SentenceView) -> [CueKinds] {
        view.numbers.indices.map { i in
            var kinds = CueKinds()
            for n in view.numbers[i] {
                for cue in byFirstWord[n] ?? [] where !kinds.contains(CueKinds(cue.kind)) && view.hasPhrase(cue.words, at: i) {
                    kinds.insert(CueKinds(cue.kind))
                }
            }
            return kinds
        }
    }
}

/// A set of cue kinds, one bit each.
struct CueKinds: OptionSet {
    let rawValue: UInt16
    init(rawValue: UInt16) { self.rawValue = rawValue }
    init(_ kind: CueKind) { rawValue = 1 << CueKind.allCases.firstIndex(of: kind)! }
}
