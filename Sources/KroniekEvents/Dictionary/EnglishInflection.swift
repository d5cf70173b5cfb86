/// Regular English verb inflections, for dictionaries written as base forms (PETRARCH's,
/// and `.kd` heads marked `word+`) when a parser's lemma cannot be trusted
/// ("welcomed" lemmatised as "welcom").
enum EnglishInflection {
    /// -S, -ES, -ED, -ING with the usual spelling changes (over-generation is harmless:
    /// a form that is not English never occurs in text).
    static func regularForms(_ base: String) -> [String] {
        var forms = [base + "S", base + "ES", base + "ED", base + "ING"]
        if base.hasSuffix("E") { let stem = String(base.dropLast()); forms += [base + "D", stem + "ING"] }
        if base.hasSuffix("Y") { let stem = String(base.dropLast()); forms += [stem + "IES", stem + "IED"] }
        if let last = base.last, !"AEIOUWXY".contains(last), base.count >= 3 {
            forms += [base + String(last) + "ED", base + String(last) + "ING"]
        }
        return forms
    }
}
