import Foundation
import KroniekEvents
import KroniekIO

/// Real-news event scores for people (a short table) and machines (JSON).
enum EventScoreText {
    static func table(_ s: EventCorpusScore) -> String {
        var lines = [String(format: "documents %d  sentences %d  gold %d (%.3f per sentence)  system %d (%.3f per sentence)",
                            s.documents, s.sentences, s.goldEvents, s.goldPerSentence, s.systemEvents, s.systemPerSentence)]
        for level in MatchLevel.allCases {
            let l = s.levels[level] ?? LevelScore()
            lines.append(String(format: "%-6@  matched %4d  precision %5.1f%%  recall %5.1f%%  F1 %.3f",
                                level.rawValue as NSString, l.matched, 100 * l.precision, 100 * l.recall, l.f1))
        }
        let m = max(1, s.rootMatches)
        let flags = EventCorpusScore.flagNames.map { String(format: "%@ %.0f%%", $0, 100 * Double(s.flagAgreement[$0] ?? 0) / Double(m)) }
        lines.append("on \(s.rootMatches) root matches: all flags agree \(percent(s.allFlagsAgree, m)), dates \(percent(s.datesAgree, m)); "
            + flags.joined(separator: ", "))
        lines.append("recall by root: " + s.roots.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.matched)/\($0.value.gold)" }
            .joined(separator: "  "))
        return lines.joined(separator: "\n")
    }

    static func json(_ s: EventCorpusScore) throws -> String {
        func number(_ x: Double) -> JSONValue { .number(String(format: "%.4f", x)) }
        var members: [(key: String, value: JSONValue)] = [
            ("documents", .int(s.documents)), ("sentences", .int(s.sentences)),
            ("gold_events", .int(s.goldEvents)), ("system_events", .int(s.systemEvents)),
            ("gold_per_sentence", number(s.goldPerSentence)), ("system_per_sentence", number(s.systemPerSentence)),
        ]
        for level in MatchLevel.allCases {
            let l = s.levels[level] ?? LevelScore()
            members.append((level.rawValue, .object([("matched", .int(l.matched)), ("precision", number(l.precision)),
                                                     ("recall", number(l.recall)), ("f1", number(l.f1))])))
        }
        let m = Double(max(1, s.rootMatches))
        members.append(("root_matches", .int(s.rootMatches)))
        members.append(("flag_agreement", .object(EventCorpusScore.flagNames.map { ($0, number(Double(s.flagAgreement[$0] ?? 0) / m)) }
            + [("all", number(Double(s.allFlagsAgree) / m))])))
        members.append(("date_agreement", number(Double(s.datesAgree) / m)))
        members.append(("recall_by_root", .object(s.roots.sorted { $0.key < $1.key }.map {
            ($0.key, .object([("gold", .int($0.value.gold)), ("matched", .int($0.value.matched))]))
        })))
        return JSONWriter().string(.object(members))
    }

    private static func percent(_ n: Int, _ of: Int) -> String { String(format: "%.0f%%", 100 * Double(n) / Double(of)) }
}
