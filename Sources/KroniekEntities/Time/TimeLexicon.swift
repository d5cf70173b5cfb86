import KroniekCore

/// The words time expressions are built from, per language. All keys are lowercase.
struct TimeLexicon: Sendable {
    var months: [String: Int] = [:]
    /// Month names that are also ordinary words ("may", "march"): a bare one needs a
    /// capital and a time preposition before it.
    var ambiguousMonths: Set<String> = []
    /// Abbreviated month names ("jan" is also a Dutch first name): used only next to a
    /// day or a year.
    var abbreviatedMonths: Set<String> = []
    /// Whether month and weekday names are capitalised in this language, so a
    /// lowercase one is an ordinary word ("march", "may").
    var capitalisedNames = false
    /// Whether "1/10/2022" is January 10 (American English) rather than 1 October.
    var slashedDatesMonthFirst = false
    var weekdays: [String: Int] = [:]
    /// Suffixes of compounds such as "donderdagavond" that keep the weekday's date.
    var dayPartSuffixes: [String] = []
    /// Separate words after a weekday that belong to it ("Thursday night").
    var dayPartWords: Set<String> = []
    var numbers: [String: Int] = [:]
    var units: [String: TimeUnit] = [:]
    var pastModifiers: Set<String> = []
    var currentModifiers: Set<String> = []
    var nextModifiers: Set<String> = []
    /// Words that narrow a period without changing its date ("eerder deze maand", "begin januari").
    var withinModifiers: Set<String> = []
    /// One-word deictic days with their offset from the document date.
    var deicticDays: [String: Int] = [:]
    /// Two-word deictic days ("this morning", "last night").
    var deicticPairs: [String: Int] = [:]
    /// Prepositions that make a bare four-digit number a year ("in 2014").
    var yearPrepositions: Set<String> = []
    var agoWords: Set<String> = []
    /// "over twee weken", "in two weeks".
    var aheadWords: Set<String> = []
    var sinceWords: Set<String> = []
    var futureAuxiliaries: Set<String> = []
    var articles: Set<String> = []
    /// Words that, just before "morgen", make it "morning" rather than "tomorrow".
    var morningDeterminers: Set<String> = []

    static func forLanguage(_ language: Language) -> TimeLexicon {
        switch language {
        case .dutch: return .dutch
        case .english: return .english
        default: return .dutch.merged(with: .english)
        }
    }

    func merged(with other: TimeLexicon) -> TimeLexicon {
        var m = self
        m.months.merge(other.months) { a, _ in a }
        m.ambiguousMonths.formUnion(other.ambiguousMonths)
        m.abbreviatedMonths.formUnion(other.abbreviatedMonths)
        m.weekdays.merge(other.weekdays) { a, _ in a }
        m.dayPartSuffixes += other.dayPartSuffixes
        m.dayPartWords.formUnion(other.dayPartWords)
        m.numbers.merge(other.numbers) { a, _ in a }
        m.units.merge(other.units) { a, _ in a }
        m.pastModifiers.formUnion(other.pastModifiers)
        m.currentModifiers.formUnion(other.currentModifiers)
        m.nextModifiers.formUnion(other.nextModifiers)
        m.withinModifiers.formUnion(other.withinModifiers)
        m.deicticDays.merge(other.deicticDays) { a, _ in a }
        m.deicticPairs.merge(other.deicticPairs) { a, _ in a }
        m.yearPrepositions.formUnion(other.yearPrepositions)
        m.agoWords.formUnion(other.agoWords)
        m.aheadWords.formUnion(other.aheadWords)
        m.sinceWords.formUnion(other.sinceWords)
        m.futureAuxiliaries.formUnion(other.futureAuxiliaries)
        m.articles.formUnion(other.articles)
        m.morningDeterminers.formUnion(other.morningDeterminers)
        return m
    }

    private static func indexed(_ names: [[String]], from first: Int = 1) -> [String: Int] {
        var map: [String: Int] = [:]
        for (i, alternatives) in names.enumerated() { for n in alternatives { map[n] = first + i } }
        return map
    }

    static let dutch: TimeLexicon = {
        var l = TimeLexicon()
        l.months = indexed([["januari", "jan"], ["februari", "feb", "febr"], ["maart", "mrt"], ["april", "apr"],
                            ["mei"], ["juni", "jun"], ["juli", "jul"], ["augustus", "aug"],
                            ["september", "sep", "sept"], ["oktober", "okt"], ["november", "nov"], ["december", "dec"]])
        l.abbreviatedMonths = ["jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec"]
        l.weekdays = indexed([["maandag"], ["dinsdag"], ["woensdag"], ["donderdag"], ["vrijdag"], ["zaterdag"], ["zondag"]])
        l.dayPartSuffixes = ["ochtend", "morgen", "middag", "avond", "nacht"]
        l.numbers = ["een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                     "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "vijftien": 15, "twintig": 20]
        l.units = ["dag": .day, "dagen": .day, "week": .week, "weken": .week, "weekend": .weekend,
                   "maand": .month, "maanden": .month, "jaar": .year, "jaren": .year]
        l.pastModifiers = ["vorige", "vorig", "afgelopen", "verleden", "voorbije", "voorbij", "laatste"]
        l.currentModifiers = ["deze", "dit"]
        l.nextModifiers = ["volgende", "volgend", "komende", "komend", "aanstaande"]
        l.withinModifiers = ["eerder", "later", "begin", "eind", "einde", "medio", "midden", "halverwege", "half"]
        l.deicticDays = ["vandaag": 0, "vanochtend": 0, "vanmorgen": 0, "vanmiddag": 0, "vanavond": 0,
                         "vannacht": 0, "gisteren": -1, "gisteravond": -1, "gisterochtend": -1,
                         "gistermorgen": -1, "gistermiddag": -1, "gisternacht": -1, "eergisteren": -2,
                         "morgen": 1, "morgenochtend": 1, "morgenavond": 1, "morgenmiddag": 1, "overmorgen": 2]
        l.yearPrepositions = ["in", "sinds", "sedert", "tot", "vanaf", "van", "voor", "na", "rond", "omstreeks",
                              "begin", "eind", "einde", "medio", "halverwege", "jaar", "tussen"]
        l.agoWords = ["geleden"]
        l.aheadWords = ["over"]
        l.sinceWords = ["sinds", "sedert"]
        l.futureAuxiliaries = ["zal", "zullen", "zult", "zalt"]
        l.articles = ["de", "het"]
        l.morningDeterminers = ["de", "deze", "die", "elke", "iedere", "volgende", "vroege", "goede", "van", "'s"]
        return l
    }()

    static let english: TimeLexicon = {
        var l = TimeLexicon()
        l.months = indexed([["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"],
                            ["may"], ["june", "jun"], ["july", "jul"], ["august", "aug"],
                            ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"]])
        l.ambiguousMonths = ["may", "march", "august"]
        l.abbreviatedMonths = ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
        l.capitalisedNames = true
        l.slashedDatesMonthFirst = true
        l.weekdays = indexed([["monday"], ["tuesday"], ["wednesday"], ["thursday"], ["friday"], ["saturday"], ["sunday"]])
        l.dayPartWords = ["morning", "afternoon", "evening", "night"]
        l.numbers = ["a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                     "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20]
        l.units = ["day": .day, "days": .day, "week": .week, "weeks": .week, "weekend": .weekend,
                   "month": .month, "months": .month, "year": .year, "years": .year]
        l.pastModifiers = ["last", "past", "previous"]
        l.currentModifiers = ["this"]
        l.nextModifiers = ["next", "coming"]
        l.withinModifiers = ["earlier", "later", "early", "late", "mid"]
        l.deicticDays = ["today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1]
        l.deicticPairs = ["this morning": 0, "this afternoon": 0, "this evening": 0, "last night": -1,
                          "last evening": -1]
        l.yearPrepositions = ["in", "since", "until", "till", "by", "from", "before", "after", "around",
                              "early", "late", "mid", "of", "during", "between"]
        l.agoWords = ["ago"]
        l.aheadWords = ["in", "within"]
        l.sinceWords = ["since"]
        l.futureAuxiliaries = ["will", "'ll", "shall", "wo"]
        l.articles = ["the"]
        return l
    }()
}
