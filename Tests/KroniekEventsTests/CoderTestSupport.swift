import KroniekCore
import KroniekIO
@testable import KroniekEvents

/// Builds parsed documents from compact tree descriptions, one word a line:
/// `form lemma UPOS head deprel [feats]` (head 1-based, 0 = root), as in CoNLL-U.
enum TreeBuilder {
    static func document(_ words: String, date: PartialDate?, id: String = "t") throws -> Document {
        var rows: [String] = []
        for (i, line) in words.split(separator: "\n").enumerated() {
            let f = line.split(separator: " ").map(String.init)
            rows.append([String(i + 1), f[0], f[1], f[2], "_", f.count > 5 ? f[5] : "_", f[3], f[4], "_", "_"].joined(separator: "\t"))
        }
        var doc = try CoNLLUReader().read(rows.joined(separator: "\n") + "\n\n", origin: id, defaultID: id)[0]
        doc.metadata.date = date
        doc.metadata.language = .english
        return doc
    }

    /// The test dictionary: real countries and offices (facts), verbs with CAMEO codes.
    static let dictionary: EventDictionary = {
        let text = """
        language en
        cue negation = not | never
        cue conditional = if | unless
        cue future = will
        cue hypothetical = may | might
        cue report = say | according to
        cue by = by
        cue between = between
        cue of = of
        cue member = of | from | in
        language *
        country RUS
          name Russia
          adjective Russian
        country UKR
          name Ukraine
          adjective Ukrainian
        country BLR
          name Belarus
        country POL
          name Poland
        country FRA
          name France
          adjective French
        actor Pentagon = USAMIL
        actor NATO = IGOWSTNAT
        actor Vladimir Putin | Putin
          role RUSGOV 2000-05-07..2008-05-07 president
          role RUSGOV 2012-05-07.. president
          role RUSELI
        agent GOV = president | spokesman | minister
        verb criticize+ = 111
        verb attack+ = 190
        verb threaten+ = 130
          ~ to attack = 138
        verb meet = 040:040
        noun invasion = 192
        noun talks | talk = 040
        """
        return try! KDParser.parse(text, origin: "test.kd")
    }()

    static func code(_ words: String, date: PartialDate? = PartialDate(year: 2021, month: 12, day: 8)) throws -> [CodedEvent] {
        try EventCoder(dictionary: dictionary).code(document(words, date: date))
    }
}

extension CodedEvent {
    var triple: String { "\(code) \(source.code)>\(target?.code ?? "-")" }
}
