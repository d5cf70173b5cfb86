import KroniekCore

/// Plural and reciprocal references: "beide leiders" / "de twee landen" / "both leaders"
/// stand for the two main actors the document has named so far; "elkaar", "de ander",
/// "each other" make each of them act toward the other.
extension ReferenceResolver {
    /// The two actors a pair reference headed by word `wordIndex` stands for, or [] when
    /// it is none or the document has not named two actors of its kind.
    ///
    /// The main actors are the ones named most often before the reference (the earlier
    /// first mention breaks ties): leaders are office holders, "landen" states, "partijen"
    /// any actor.
    public func group(of wordIndex: Int, in sentence: Sentence, sentenceIndex: Int) -> [ResolvedReference] {
        guard sentence.words.indices.contains(wordIndex), hasPairDeterminer(wordIndex, in: sentence) else { return [] }
        let word = sentence.words[wordIndex]
        let forms = [word.form.lowercased(), (word.lemma ?? word.form).lowercased()]
        let keys = forms + forms.flatMap { form in
            lexicon.pluralEndings.filter { form.hasSuffix($0.plural) }.map { String(form.dropLast($0.plural.count)) + $0.singular }
        }
        let accept: (NamedMention) -> Bool
        if keys.contains(where: lexicon.leaderNouns.contains) {
            accept = { $0.kind == .person && $0.code.hasSuffix("GOV") }
        } else if keys.contains(where: lexicon.countryNouns.contains) {
            accept = { $0.kind == .country }
        } else if keys.contains(where: lexicon.sideNouns.contains) {
            accept = { _ in true }
        } else {
            return []
        }
        let before = mentions.filter { m in
            accept(m) && (m.sentenceIndex < sentenceIndex
                || (m.sentenceIndex == sentenceIndex && m.wordRange.upperBound <= wordIndex))
        }
        var counts: [String: (count: Int, first: Int, mention: NamedMention)] = [:]
        for (order, m) in before.enumerated() {
            counts[m.code, default: (0, order, m)].count += 1
        }
        let main = counts.values.sorted { ($0.count, -$0.first) > ($1.count, -$1.first) }.prefix(2)
        guard main.count == 2 else { return [] }
        return main.map { ResolvedReference(code: $0.mention.code, text: $0.mention.text, antecedent: $0.mention) }
    }

    /// Whether word `wordIndex` is a reciprocal: "elkaar", or an "other" word standing
    /// alone after its determiner ("de ander", "each other", "one another"; not "de
    /// andere landen", where it modifies a noun).
    public func isReciprocal(_ wordIndex: Int, in sentence: Sentence) -> Bool {
        guard sentence.words.indices.contains(wordIndex) else { return false }
        let word = sentence.words[wordIndex]
        let form = word.form.lowercased()
        if lexicon.reciprocalPronouns.contains(form) { return true }
        return lexicon.otherWords.contains(form) && word.deprel != "amod" && wordIndex > 0
            && lexicon.otherDeterminers.contains(sentence.words[wordIndex - 1].form.lowercased())
    }

    /// Whether a noun has a pair determiner or numeral ("beide", "twee", "both") before it.
    private func hasPairDeterminer(_ noun: Int, in sentence: Sentence) -> Bool {
        sentence.words.indices.contains { i in
            i < noun && (sentence.words[i].head == noun || (i == noun - 1 && sentence.words[noun].head == nil))
                && lexicon.pairDeterminers.contains(sentence.words[i].form.lowercased())
        }
    }
}
