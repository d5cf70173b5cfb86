import KroniekCore

/// The tokenization conventions of one language's UD treebanks.
///
/// Dutch (Alpino, LassySmall) keeps hyphenated compounds and slashed pairs whole and has
/// no multiword tokens. English (EWT) splits hyphens except after word prefixes (e-mail,
/// non-stop), splits slashes between words and units from numbers (5kg, 7:30PM), treats
/// contractions and possessives as multiword tokens (do + n't, Arafat + 's), and gives a
/// sentence-final abbreviation's stop its own token (etc + .).
struct TokenizerRules: Sendable {
    var abbreviations: AbbreviationList
    var splitsContractions: Bool
    var splitsHyphens: Bool
    var splitsSlashes: Bool
    var splitsUnitsFromNumbers: Bool
    /// Whether an abbreviation at the end of a sentence gives up its stop as a separate token.
    var detachesFinalAbbreviationStop: Bool
    /// Dutch 's, 't, 'n, 'k and '30 are words, not quotes.
    var keepsLeadingApostropheWords: Bool
    /// Dutch keeps a hyphen at a word's edge: "mond- en klauwzeer", "-ie".
    var keepsDanglingHyphens: Bool
    /// Capitalised words that usually open a sentence, for deciding whether "U.S." ends one.
    var sentenceOpeners: Set<String>
    /// Single letters that before a stop are words, not initials (English "I.").
    var lettersThatAreWords: Set<Unicode.Scalar> = []

    static let dutch = TokenizerRules(
        abbreviations: .dutch, splitsContractions: false, splitsHyphens: false, splitsSlashes: false,
        splitsUnitsFromNumbers: false, detachesFinalAbbreviationStop: false, keepsLeadingApostropheWords: true,
        keepsDanglingHyphens: true,
        // No "De" or "Van": they also start surnames after initials (J.W. De Vries).
        sentenceOpeners: ["Het", "Een", "Hij", "Zij", "Ze", "Wij", "We", "Ik", "Dat", "Die", "Deze", "Dit", "Er",
                          "Maar", "Ook", "Volgens", "Toen", "Daarna", "Bovendien", "Wel", "Nu"])

    static let english = TokenizerRules(
        abbreviations: .english, splitsContractions: true, splitsHyphens: true, splitsSlashes: true,
        splitsUnitsFromNumbers: true, detachesFinalAbbreviationStop: true, keepsLeadingApostropheWords: false,
        keepsDanglingHyphens: false,
        sentenceOpeners: ["The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those",
                          "There", "But", "And", "However", "Meanwhile", "In", "On", "At", "After", "When", "If"],
        lettersThatAreWords: ["I"])

    /// Languages without their own rules get Dutch-style conservative splitting
    /// (no contractions, compounds whole), which damages the least.
    static func forLanguage(_ language: Language) -> TokenizerRules {
        language == .english ? .english : .dutch
    }

    /// English prefixes that stay attached to the hyphen's right side (UD EWT practice).
    static let englishHyphenPrefixes: Set<String> = [
        "e", "non", "pre", "anti", "mid", "re", "post", "co", "over", "pro", "multi", "ex", "sub", "semi", "cross",
        "neo", "psycho", "socio", "counter", "intra", "inter", "vice", "micro", "macro", "un", "de", "bi", "tri",
        "ultra", "mega", "mini", "meta", "extra", "trans", "under", "hyper", "pseudo", "quasi",
    ]
}
