import KroniekCore

/// What a pronoun or role noun stands for: the actor code and the name it was resolved to.
public struct ResolvedReference: Sendable, Hashable {
    public var code: String
    /// The antecedent's text ("Poetin"), for the event's evidence.
    public var text: String
    public var antecedent: NamedMention
}

/// Resolves pronouns and role nouns to actors named earlier in the document.
///
/// "hij"/"he" → the last person; subject "het"/"it" → the last state or organisation;
/// "dat land"/"the country" → the last state that is not a co-argument of the same verb;
/// "de president"/"the leader" → the last office holder; "het regime" → the last state's
/// government; "zijn ambtsgenoot"/"his counterpart" → the last office holder of another
/// state than the possessor's. Within the sentence the closest earlier name wins; in
/// earlier sentences subjects are preferred, the nearer sentence first.
public struct ReferenceResolver: Sendable {
    let mentions: [NamedMention]
    let lexicon: ReferenceLexicon
    /// How many sentences back a role noun's antecedent may be.
    let window: Int
    /// How many sentences back a pronoun's antecedent may be.
    static let pronounWindow = 2

    public init(mentions: DocumentMentions, language: Language, window: Int = 4) {
        self.mentions = mentions.mentions
        self.lexicon = .forLanguage(language)
        self.window = window
    }

    /// The actor the phrase headed by word `wordIndex` refers to, or nil.
    public func antecedent(of wordIndex: Int, in sentence: Sentence, sentenceIndex: Int) -> ResolvedReference? {
        guard sentence.words.indices.contains(wordIndex) else { return nil }
        let place = Place(sentence: sentence, sentenceIndex: sentenceIndex, wordIndex: wordIndex)
        let word = sentence.words[wordIndex]
        let form = word.form.lowercased(), lemma = (word.lemma ?? word.form).lowercased()
        func either(_ set: Set<String>) -> Bool { set.contains(form) || set.contains(lemma) }

        let possessive = either(lexicon.possessivePronouns)
        if either(lexicon.personPronouns) {
            return best(before: place, kinds: [.person], within: Self.pronounWindow, bindsInClause: possessive).map(resolved)
        }
        if either(lexicon.personOrGroupPronouns) {
            return best(before: place, kinds: [.person, .country, .group], within: Self.pronounWindow,
                        bindsInClause: possessive).map(resolved)
        }
        // "het"/"it" is often expletive ("het regent", "het gaf haar tijd"): only a subject
        // with a state or organisation earlier in the same sentence refers.
        if either(lexicon.thingPronouns), word.upos == nil || word.upos == .PRON,
           word.deprel == nil || word.deprel?.hasPrefix("nsubj") == true {
            return best(before: place, kinds: [.country, .group], within: 0).map(resolved)
        }
        if either(lexicon.counterpartNouns) {
            return counterpart(at: place)
        }
        guard hasReferringDeterminer(wordIndex, in: sentence) else { return location(of: place) }
        if either(lexicon.countryNouns) {
            return best(before: place, kinds: [.country], within: window).map(resolved)
        }
        if either(lexicon.governmentNouns), let state = best(before: place, kinds: [.country], within: window) {
            return ResolvedReference(code: state.code + "GOV", text: state.text, antecedent: state)
        }
        if either(lexicon.leaderNouns) {
            return best(before: place, kinds: [.person], within: window, where: { $0.code.hasSuffix("GOV") }).map(resolved)
        }
        return nil
    }

    /// A bare group noun placed by a locative phrase of its clause ("steunt separatisten in
    /// het oosten van Oekraïne"): the state named in that phrase. The parser often hangs
    /// such a phrase on the verb rather than on the noun. Needs a parse.
    private func location(of place: Place) -> ResolvedReference? {
        let words = place.sentence.words
        guard let verb = words[place.wordIndex].head, verb >= 0 else { return nil }
        for phrase in words.indices where words[phrase].head == verb && phrase != place.wordIndex
            && ["obl", "nmod"].contains(words[phrase].deprel?.split(separator: ":").first.map(String.init) ?? "") {
            let preposition = words.indices.first { words[$0].head == phrase && words[$0].deprel == "case" }
            guard let p = preposition, lexicon.locativePrepositions.contains(words[p].form.lowercased()) else { continue }
            let span = place.sentence.subtree(phrase)
            if let state = mentions.first(where: { $0.sentenceIndex == place.sentenceIndex && $0.kind == .country
                && span.contains($0.wordRange.lowerBound) }) {
                return resolved(state)
            }
        }
        return nil
    }

    /// "zijn ambtsgenoot": the possessor's counterpart, an office holder of another state.
    private func counterpart(at place: Place) -> ResolvedReference? {
        let possessor = possessorPronoun(of: place.wordIndex, in: place.sentence)
            .flatMap { best(before: Place(sentence: place.sentence, sentenceIndex: place.sentenceIndex, wordIndex: $0),
                            kinds: [.person], within: Self.pronounWindow, bindsInClause: true) }
            ?? best(before: place, kinds: [.person], within: Self.pronounWindow)
        guard let own = possessor else { return nil }
        let country = own.code.prefix(3)
        // The counterpart may have been named anywhere earlier (often in the first lines).
        return best(before: place, kinds: [.person], within: .max,
                    where: { $0.code.hasSuffix("GOV") && $0.code.prefix(3) != country }).map(resolved)
    }

    private func resolved(_ m: NamedMention) -> ResolvedReference {
        ResolvedReference(code: m.code, text: m.text, antecedent: m)
    }

    /// A query position: the referring word and its sentence.
    struct Place {
        var sentence: Sentence
        var sentenceIndex: Int
        var wordIndex: Int
    }

    /// The best antecedent before `place`: in the same sentence the closest earlier name
    /// that is not a co-argument of the same verb (unless the referring word may bind in
    /// its clause, as possessives do); in the `within` sentences before, the nearest
    /// sentence, subjects first.
    private func best(before place: Place, kinds: Set<NamedMention.Kind>, within: Int, bindsInClause: Bool = false,
                      where accept: (NamedMention) -> Bool = { _ in true }) -> NamedMention? {
        var chosen: (NamedMention, Double)?
        for m in mentions where kinds.contains(m.kind) && accept(m) {
            let distance = place.sentenceIndex - m.sentenceIndex
            guard distance >= 0, distance <= within else { continue }
            let score: Double
            if distance == 0 {
                guard m.wordRange.upperBound <= place.wordIndex,
                      bindsInClause || !isCoArgument(m.wordRange, place.wordIndex, in: place.sentence) else { continue }
                score = 1000 + Double(m.wordRange.lowerBound)
            } else {
                score = -10 * Double(distance) + (m.isSubject ? 5 : 0) + Double(m.wordRange.lowerBound) / 1000
            }
            if chosen.map({ score > $0.1 }) ?? true { chosen = (m, score) }
        }
        return chosen?.0
    }

    /// Whether a name and the referring word are arguments of the same verb ("Rusland wil
    /// dat land binnenvallen": "dat land" cannot be Rusland). Unknown without a parse.
    private func isCoArgument(_ range: Range<Int>, _ word: Int, in sentence: Sentence) -> Bool {
        func clauseHead(_ i: Int) -> Int? {
            var w = i
            while let rel = sentence.words[w].deprel, !Self.argumentRelations.contains(where: rel.hasPrefix) {
                guard let h = sentence.words[w].head, h >= 0 else { return nil }
                w = h
            }
            return sentence.words[w].head.flatMap { $0 >= 0 ? $0 : nil }
        }
        guard let a = clauseHead(word) else { return false }
        return range.contains { clauseHead($0) == a }
    }

    private static let argumentRelations = ["nsubj", "obj", "iobj", "obl", "csubj"]

    /// The possessive pronoun of a noun ("zijn" in "zijn ambtsgenoot"), if any.
    private func possessorPronoun(of noun: Int, in sentence: Sentence) -> Int? {
        sentence.words.indices.first { i in
            i < noun && sentence.words[i].head == noun
                && (lexicon.personPronouns.contains(sentence.words[i].form.lowercased())
                    || lexicon.personOrGroupPronouns.contains(sentence.words[i].form.lowercased()))
        } ?? (noun > 0 && sentence.words[noun - 1].head == nil
              && lexicon.personPronouns.contains(sentence.words[noun - 1].form.lowercased()) ? noun - 1 : nil)
    }

    /// Whether the noun has a definite or demonstrative determiner ("dat land", "de president").
    private func hasReferringDeterminer(_ noun: Int, in sentence: Sentence) -> Bool {
        if sentence.words.contains(where: { $0.head == noun && lexicon.referringDeterminers.contains($0.form.lowercased()) }) {
            return true
        }
        // Unparsed: the word just before the noun.
        guard noun > 0, sentence.words[noun].head == nil else { return false }
        return lexicon.referringDeterminers.contains(sentence.words[noun - 1].form.lowercased())
    }
}
