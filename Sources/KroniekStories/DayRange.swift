import Foundation
import KroniekCore

/// The days a partial date may denote, as day numbers (days since 1970-01-01, UTC): a
/// day-precise date is one day, a month-precise one every day of its month. Year-only and
/// missing dates have no range: a year is too vague to place a happening or a week, so
/// fusion leaves such events alone and the weekly series of the alerts leave them out.
public struct DayRange: Hashable, Sendable {
    public let first: Int
    public let last: Int

    public init(first: Int, last: Int) { self.first = first; self.last = last }

    public init?(_ date: PartialDate?) {
        guard let date, let month = date.month else { return nil }
        if let day = date.day {
            first = Self.dayNumber(date.year, month, day)
            last = first
        } else {
            first = Self.dayNumber(date.year, month, 1)
            last = first + PartialDate.daysIn(month: month, year: date.year) - 1
        }
    }

    /// Days between the two ranges; 0 when they overlap.
    public func gap(to other: DayRange) -> Int {
        max(0, max(first, other.first) - min(last, other.last))
    }

    /// The calendar date of a day number.
    public static func date(ofDay n: Int) -> PartialDate {
        let c = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(n) * 86_400))
        return PartialDate(year: c.year!, month: c.month!, day: c.day!)!
    }

    static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let d = calendar.date(from: DateComponents(year: year, month: month, day: day))!
        return Int((d.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    private static let calendar: Calendar = {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC")!
        return c
    }()
}
