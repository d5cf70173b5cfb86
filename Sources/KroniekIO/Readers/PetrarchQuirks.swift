import KroniekCore

/// The departures from XML that the PETRARCH scanner reads past, tallied per kind so a
/// file with one quirk in every record gives one warning (with the first line and the
/// count), not thousands.
struct PetrarchQuirks {
    enum Kind: Hashable, Comparable {
        case nestedComment
        case unterminatedComment
        case selfClosedRecordClosedLater
        case recordWithoutEndTag
        case strayEndTag(String)
        case elementNotRead(String)
        case configNotApplied
        case elementOutsideRecords(String)
        case strayText
        case stop
    }

    private var seen: [Kind: (count: Int, firstLine: Int)] = [:]

    mutating func note(_ kind: Kind, line: Int) {
        if let known = seen[kind] { seen[kind] = (known.count + 1, known.firstLine) } else { seen[kind] = (1, line) }
    }

    func warnings(origin: String, recordsAfterStop: Int) -> [InputError] {
        seen.keys.sorted().map { kind in
            let (count, line) = seen[kind]!
            return InputError(origin: origin, line: line, message: Self.message(kind, count: count, recordsAfterStop: recordsAfterStop))
        }
    }

    private static func message(_ kind: Kind, count: Int, recordsAfterStop: Int) -> String {
        let times = count == 1 ? "" : " (\(count) times)"
        switch kind {
        case .nestedComment:
            return "a comment holds another '<!--'\(times): read as one comment up to its matching '-->', where XML would end it at the first '-->'"
        case .unterminatedComment:
            return "a comment that never ends: the rest of the file is read as a comment"
        case .selfClosedRecordClosedLater:
            return "a self-closed record start is closed again by its end tag later\(times): read as one record, as PETRARCH does"
        case .recordWithoutEndTag:
            return "a record without its end tag\(times): it ends where the next record starts"
        case .strayEndTag(let name):
            return "</\(name)> without a record to close\(times): ignored"
        case .elementNotRead(let name):
            return "<\(name)>\(times) is not one of the elements Kroniek reads (<EventCoding>, <Text>, <Parse>): ignored"
        case .configNotApplied:
            return "<Config>\(times) is not applied: Kroniek's coder has no such run options (PETRARCH's require_dyad, comma_*, new_actor_length)"
        case .elementOutsideRecords(let name):
            return "<\(name)>\(times) outside any record: ignored"
        case .strayText:
            return "text outside any element\(times), such as the rest of a comment that ended early: ignored"
        case .stop:
            return "<Stop>: the \(recordsAfterStop) record(s) from here on are not read, as PETRARCH stops there"
        }
    }
}
