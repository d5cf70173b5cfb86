import KroniekEntities

/// Which phrases a matched pattern names as source, target or coordinated pair.
struct PatternBindings {
    var source: Int?
    var target: Int?
    var compound: Int?
    /// The words the pattern's words matched.
    var matchedWords: [Int] = []
}

/// Matches verb patterns against the words around a verb. Words must occur in order;
/// words joined by `_` in the pattern must be neighbours; markers (`+ $ %`) bind the next
/// named actor phrase.
struct PatternMatcher {
    let view: SentenceView
    let actors: ActorResolver

    /// `sequence` is the list of word indices (text order) the elements must be found in.
    func match(_ elements: [PatternElement], in sequence: [Int], bindings: inout PatternBindings) -> Bool {
        var position = 0
        var previousEnd: Int? = nil
        for element in elements {
            switch element {
            case .word(let alternatives, let adjacent):
                guard let (start, length) = find(alternatives, in: sequence, from: position,
                                                 exactlyAt: adjacent ? previousEnd : nil) else { return false }
                bindings.matchedWords += sequence[start..<(start + length)]
                position = start + length
                previousEnd = position
            case .skip:
                guard position < sequence.count else { return false }
                position += 1
                while position < sequence.count, actors.isNamed(sequence[position]), actors.isNamed(sequence[position - 1]) { position += 1 }
                previousEnd = nil
            case .target, .source, .compound:
                guard let q = (position..<sequence.count).first(where: { actors.isNamed(sequence[$0]) }) else { return false }
                let head = phraseHead(of: sequence[q], throughConjunction: element == .compound)
                // `%` stands for a coordination: it needs two actors or more.
                if element == .compound && actors.actors(of: head).count < 2 { return false }
                switch element {
                case .target: bindings.target = head
                case .source: bindings.source = head
                default: bindings.compound = head
                }
                var end = q + 1
                while end < sequence.count, actors.isNamed(sequence[end]) { end += 1 }
                position = end
                previousEnd = nil
            }
        }
        return true
    }

    private func find(_ alternatives: [[NameWord]], in sequence: [Int], from: Int, exactlyAt: Int?) -> (Int, Int)? {
        let starts = exactlyAt.map { $0..<($0 + 1) } ?? from..<sequence.count
        for s in starts where s < sequence.count {
            for alt in alternatives where s + alt.count <= sequence.count {
                var ok = true
                for (k, w) in alt.enumerated() where !view.keys[sequence[s + k]].contains(where: w.matches) { ok = false; break }
                if ok { return (s, alt.count) }
            }
        }
        return nil
    }

    /// The noun heading the phrase a named word sits in.
    private func phraseHead(of word: Int, throughConjunction: Bool) -> Int {
        var w = word
        while let h = view.head(w) {
            guard view.has(w, .phraseInternal) || (throughConjunction && view.has(w, .conj)) else { break }
            w = h
        }
        return w
    }
}
