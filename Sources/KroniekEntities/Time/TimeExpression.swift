import KroniekCore

/// A time expression found in a sentence, normalised against the document date.
///
/// `date` keeps the precision the text supports: "donderdag" in an article dated only
/// to the month is that month, not an invented day.
public struct TimeExpression: Sendable, Hashable {
    /// Character offsets of the expression in the document (union of its words' spans).
    public var span: Span
    /// The point in time the expression denotes. For a period that runs up to the
    /// document ("de afgelopen twee maanden", "sinds 2014") this is the document date,
    /// since what the sentence reports still holds when it was written.
    public var date: PartialDate
    /// For periods only: when the period began ("sinds 2014" → 2014).
    public var periodStart: PartialDate?
    /// Indices into `Sentence.words` covered by the expression.
    public var wordRange: Range<Int>

    public init(span: Span, date: PartialDate, periodStart: PartialDate? = nil, wordRange: Range<Int>) {
        self.span = span; self.date = date; self.periodStart = periodStart; self.wordRange = wordRange
    }
}

/// Calendar units relative expressions count in.
enum TimeUnit: Sendable {
    case day, week, weekend, month, year
}

/// Which way a weekday or a bare month points from the document date.
enum TimeDirection: Sendable {
    /// The most recent one on or before the document date (the default for news).
    case past
    /// Strictly before the document's own day or month ("vorige donderdag", "last March").
    case strictlyPast
    /// The next one on or after the document date (future tense).
    case future
    /// Strictly after ("volgende donderdag", "next March").
    case strictlyFuture
    /// Whichever is nearest (a date without a year).
    case nearest
}
