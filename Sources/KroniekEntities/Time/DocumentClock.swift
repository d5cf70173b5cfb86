import KroniekCore

/// Date arithmetic relative to a document date of any precision.
///
/// The document date is the reference the article speaks from. When it is coarser
/// than an expression needs ("gisteren" in an article dated only "2021-12"), the
/// result stays at the document's precision rather than inventing a day: shifts
/// smaller than the document's unit leave the document date as it is.
struct DocumentClock: Sendable {
    let anchor: PartialDate

    /// The document date moved by `n` units, at the precision the unit and the anchor allow.
    func shifted(by n: Int, _ unit: TimeUnit) -> PartialDate {
        switch unit {
        case .day:
            return shiftedDays(n, keeping: .day)
        case .week, .weekend:
            // A week is dated by the month of its Thursday (the ISO 8601 convention
            // for which month or year a week belongs to).
            guard anchor.precision >= .day, let wd = anchor.weekday else { return shiftedDays(7 * n, keeping: .month) }
            return anchor.addingDays(7 * n + 4 - wd).truncated(to: .month)
        case .month:
            if anchor.precision >= .month { return anchor.addingMonths(n).truncated(to: .month) }
            return PartialDate(year: anchor.year + floorDiv(n, 12))!
        case .year:
            return PartialDate(year: anchor.year + n) ?? anchor.truncated(to: .year)
        }
    }

    /// Shifts by days; at month precision a shift under four weeks keeps the month and
    /// longer shifts move by whole (30-day) months.
    private func shiftedDays(_ n: Int, keeping precision: PartialDate.Precision) -> PartialDate {
        switch anchor.precision {
        case .day, .instant:
            return anchor.addingDays(n).truncated(to: precision)
        case .month:
            let months = abs(n) < 28 ? 0 : (n + (n > 0 ? 15 : -15)) / 30
            return anchor.addingMonths(months).truncated(to: .month)
        case .year:
            return PartialDate(year: anchor.year + (abs(n) < 365 ? 0 : n / 365)) ?? anchor
        }
    }

    /// A weekday (1 = Monday) seen from the document date.
    func weekday(_ target: Int, _ direction: TimeDirection) -> PartialDate {
        guard anchor.precision >= .day, let wd = anchor.weekday else { return anchor }
        let back = (wd - target + 7) % 7, ahead = (target - wd + 7) % 7
        switch direction {
        case .past, .nearest: return anchor.addingDays(-back).truncated(to: .day)
        case .strictlyPast: return anchor.addingDays(-(back == 0 ? 7 : back)).truncated(to: .day)
        case .future: return anchor.addingDays(ahead).truncated(to: .day)
        case .strictlyFuture: return anchor.addingDays(ahead == 0 ? 7 : ahead).truncated(to: .day)
        }
    }

    /// A month (and day) without a year: the year that puts it in the given direction
    /// from the document date; `.nearest` picks the closest, ties going to the past.
    func date(month: Int, day: Int?, _ direction: TimeDirection) -> PartialDate? {
        let candidates = (anchor.year - 1...anchor.year + 1).compactMap { PartialDate(year: $0, month: month, day: day) }
        guard anchor.precision >= .month else {
            return candidates.first { $0.year == anchor.year }
        }
        let distances = candidates.map { (date: $0, distance: distance(to: $0)) }
        switch direction {
        case .nearest:
            return distances.min { abs($0.distance) < abs($1.distance) }?.date
        case .past:
            // A tense points the way, but not across a year: "was expected to meet on
            // September 9" in an August article is next month, not last year's September.
            let past = distances.filter { $0.distance <= 0 }.max { $0.distance < $1.distance }
            let future = distances.filter { $0.distance > 0 }.min { $0.distance < $1.distance }
            return Self.preferNear(past, over: future)?.date
        case .strictlyPast:
            return distances.filter { $0.distance < 0 && !sameMonth($0.date) }.max { $0.distance < $1.distance }?.date
        case .future:
            let future = distances.filter { $0.distance >= 0 }.min { $0.distance < $1.distance }
            let past = distances.filter { $0.distance < 0 }.max { $0.distance < $1.distance }
            return Self.preferNear(future, over: past)?.date
        case .strictlyFuture:
            return distances.filter { $0.distance > 0 && !sameMonth($0.date) }.min { $0.distance < $1.distance }?.date
        }
    }

    /// The candidate the tense points to, unless it lies half a year or more away and the
    /// other lies within two months (distances in days, or months for month dates).
    private static func preferNear(_ tensed: (date: PartialDate, distance: Int)?,
                                   over other: (date: PartialDate, distance: Int)?) -> (date: PartialDate, distance: Int)? {
        guard let tensed, let other else { return tensed ?? other }
        let days = { (d: (date: PartialDate, distance: Int)) in abs(d.distance) * (d.date.day == nil ? 30 : 1) }
        return days(tensed) >= 180 && days(other) <= 60 ? other : tensed
    }

    private func sameMonth(_ d: PartialDate) -> Bool { d.year == anchor.year && d.month == anchor.month }

    /// Signed distance from the anchor to `d`: days when both have a day, else months.
    private func distance(to d: PartialDate) -> Int {
        if let ad = anchor.day, let am = anchor.month, let dd = d.day, let dm = d.month {
            return daysFromCivil(d.year, dm, dd) - daysFromCivil(anchor.year, am, ad)
        }
        return (d.year * 12 + (d.month ?? 1)) - (anchor.year * 12 + (anchor.month ?? 1))
    }
}

private func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }

/// Days since 1970-01-01 (Howard Hinnant's algorithm); only differences are used.
private func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
    return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}
