import Foundation
import KroniekCore

/// How UniversalPetrarch joins the event of a sentence's main verb with the event of a
/// clause it governs (`PETRgraph.Sentence.get_events`, `match_transform`,
/// `utilities.combine_code`), and how it negates a code (`get_verb_code_per_triplet`),
/// both through the PETRARCH Internal Coding Ontology (PICO), where a code is a number
/// whose hexadecimal digits are its categories.
///
/// A main event `a … P` and a governed event `b → c Q` become one event:
/// - by the verb dictionary's transformations (`~ a (b . ATTACK) SAY = a b 112`: "Israel
///   said militants attacked …" is Israel accusing the militants);
/// - else, when the governed clause has another source, `a → b` with P and Q combined
///   ("Pakistan asked the United States to provide aid": 020 with 070 is 023);
/// - else, when it has the same source and a target, `a → c` with P and Q combined
///   ("North Korea threatened to attack Japan": 130 with 190 is 138).
/// Codes combine as `combine_code` does: a higher category of the governed verb wins
/// ("agreed to meet" is a meeting), a statement gives way to what is stated, and a
/// lower one is added to the main one's digits, which must then name a code.
public struct PetrarchVerbCombination: Sendable {
    /// PICO number of each code.
    private var values: [String: Int] = [:]
    /// The code of each PICO number: the last one listed (the file lists codes in CAMEO
    /// order), as UniversalPetrarch's reverse dictionary keeps it.
    private var codes: [Int: String] = [:]
    private var transformations: [Transformation] = []

    /// `~ a (X Y LOWER) UPPER = a b RESULT`.
    struct Transformation: Sendable {
        /// PICO numbers of the main verb's code and of the governed verb's (nil: any, `Q`).
        var upper: Int
        var lower: Int?
        /// Whether the governed clause must have the main clause's source (`(a …)`; `b`
        /// and `_` take any, and the file lists the `a` lines first), and whether the
        /// result's target is the governed clause's source (`(b . …)`) or its target.
        var sameSource: Bool
        var targetIsLowerSource: Bool
        /// The result's code; nil takes the governed verb's (`Q`).
        var result: String?
    }

    /// One side of a combination: source and target codes and the event code.
    struct Side: Equatable {
        var source: String?
        var target: String?
        var code: String
    }

    /// Reads the PICO file and the transformations of the verb files; the verbs the
    /// transformations name (`SAY`, `ATTACK`) are looked up in `dictionary`.
    public static func load(pico: String, verbFiles: [String], dictionary: EventDictionary) throws -> PetrarchVerbCombination {
        try PetrarchVerbCombination(pico: DictionaryLoader.read(pico), origin: pico,
                                    verbs: verbFiles.map(DictionaryLoader.read), dictionary: dictionary)
    }

    /// The combination the texts of a PICO file and of verb files give.
    init(pico: String, origin: String, verbs: [String], dictionary: EventDictionary) throws {
        values = try PicoOntology.read(pico, origin: origin).values
        for (code, value) in values where codes[value].map({ $0 < code }) ?? true { codes[value] = code }
        // UniversalPetrarch's reverse dictionary adds "want to attack" by hand.
        codes[0x30A0] = "138"
        for text in verbs {
            for (_, line) in PetrarchLines.contentLines(text) where line.trimmed.hasPrefix("~") {
                if let t = transformation(String(line.trimmed.dropFirst()), dictionary) { transformations.append(t) }
            }
        }
    }

    /// `a (a b ATTACK) SAY = a b 015` read against the verbs' codes; nil for a line that
    /// names a verb the dictionary lacks (UniversalPetrarch fails on those).
    private func transformation(_ line: String, _ dictionary: EventDictionary) -> Transformation? {
        let sides = line.replacingOccurrences(of: "(", with: " ").replacingOccurrences(of: ")", with: " ")
            .split(separator: "=").map { $0.split(separator: " ").map(String.init) }
        guard sides.count == 2, sides[0].count == 5, sides[1].count == 3,
              let upper = verbValue(sides[0][4], dictionary) else { return nil }
        let lower = sides[0][3] == "Q" ? nil : verbValue(sides[0][3], dictionary)
        guard sides[0][3] == "Q" || lower != nil else { return nil }
        return Transformation(upper: upper, lower: lower, sameSource: sides[0][1] == "a",
                              targetIsLowerSource: sides[0][1] == "b",
                              result: sides[1][2] == "Q" ? nil : sides[1][2])
    }

    /// The PICO number of a verb's code (`SAY`: 010), from its dictionary entry.
    private func verbValue(_ verb: String, _ dictionary: EventDictionary) -> Int? {
        guard let entry = dictionary.verbs[verb]?.first,
              let code = (entry.code ?? dictionary.families[entry.family].code)?.primary else { return nil }
        return value(code)
    }

    /// A code's PICO number: its own, else its root's; of a paired code (`042:043`) the
    /// first's (`convert_code`).
    func value(_ code: String) -> Int? {
        let active = code.split(separator: ":").first.map(String.init) ?? code
        return values[active] ?? values[String(active.prefix(2)) + "0"]
    }

    /// The code meaning "not `code`" (its number less 0xFFFF); nil when the ontology has
    /// none, where UniversalPetrarch writes a code no record can match.
    func negation(of code: String) -> String? {
        value(code).flatMap { codes[$0 - 0xFFFF] }
    }

    /// The combination of a main clause's code with a governed clause's code, nil when
    /// it names no code.
    func combine(_ upper: String, _ lower: String) -> String? {
        guard let p = value(upper), let q = value(lower) else { return nil }
        let combined: Int
        if q <= 0 { combined = q + p }
        else if p > 0x1000 && q > 0x1000 { combined = q }
        else if q >= p || p == 0x1000 { combined = q }
        else if q == 0x1000 { combined = p }
        else { combined = p + q }
        return codes[combined]
    }

    /// The event `a → … P` joined with `b → c Q` makes; nil when no rule joins them
    /// (then UniversalPetrarch keeps both).
    func joined(_ main: Side, _ governed: Side) -> Side? {
        guard let a = main.source else { return nil }
        if let p = value(main.code), let q = value(governed.code) {
            for t in transformations where t.upper == p && (t.lower == nil || t.lower == q) {
                if t.sameSource && governed.source != a { continue }
                let target = t.targetIsLowerSource ? governed.source : governed.target
                guard target != nil else { continue }
                return Side(source: a, target: target, code: t.result ?? governed.code)
            }
        }
        if let b = governed.source, b != a {
            return combine(main.code, governed.code).map { Side(source: a, target: b, code: $0) }
        }
        if governed.source == a, let c = governed.target {
            return combine(main.code, governed.code).map { Side(source: a, target: c, code: $0) }
        }
        return nil
    }
}
