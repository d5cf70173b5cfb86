/// A calendar date known to some precision: a year, a month, a day or an instant.
///
/// News dates are often vague ("december 2021"), and an event date derived from
/// "donderdag" in a month-dated article is known to the month only. Keeping the
/// precision stops later stages from inventing a day.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    public enum Precision: Int, Sendable, Codable, Comparable {
        case year = 0, month, day, instant
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    public let year: Int
    public let month: Int?
    public let day: Int?
    /// Seconds since midnight UTC, present only for `.instant`.
    public let secondOfDay: Int?

    public var precision: Precision {
        if secondOfDay != nil { return .instant }
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// Returns nil for impossible dates (month 13, 31 April, 29 February 2023).
    public init?(year: Int, month: Int? = nil, day: Int? = nil, secondOfDay: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let m = month { guard (1...12).contains(m) else { return nil } }
        if let d = day {
            guard let m = month, (1...PartialDate.daysIn(month: m, year: year)).contains(d) else { return nil }
        }
        if let s = secondOfDay { guard day != nil, (0..<86_400).contains(s) else { return nil } }
        self.year = year; self.month = month; self.day = day; self.secondOfDay = secondOfDay
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The same date cut to a coarser precision.
    public func truncated(to p: Precision) -> PartialDate {
        PartialDate(year: year,
                    month: p >= .month ? month : nil,
                    day: p >= .day ? day : nil,
                    secondOfDay: p >= .instant ? secondOfDay : nil)!
    }

    /// ISO 8601: `2021`, `2021-12`, `2021-12-30`, `2021-12-30T14:05:00Z`.
    public var description: String {
        var s = pad(year, 4)
        if let m = month { s += "-" + pad(m, 2) }
        if let d = day { s += "-" + pad(d, 2) }
        if let t = secondOfDay {
            s += "T" + pad(t / 3600, 2) + ":" + pad(t / 60 % 60, 2) + ":" + pad(t % 60, 2) + "Z"
        }
        return s
    }

    /// Parses ISO forms (`2021`, `2021-12`, `2021-12-30`, `2021-12-30T14:05[:00][Z|±hh:mm]`)
    /// and the compact forms PETRARCH uses (`20211230`, `202112`).
    public init?(iso text: String) {
        let t = text.trimmingCharacters(in: " \t\r\n")
        let scalars = Array(t.unicodeScalars)
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= scalars.count, !r.isEmpty else { return nil }
            var v = 0
            for i in r { guard let d = scalars[i].properties.numericType == .decimal ? Int(String(scalars[i])) : nil else { return nil }; v = v * 10 + d }
            return v
        }
        if scalars.count == 8, let y = number(0..<4), let m = number(4..<6), let d = number(6..<8) {
            self.init(year: y, month: m, day: d); return
        }
        if scalars.count == 6, let y = number(0..<4), let m = number(4..<6) { self.init(year: y, month: m); return }
        guard let y = number(0..<4) else { return nil }
        if scalars.count == 4 { self.init(year: y); return }
        guard scalars.count >= 7, scalars[4] == "-", let m = number(5..<7) else { return nil }
        if scalars.count == 7 { self.init(year: y, month: m); return }
        guard scalars.count >= 10, scalars[7] == "-", let d = number(8..<10) else { return nil }
        if scalars.count == 10 { self.init(year: y, month: m, day: d); return }
        guard scalars[10] == "T" || scalars[10] == " ", let hh = number(11..<13),
              scalars.count >= 16, scalars[13] == ":", let mm = number(14..<16) else { return nil }
        var i = 16, ss = 0
        if i + 3 <= scalars.count, scalars[i] == ":", let s = number(i + 1..<i + 3) { ss = s; i += 3 }
        // Skip fractional seconds.
        if i < scalars.count, scalars[i] == "." { i += 1; while i < scalars.count, number(i..<i + 1) != nil { i += 1 } }
        var offset = 0
        if i < scalars.count {
            if scalars[i] == "Z" { i += 1 } else if scalars[i] == "+" || scalars[i] == "-" {
                let sign = scalars[i] == "-" ? -1 : 1
                guard let oh = number(i + 1..<i + 3) else { return nil }
                var om = 0, j = i + 3
                if j < scalars.count, scalars[j] == ":" { j += 1 }
                if let m2 = number(j..<j + 2) { om = m2; j += 2 }
                offset = sign * (oh * 3600 + om * 60); i = j
            }
        }
        guard i == scalars.count, hh < 24, mm < 60, ss < 61 else { return nil }
        self.init(utcFromLocal: y, month: m, day: d, second: hh * 3600 + mm * 60 + min(ss, 59) - offset)
    }

    /// An instant given as a local day and a second that may fall outside that day
    /// after a time-zone shift; the day rolls over as needed.
    public init?(utcFromLocal year: Int, month: Int, day: Int, second: Int) {
        guard let base = PartialDate(year: year, month: month, day: day) else { return nil }
        var dayShift = 0, s = second
        while s < 0 { s += 86_400; dayShift -= 1 }
        while s >= 86_400 { s -= 86_400; dayShift += 1 }
        let shifted = base.addingDays(dayShift)
        self.init(year: shifted.year, month: shifted.month, day: shifted.day, secondOfDay: s)
    }

    /// Day arithmetic; requires day precision (coarser dates are returned unchanged).
    public func addingDays(_ n: Int) -> PartialDate {
        guard let m = month, let d = day else { return self }
        let jdn = PartialDate.dayNumber(year: year, month: m, day: d) + n
        let (y2, m2, d2) = PartialDate.civil(fromDayNumber: jdn)
        return PartialDate(year: y2, month: m2, day: d2, secondOfDay: secondOfDay)!
    }

    /// Month arithmetic; requires month precision. The day is clamped to the new month.
    public func addingMonths(_ n: Int) -> PartialDate {
        guard let m = month else { return self }
        let total = year * 12 + (m - 1) + n
        let y2 = total / 12, m2 = total % 12 + 1
        let d2 = day.map { min($0, PartialDate.daysIn(month: m2, year: y2)) }
        return PartialDate(year: y2, month: m2, day: d2, secondOfDay: d2 == nil ? nil : secondOfDay)!
    }

    /// ISO weekday, 1 = Monday … 7 = Sunday; nil below day precision.
    public var weekday: Int? {
        guard let m = month, let d = day else { return nil }
        let n = PartialDate.dayNumber(year: year, month: m, day: d)
        return ((n % 7) + 7) % 7 + 1
    }

    /// Days since 1969-12-29 (a Monday), so `n % 7 == 0` is Monday.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil, shifted by 3 days.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468 + 3
    }

    static func civil(fromDayNumber n: Int) -> (Int, Int, Int) {
        let z = n - 3 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Orders by the earliest moment each date may denote; a coarser date sorts
    /// before finer dates inside it.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        (a.year, a.month ?? 0, a.day ?? 0, a.secondOfDay ?? -1) < (b.year, b.month ?? 0, b.day ?? 0, b.secondOfDay ?? -1)
    }

    /// Whether `instant` lies inside the period this date denotes (2021-12 contains 2021-12-30).
    public func contains(_ other: PartialDate) -> Bool {
        guard other.precision >= precision else { return false }
        return other.truncated(to: precision) == self
    }

    public init(from decoder: Decoder) throws {
        let s = try decoder.singleValueContainer().decode(String.self)
        guard let d = PartialDate(iso: s) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(s)"))
        }
        self = d
    }

    public func encode(to encoder: Encoder) throws { var c = encoder.singleValueContainer(); try c.encode(description) }
}

private func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

extension String {
    /// Trims the given characters from both ends (Foundation-free, for the core target).
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set.unicodeScalars)
        var u = Substring(self).unicodeScalars
        while let f = u.first, chars.contains(f) { u.removeFirst() }
        while let l = u.last, chars.contains(l) { u.removeLast() }
        return String(u)
    }
}
