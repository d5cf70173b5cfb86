import KroniekCore

/// A definite event noun that refers back to the same event named earlier ("het
/// telefoongesprek, dat op verzoek van Poetin werd gehouden" after a caption naming
/// "het telefoongesprek met zijn Russische ambtsgenoot Vladimir Poetin"): it takes that
/// mention's participants, and an initiator phrase ("op verzoek van X") makes X the source.
public struct EventNounReference: Sendable {
    let sentences: [Sentence]
    let mentions: [NamedMention]
    let lexicon: ReferenceLexicon
    /// How many sentences back an earlier mention with a longer compound may be ("het
    /// gesprek" for "het telefoongesprek"); the same noun may be anywhere earlier.
    let window: Int

    public init(sentences: [Sentence], mentions: DocumentMentions, language: Language, window: Int = 3) {
        self.sentences = sentences
        self.mentions = mentions.mentions
        self.lexicon = .forLanguage(language)
        self.window = window
    }

    /// An earlier mention of an event and its two participants.
    public struct Antecedent: Sendable, Hashable {
        public var sentenceIndex: Int
        public var wordIndex: Int
        /// Source first: the initiator when the referring phrase names one, else the party
        /// the earlier mention hangs on ("president Biden … tijdens het telefoongesprek").
        public var participants: [ResolvedReference]
    }

    /// The earlier mention the definite event noun `noun` refers back to: the nearest
    /// one with the same noun, or a compound ending in it within `window` sentences ("het
    /// gesprek" after "het telefoongesprek"), that names two parties. Nil for an
    /// indefinite noun.
    public func antecedent(of noun: Int, in sentence: Sentence, sentenceIndex: Int) -> Antecedent? {
        guard sentence.words.indices.contains(noun),
              sentence.words.contains(where: { $0.head == noun && $0.deprel == "det"
                  && lexicon.referringDeterminers.contains($0.form.lowercased()) }) else { return nil }
        let key = Self.key(sentence.words[noun])
        let initiator = self.initiator(under: noun, in: sentence, sentenceIndex: sentenceIndex)
        for s in stride(from: sentenceIndex - 1, through: 0, by: -1) {
            let near = sentenceIndex - s <= window
            for n in sentences[s].words.indices.reversed() where sentences[s].words[n].upos == .NOUN
                && (Self.key(sentences[s].words[n]) == key || near && Self.key(sentences[s].words[n]).hasSuffix(key)) {
                // An earlier mention that itself refers back is the same event ("het
                // gesprek" after "het telefoongesprek, dat …" after a caption naming it).
                if let chained = antecedent(of: n, in: sentences[s], sentenceIndex: s) { return chained }
                guard var pair = participants(at: n, sentenceIndex: s) else { continue }
                if let first = initiator, pair[1].code == first { pair.reverse() }
                return Antecedent(sentenceIndex: s, wordIndex: n, participants: pair)
            }
        }
        return nil
    }

    private static func key(_ w: Word) -> String { (w.lemma ?? w.form).lowercased() }

    /// The parties of an event noun: the actor its phrase hangs on (or, under a verb, the
    /// verb's subject) and the actor inside its own phrase ("met … Poetin"); persons first.
    private func participants(at noun: Int, sentenceIndex s: Int) -> [ResolvedReference]? {
        let sentence = sentences[s]
        let own = sentence.subtree(noun)
        guard let h = sentence.words[noun].head, h >= 0 else { return nil }
        var holderWords = sentence.subtree(h).subtracting(own)
        if sentence.words[h].upos == .VERB || sentence.words[h].upos == .AUX {
            let subject = sentence.words.indices.first { sentence.words[$0].head == h && sentence.words[$0].deprel?.hasPrefix("nsubj") == true }
            holderWords = subject.map { sentence.subtree($0).subtracting(own) } ?? []
        }
        guard let holder = mainActor(in: holderWords, sentenceIndex: s),
              let partner = mainActor(in: own, sentenceIndex: s), holder.code != partner.code else { return nil }
        return [holder, partner].map { ResolvedReference(code: $0.code, text: $0.text, antecedent: $0) }
    }

    /// The first person named among `words`, else the first actor.
    private func mainActor(in words: Set<Int>, sentenceIndex: Int) -> NamedMention? {
        let named = mentions.filter { $0.sentenceIndex == sentenceIndex && words.contains($0.wordRange.lowerBound) }
        return named.first { $0.kind == .person } ?? named.first
    }

    /// The actor an initiator phrase under the noun names ("op verzoek van Poetin").
    private func initiator(under noun: Int, in sentence: Sentence, sentenceIndex: Int) -> String? {
        for w in sentence.subtree(noun).sorted() where lexicon.initiatorNouns.contains(Self.key(sentence.words[w])) {
            if let m = mainActor(in: sentence.subtree(w).subtracting([w]), sentenceIndex: sentenceIndex) { return m.code }
        }
        return nil
    }
}

extension Sentence {
    /// The words under `head` in the dependency tree, including it.
    func subtree(_ head: Int) -> Set<Int> {
        var out: Set<Int> = [head]
        var grew = true
        while grew {
            grew = false
            for (i, w) in words.enumerated() where !out.contains(i) {
                if let h = w.head, out.contains(h) { out.insert(i); grew = true }
            }
        }
        return out
    }
}
