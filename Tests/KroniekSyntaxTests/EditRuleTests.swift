import Testing
@testable import KroniekSyntax

@Suite struct EditRuleTests {
    @Test(arguments: [
        ("liep", "lopen"), ("huizen", "huis"), ("De", "de"), ("was", "zijn"),
        ("afgesloten", "af_sluiten"), ("meegenomen", "mee_nemen"), ("Amsterdam", "Amsterdam"),
        ("walked", "walk"), ("better", "good"), ("", ""),
    ])
    func ruleReproducesItsOwnLemma(form: String, lemma: String) {
        #expect(EditRule(form: form, lemma: lemma).apply(to: form) == lemma)
    }

    @Test func ruleGeneralisesToAnotherWordWithTheSameEnding() {
        #expect(EditRule(form: "walked", lemma: "walk").apply(to: "jumped") == "jump")
        #expect(EditRule(form: "uitgemaakt", lemma: "uit_maken").apply(to: "uitgelachen") == nil)
        #expect(EditRule(form: "Kinderen", lemma: "kind").apply(to: "Rinderen") == "rind")
    }

    @Test func ruleDoesNotApplyWithoutTheRemovedSuffix() {
        #expect(EditRule(form: "walked", lemma: "walk").apply(to: "walks") == nil)
    }

    @Test func encodingRoundTrips() {
        let rule = EditRule(form: "afgesloten", lemma: "af_sluiten")
        #expect(EditRule(encoded: rule.encoded) == rule)
    }
}
