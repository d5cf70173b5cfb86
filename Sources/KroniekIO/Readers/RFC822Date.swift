import KroniekCore

/// Parses the RFC 822 / RFC 2822 dates of RSS `pubDate`: `Thu, 30 Dec 2021 14:05:00 +0100`,
/// with or without the weekday and seconds, two- or four-digit years, and the zone as an
/// offset or a name (GMT, UT, UTC, Z, EST/EDT, CST/CDT, MST/MDT, PST/PDT). The result is
/// an instant in UTC, or a day when no time is given.
enum RFC822Date {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zoneHours: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5,
        "mst": -7, "mdt": -6, "pst": -8, "pdt": -7, "cet": 1, "cest": 2,
    ]

    static func parse(_ text: String) -> PartialDate? {
        var parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map { $0.lowercased() }
        if let first = parts.first, first.last == "," || Int(first) == nil && first.count >= 3 && months.firstIndex(of: String(first.prefix(3))) == nil {
            parts.removeFirst()  // weekday
        }
        guard parts.count >= 3, let day = Int(parts[0]),
              let monthIndex = months.firstIndex(of: String(parts[1].prefix(3))), var year = Int(parts[2]) else { return nil }
        if parts[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard parts.count >= 4 else { return PartialDate(year: year, month: monthIndex + 1, day: day) }
        let clock = parts[3].split(separator: ":").map { Int($0) }
        guard clock.count >= 2, let hour = clock[0], let minute = clock[1], hour < 24, minute < 60 else { return nil }
        let second = clock.count >= 3 ? (clock[2] ?? 0) : 0
        var offsetMinutes = 0
        if parts.count >= 5 {
            let zone = parts[4]
            if let sign = zone.first, sign == "+" || sign == "-", zone.count == 5, let value = Int(zone.dropFirst()) {
                offsetMinutes = (sign == "-" ? -1 : 1) * (value / 100 * 60 + value % 100)
            } else if let hours = zoneHours[zone] {
                offsetMinutes = hours * 60
            }
        }
        return PartialDate(utcFromLocal: year, month: monthIndex + 1, day: day,
                           second: hour * 3600 + minute * 60 + min(second, 59) - offsetMinutes * 60)
    }
}
