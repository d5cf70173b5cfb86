import KroniekCore

/// Finds time expressions in a sentence and normalises them against the document date.
///
/// Works on the sentence's words only (no parse needed), so it can run before or
/// after syntax. Expressions never overlap: at each word the longest match wins.
public struct TimeExpressionFinder: Sendable {
    public init() {}

    public func find(in sentence: Sentence, text: ScalarText, documentDate: PartialDate?,
                     language: Language) -> [TimeExpression] {
        guard !sentence.words.isEmpty else { return [] }
        let scan = TimeScan(sentence: sentence, text: text, lexicon: .forLanguage(language),
                            clock: documentDate.map(DocumentClock.init))
        var found: [TimeExpression] = []
        var i = 0
        while i < sentence.words.count {
            if let m = scan.longestMatch(at: i) {
                let span = sentence.words[i].span.union(sentence.words[m.end - 1].span)
                found.append(TimeExpression(span: span, date: m.date, periodStart: m.periodStart, wordRange: i..<m.end))
                i = m.end
            } else {
                i += 1
            }
        }
        return found
    }
}

/// A candidate expression starting at some word and ending before word `end`.
struct TimeMatch {
    var end: Int
    var date: PartialDate
    var periodStart: PartialDate? = nil
}

/// The words of one sentence prepared for matching, plus the rules that read them.
/// The rules themselves live in the `TimeScan+…` extensions, one family per file.
struct TimeScan {
    let words: [Word]
    /// Lowercased forms without a trailing full stop ("jan." → "jan").
    let forms: [String]
    let text: ScalarText
    let lexicon: TimeLexicon
    let clock: DocumentClock?
    /// Whether the sentence is in the future tense, which turns a bare weekday or month forward.
    let isFuture: Bool
    /// Whether a parsed sentence has a past-tense verb, which turns a bare month back.
    let isPast: Bool

    init(sentence: Sentence, text: ScalarText, lexicon: TimeLexicon, clock: DocumentClock?) {
        words = sentence.words
        forms = sentence.words.map { w in
            let f = w.form.lowercased()
            return f.count > 1 && f.hasSuffix(".") ? String(f.dropLast()) : f
        }
        self.text = text
        self.lexicon = lexicon
        self.clock = clock
        isFuture = sentence.words.contains { lexicon.futureAuxiliaries.contains($0.form.lowercased()) }
        isPast = !isFuture && sentence.words.contains { $0.feature("Tense") == "Past" && ($0.upos == .VERB || $0.upos == .AUX) }
    }

    /// Which way a date without a year points, from the tense of the sentence.
    var tenseDirection: TimeDirection { isFuture ? .future : isPast ? .past : .nearest }

    func form(_ i: Int) -> String? { i >= 0 && i < forms.count ? forms[i] : nil }

    /// Whether word `i` is written with a capital initial in the document text (read
    /// from the text, since a tokenizer may normalise word forms).
    func isCapitalised(_ i: Int) -> Bool {
        text[words[i].span].unicodeScalars.first?.properties.isUppercase ?? false
    }

    /// Whether words `i` and `i + 1` touch with no space between them ("mid-2014", "10-01").
    func touches(_ i: Int) -> Bool { i + 1 < words.count && words[i].span.end >= words[i + 1].span.start }

    /// The longest expression starting at word `i`, with leading narrowing words
    /// ("begin", "eerder") and "sinds"/"since" periods wrapped around a point.
    func longestMatch(at i: Int) -> TimeMatch? {
        if let f = form(i), lexicon.sinceWords.contains(f), let inner = narrowedPoint(at: i + 1) {
            guard let clock else { return TimeMatch(end: inner.end, date: inner.date, periodStart: inner.date) }
            return TimeMatch(end: inner.end, date: clock.anchor, periodStart: inner.date)
        }
        return narrowedPoint(at: i)
    }

    /// A point expression, possibly preceded by words that narrow it without changing
    /// its date ("eerder deze maand", "begin januari", "mid-2014").
    func narrowedPoint(at i: Int) -> TimeMatch? {
        var j = i
        while let f = form(j), lexicon.withinModifiers.contains(f) {
            j += 1
            if form(j) == "-" { j += 1 }
        }
        return point(at: j)
    }

    /// The longest point expression starting exactly at word `i`.
    func point(at i: Int) -> TimeMatch? {
        guard i < words.count else { return nil }
        let candidates: [TimeMatch?] = [
            numericDate(at: i), calendarDate(at: i), relativeUnit(at: i), period(at: i),
            countedShift(at: i), deicticDay(at: i), weekdayExpression(at: i), bareMonth(at: i), bareYear(at: i),
            hyphenatedPeriod(at: i),
        ]
        return candidates.compactMap { $0 }.max { $0.end < $1.end }
    }
}
