/// Numbers for a set of words, given once (when a coder is made), so that each word of a
/// sentence is looked up once and later tests are array indexes and integer comparisons.
///
/// ASCII words are found by their FNV-1a hash (which `WordKeys` already carries) without
/// hashing again, and confirmed on the string. Other words go through a dictionary, which
/// compares them as Swift's `==` does (canonical equivalence).
public struct Lexicon: Sendable {
    private var words: [String] = []
    private var asciiIndex = HashIndex()
    private var allWords: [String: Int32] = [:]

    public init() {}

    /// How many words have numbers: the numbers are `0..<count`.
    public var count: Int { words.count }

    /// The number of `word`, giving it the next one if it has none yet.
    public mutating func add(_ word: String) -> Int32 {
        if let n = allWords[word] { return n }
        let n = Int32(words.count)
        words.append(word)
        allWords[word] = n
        if let h = WordHash(word).value { asciiIndex.append(n, for: h) }
        return n
    }

    public func number(of word: String) -> Int32? { number(of: word, hash: WordHash(word)) }

    func number(of word: String, hash: WordHash) -> Int32? {
        guard let h = hash.value else { return allWords[word] }
        guard let p = asciiIndex.position(of: h) else { return nil }
        return asciiIndex.lists[p].first { words[Int($0)] == word }
    }

    /// The numbers of a word's keys, form first; a key the lexicon lacks has none.
    public func numbers(of keys: WordKeys) -> KeyNumbers {
        KeyNumbers(form: number(of: keys.form, hash: keys.formHash),
                   lemma: keys.lemma.flatMap { number(of: $0, hash: keys.lemmaHash) })
    }
}

/// The lexicon numbers of a word's form and lemma, as far as they have one: a sequence of
/// none, one or two numbers, form first.
public struct KeyNumbers: Sendable, Sequence, IteratorProtocol {
    public private(set) var form: Int32?
    public private(set) var lemma: Int32?

    public mutating func next() -> Int32? {
        if let f = form { form = nil; return f }
        if let l = lemma { lemma = nil; return l }
        return nil
    }
}
