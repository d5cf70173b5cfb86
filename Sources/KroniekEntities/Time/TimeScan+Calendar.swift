import KroniekCore

/// Rules for calendar expressions: numeric dates, day-month(-year), month-year,
/// bare months and years.
extension TimeScan {
    /// "2022-01-10", "10-01-2022", "10/1/2022", as one token or as touching tokens.
    func numericDate(at i: Int) -> TimeMatch? {
        guard let first = form(i), first.first?.isNumber == true else { return nil }
        var joined = first, end = i + 1
        while end < words.count, end - i < 5, touches(end - 1), let f = form(end),
              f.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "/" }) {
            joined += f; end += 1
        }
        let usesSlash = joined.contains("/")
        let parts = joined.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }),
              let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        let date: PartialDate?
        if parts[0].count == 4 {
            date = PartialDate(year: a, month: b, day: c)
        } else if parts[2].count == 4 {
            // Day first, as in Dutch and British usage; American month-first only for
            // slashed English dates.
            let monthFirst = usesSlash && lexicon.slashedDatesMonthFirst
            date = monthFirst ? PartialDate(year: c, month: a, day: b) : PartialDate(year: c, month: b, day: a)
        } else {
            date = nil
        }
        return date.map { TimeMatch(end: end, date: $0) }
    }

    /// "(zaterdag) 11 december (2021)", "December 11(, 2021)", "11th of December",
    /// "maart 2014". Without a year the nearest one to the document date is chosen.
    func calendarDate(at i: Int) -> TimeMatch? {
        var j = i
        if let f = form(j), weekdayNumber(f) != nil {
            j += 1
            if form(j) == "," { j += 1 }
        }
        if let day = dayOfMonth(j) {
            var k = j + 1
            if form(k) == "of" { k += 1 }
            if let (month, next) = monthName(at: k, besideNumber: true) {
                return withOptionalYear(month: month, day: day, from: next)
            }
        }
        guard let (month, next) = monthName(at: j, besideNumber: true) else { return nil }
        if let day = dayOfMonth(next) { return withOptionalYear(month: month, day: day, from: next + 1) }
        if let year = yearNumber(next), let date = PartialDate(year: year, month: month) {
            return TimeMatch(end: next + 1, date: date)
        }
        return nil
    }

    private func withOptionalYear(month: Int, day: Int, from k: Int) -> TimeMatch? {
        let afterComma = form(k) == "," ? k + 1 : k
        if let year = yearNumber(afterComma) {
            return PartialDate(year: year, month: month, day: day).map { TimeMatch(end: afterComma + 1, date: $0) }
        }
        guard let date = clock?.date(month: month, day: day, tenseDirection) else { return nil }
        return TimeMatch(end: k, date: date)
    }

    /// One token joining a narrowing word to a year or month: "mid-2022", "mid-January".
    func hyphenatedPeriod(at i: Int) -> TimeMatch? {
        guard let f = form(i), let dash = f.firstIndex(of: "-"),
              lexicon.withinModifiers.contains(String(f[..<dash])) else { return nil }
        let rest = String(f[f.index(after: dash)...])
        if rest.count == 4, let year = Int(rest), let date = PartialDate(year: year) { return TimeMatch(end: i + 1, date: date) }
        if let month = lexicon.months[rest], !lexicon.abbreviatedMonths.contains(rest),
           let date = clock?.date(month: month, day: nil, tenseDirection) {
            return TimeMatch(end: i + 1, date: date)
        }
        return nil
    }

    /// "in maart", "sinds januari", "in March": a month without day or year.
    func bareMonth(at i: Int) -> TimeMatch? {
        guard let (month, next) = monthName(at: i, besideNumber: false),
              let date = clock?.date(month: month, day: nil, tenseDirection) else { return nil }
        return TimeMatch(end: next, date: date)
    }

    /// "in 2014", "sinds 1995", "begin 2022": a year needs a time word before it, and
    /// is rejected when it counts something ("van 2000 soldaten").
    func bareYear(at i: Int) -> TimeMatch? {
        guard let year = yearNumber(i), (1900...2100).contains(year), let before = form(i - 1) else { return nil }
        let afterHyphen = before == "-" && form(i - 2).map(lexicon.withinModifiers.contains) == true
        guard lexicon.yearPrepositions.contains(before) || afterHyphen, !countsSomething(after: i) else { return nil }
        return PartialDate(year: year).map { TimeMatch(end: i + 1, date: $0) }
    }

    /// Whether the number at `i` is a quantity: the next word is a noun (when tagged) or,
    /// untagged, a round number ("2000") before a lowercase word that is not a function
    /// word. Untagged years such as 1962 are almost never counts.
    private func countsSomething(after i: Int) -> Bool {
        guard i + 1 < words.count else { return false }
        if let upos = words[i + 1].upos { return upos == .NOUN }
        guard let n = yearNumber(i), n % 50 == 0 else { return false }
        guard let next = form(i + 1), next.first?.isLetter == true, !isCapitalised(i + 1) else { return false }
        return !Self.wordsAfterYear.contains(next) && !lexicon.articles.contains(next)
    }

    private static let wordsAfterYear: Set<String> = [
        "en", "of", "maar", "toen", "was", "werd", "is", "had", "heeft", "hebben", "zijn", "waren", "in", "op", "tot",
        "al", "nog", "ook", "een", "na", "voor", "and", "or", "but", "when", "were", "has", "have", "on",
        "to", "a", "an", "after", "before", "until",
    ]

    /// A month name at `i` and the index after it (and after a full stop that ends an
    /// abbreviation). Abbreviations need a number beside them; ambiguous words ("May")
    /// need a capital and, when bare, a time word before them.
    func monthName(at i: Int, besideNumber: Bool) -> (Int, Int)? {
        guard let f = form(i), let month = lexicon.months[f] else { return nil }
        if lexicon.capitalisedNames, !isCapitalised(i) { return nil }
        if lexicon.abbreviatedMonths.contains(f), !besideNumber { return nil }
        if lexicon.ambiguousMonths.contains(f), !besideNumber {
            guard let before = form(i - 1), lexicon.yearPrepositions.contains(before) || lexicon.withinModifiers.contains(before)
            else { return nil }
        }
        let next = form(i + 1) == "." && lexicon.abbreviatedMonths.contains(f) ? i + 2 : i + 1
        return (month, next)
    }

    /// A day of the month: "10", "10e", "10de", "1ste", "10th", "1st".
    func dayOfMonth(_ i: Int) -> Int? {
        guard let f = form(i) else { return nil }
        let digits = f.prefix { $0.isNumber }
        let suffix = f.dropFirst(digits.count)
        guard (1...2).contains(digits.count), Self.ordinalSuffixes.contains(String(suffix)),
              let n = Int(digits), (1...31).contains(n) else { return nil }
        return n
    }

    private static let ordinalSuffixes: Set<String> = ["", "e", "de", "ste", "st", "nd", "rd", "th"]

    /// A four-digit year.
    func yearNumber(_ i: Int) -> Int? {
        guard let f = form(i), f.count == 4, f.allSatisfy(\.isNumber), let n = Int(f), n >= 1000 else { return nil }
        return n
    }

    /// ISO weekday of a weekday name or of a compound such as "donderdagavond".
    func weekdayNumber(_ f: String) -> Int? {
        if let n = lexicon.weekdays[f] { return n }
        for suffix in lexicon.dayPartSuffixes where f.hasSuffix(suffix) {
            if let n = lexicon.weekdays[String(f.dropLast(suffix.count))] { return n }
        }
        return nil
    }
}
