import KroniekCore

/// A dyad's events counted by ISO week (Monday to Sunday), the unit the alerts watch.
struct DyadWeeks {
    struct Week {
        var events: [EventRecord] = []
        var goldsteinSum = 0.0
        var materialConflict = 0
        var count: Int { events.count }
        var conflictShare: Double { count == 0 ? 0 : Double(materialConflict) / Double(count) }
    }

    let dyad: String
    /// The week number (`Self.week(ofDay:)`) of `weeks[0]`.
    let firstWeek: Int
    /// Every week from the dyad's first event to the last week of the whole stream, quiet
    /// weeks included: a week without events is news too.
    let weeks: [Week]

    /// Groups events by dyad (unordered: A against B and B against A are one relation).
    /// Events without a target or without a day-precise date are left out: their week is
    /// unknown.
    static func group(_ events: [EventRecord], granularity: AlertPolicy.Granularity) -> [DyadWeeks] {
        var byDyad: [String: [(week: Int, event: EventRecord)]] = [:]
        var lastWeek = Int.min
        for e in events {
            guard let target = e.target, let days = DayRange(e.date), days.first == days.last else { continue }
            let sides = [String(e.source.code.prefix(granularity.length)), String(target.code.prefix(granularity.length))].sorted()
            let week = Self.week(ofDay: days.first)
            byDyad[sides[0] + "–" + sides[1], default: []].append((week, e))
            lastWeek = max(lastWeek, week)
        }
        return byDyad.keys.sorted().map { dyad in
            let dated = byDyad[dyad]!
            let first = dated.map(\.week).min()!
            var weeks = Array(repeating: Week(), count: lastWeek - first + 1)
            for (week, e) in dated {
                weeks[week - first].events.append(e)
                weeks[week - first].goldsteinSum += e.goldstein ?? 0
                if e.quadClass == 4 { weeks[week - first].materialConflict += 1 }
            }
            return DyadWeeks(dyad: dyad, firstWeek: first, weeks: weeks)
        }
    }

    /// Weeks since the Monday 1969-12-29; day 0 (1970-01-01) is a Thursday.
    static func week(ofDay day: Int) -> Int {
        let sinceMonday = day + 3
        return sinceMonday >= 0 ? sinceMonday / 7 : (sinceMonday - 6) / 7
    }

    /// The Monday a week begins on.
    static func monday(ofWeek week: Int) -> PartialDate { DayRange.date(ofDay: week * 7 - 3) }
}
