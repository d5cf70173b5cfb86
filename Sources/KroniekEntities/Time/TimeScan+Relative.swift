import KroniekCore

/// Rules for expressions relative to the document date: "vorige week", "volgende
/// maand", "de afgelopen twee maanden", "drie dagen geleden", "gisteren", "donderdag".
extension TimeScan {
    /// "(de) vorige/deze/volgende week|maand|jaar|weekend", "afgelopen donderdag",
    /// "next Thursday", "last March".
    func relativeUnit(at i: Int) -> TimeMatch? {
        guard let clock else { return nil }
        let j = form(i).map(lexicon.articles.contains) == true ? i + 1 : i
        guard let modifier = form(j), let step = direction(of: modifier), let f = form(j + 1) else { return nil }
        if let unit = lexicon.units[f], isSingular(f) {
            return TimeMatch(end: j + 2, date: clock.shifted(by: step, unit))
        }
        if let weekday = weekdayNumber(f) {
            let way: TimeDirection = step < 0 ? .strictlyPast : step > 0 ? .strictlyFuture : (isFuture ? .future : .past)
            return TimeMatch(end: afterDayPart(j + 2), date: clock.weekday(weekday, way))
        }
        if step != 0, let month = lexicon.months[f], !lexicon.abbreviatedMonths.contains(f),
           let date = clock.date(month: month, day: nil, step < 0 ? .strictlyPast : .strictlyFuture) {
            return TimeMatch(end: j + 2, date: date)
        }
        return nil
    }

    /// "de afgelopen twee maanden", "the past three weeks", "de afgelopen weken":
    /// a period up to the document date.
    func period(at i: Int) -> TimeMatch? {
        guard let clock else { return nil }
        let j = form(i).map(lexicon.articles.contains) == true ? i + 1 : i
        guard let modifier = form(j), lexicon.pastModifiers.contains(modifier) else { return nil }
        if let n = count(at: j + 1), let f = form(j + 2), let unit = lexicon.units[f] {
            return TimeMatch(end: j + 3, date: clock.anchor, periodStart: clock.shifted(by: -n, unit))
        }
        if let f = form(j + 1), lexicon.units[f] != nil, !isSingular(f) {
            return TimeMatch(end: j + 2, date: clock.anchor)
        }
        return nil
    }

    /// "drie dagen geleden", "a week ago", "over twee weken", "in two months".
    func countedShift(at i: Int) -> TimeMatch? {
        guard let clock else { return nil }
        if let f = form(i), lexicon.aheadWords.contains(f), let n = count(at: i + 1),
           let u = form(i + 2), let unit = lexicon.units[u] {
            return TimeMatch(end: i + 3, date: clock.shifted(by: n, unit))
        }
        if let n = count(at: i), let u = form(i + 1), let unit = lexicon.units[u],
           let ago = form(i + 2), lexicon.agoWords.contains(ago) {
            return TimeMatch(end: i + 3, date: clock.shifted(by: -n, unit))
        }
        return nil
    }

    /// "gisteren", "vandaag", "morgen", "yesterday", "this morning", "last night".
    func deicticDay(at i: Int) -> TimeMatch? {
        guard let clock, let f = form(i) else { return nil }
        if let g = form(i + 1), let offset = lexicon.deicticPairs[f + " " + g] {
            return TimeMatch(end: i + 2, date: clock.shifted(by: offset, .day))
        }
        guard let offset = lexicon.deicticDays[f] else { return nil }
        // "de morgen", "'s morgens", "De Morgen" (a newspaper): morning, not tomorrow.
        if f == "morgen", let before = form(i - 1), lexicon.morningDeterminers.contains(before) { return nil }
        return TimeMatch(end: i + 1, date: clock.shifted(by: offset, .day))
    }

    /// A bare weekday ("donderdag", "Thursday night", "zaterdagavond"): the most recent
    /// one, or the next one in a future-tense sentence.
    func weekdayExpression(at i: Int) -> TimeMatch? {
        guard let clock, let f = form(i), let weekday = weekdayNumber(f) else { return nil }
        return TimeMatch(end: afterDayPart(i + 1), date: clock.weekday(weekday, isFuture ? .future : .past))
    }

    /// Skips a separate day-part word after a weekday ("Thursday night").
    private func afterDayPart(_ i: Int) -> Int {
        form(i).map(lexicon.dayPartWords.contains) == true ? i + 1 : i
    }

    /// -1, 0 or +1 for past, current and next modifiers.
    private func direction(of modifier: String) -> Int? {
        if lexicon.pastModifiers.contains(modifier) { return -1 }
        if lexicon.currentModifiers.contains(modifier) { return 0 }
        if lexicon.nextModifiers.contains(modifier) { return 1 }
        return nil
    }

    /// A small count written in digits or words ("2", "twee", "a").
    private func count(at i: Int) -> Int? {
        guard let f = form(i) else { return nil }
        if f.count <= 3, f.allSatisfy(\.isNumber) { return Int(f) }
        return lexicon.numbers[f]
    }

    /// Whether a unit word is singular ("week", "jaar"); Dutch "jaar" is both, so it
    /// counts as singular here and as a count unit after a number.
    private func isSingular(_ f: String) -> Bool {
        !["dagen", "weken", "maanden", "jaren", "days", "weeks", "months", "years"].contains(f)
    }
}
