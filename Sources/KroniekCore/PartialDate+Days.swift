extension PartialDate {
    /// The number of days from this date to `other`, both of day precision (nil otherwise):
    /// how long a dated period lasts.
    public func days(to other: PartialDate) -> Int? {
        guard let m = month, let d = day, let om = other.month, let od = other.day else { return nil }
        return PartialDate.dayNumber(year: other.year, month: om, day: od) - PartialDate.dayNumber(year: year, month: m, day: d)
    }
}
