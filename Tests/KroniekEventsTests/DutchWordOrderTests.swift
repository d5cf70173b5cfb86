import Testing

/// The word-order fallbacks (ClauseCoder+WordOrder.swift) and statement content
/// (EventEmbedding.ofContent) on trees with the errors the Dutch model makes.
extension DutchCoderIntegrationTests {
    @Test func mainClauseConjunctSharesTheMainSubjectWhereverItHangs() throws {
        // "Het Westen vreest dat Rusland wil binnenvallen, en dreigt met sancties tegen
        // Moskou", parsed as the Dutch model does: "vreest" a noun, the subordinate
        // clause a relative clause of "Rusland", "dreigt" hung on it.
        let events = try code("""
            1 Het het DET 2 det
            2 Westen Westen PROPN 3 nsubj
            3 vreest vreest NOUN 0 root
            4 dat dat SCONJ 3 mark
            5 Rusland Rusland PROPN 4 flat
            6 wil willen VERB 5 acl:relcl
            7 binnenvallen binnen_vallen VERB 6 xcomp
            8 , , PUNCT 10 punct
            9 en en CCONJ 10 cc
            10 dreigt dreigen VERB 6 conj
            11 met met ADP 12 case
            12 sancties sanctie NOUN 10 obl
            13 tegen tegen ADP 14 case
            14 Moskou Moskou PROPN 12 nmod
            15 . . PUNCT 3 punct
            """, date: "2021-12", feats: [6: "VerbForm=Fin", 10: "VerbForm=Fin"])
        #expect(events == ["1312 WST>RUS 2021-12"])
    }

    @Test func verbFinalConjunctSharesTheSubordinateSubject() throws {
        // "Polen vreest een aanval, aangezien Rusland Wit-Rusland steunt en in 2014 de
        // Krim annexeerde", with "annexeerde" hung on the main verb.
        let events = try code("""
            1 Polen Polen PROPN 2 nsubj
            2 vreest vrezen VERB 0 root
            3 een een DET 4 det
            4 aanval aanval NOUN 2 obj
            5 , , PUNCT 9 punct
            6 aangezien aangezien SCONJ 9 mark
            7 Rusland Rusland PROPN 9 nsubj
            8 Wit-Rusland Wit-Rusland PROPN 9 obj
            9 steunt steunen VERB 2 advcl
            10 en en CCONJ 15 cc
            11 in in ADP 12 case
            12 2014 2014 NUM 15 obl
            13 de de DET 14 det
            14 Krim Krim PROPN 15 obj
            15 annexeerde annexeren VERB 2 conj
            16 . . PUNCT 2 punct
            """, date: "2021-12", feats: [9: "VerbForm=Fin", 15: "VerbForm=Fin"])
        #expect(events.contains("192 RUS>UKR 2014"))
        #expect(!events.contains { $0.hasPrefix("192 POL") })
    }

    @Test func secondSubjectIsTheObjectAndThreatContentIsEmbedded() throws {
        // "Biden gaf Poetin te verstaan dat de VS sancties zullen treffen tegen Rusland":
        // Poetin labelled a second subject; the sanctions are only threatened.
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 gaf geven VERB 0 root
            3 Poetin Poetin PROPN 2 nsubj
            4 te te ADP 5 mark
            5 verstaan verstaan VERB 2 xcomp
            6 dat dat SCONJ 11 mark
            7 de de DET 8 det
            8 VS VS PROPN 11 nsubj
            9 sancties sanctie NOUN 11 obj
            10 zullen zullen AUX 11 aux
            11 treffen treffen VERB 5 ccomp
            12 tegen tegen ADP 13 case
            13 Rusland Rusland PROPN 11 obl
            14 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events == ["1312 USAGOV>RUSGOV 2021-12"])
    }

    @Test func demandedContentIsNotAHappening() throws {
        // "Oekraïne eist dat Rusland zijn troepen terugtrekt".
        let events = try code("""
            1 Oekraïne Oekraïne PROPN 2 nsubj
            2 eist eisen VERB 0 root
            3 dat dat SCONJ 7 mark
            4 Rusland Rusland PROPN 7 nsubj
            5 zijn zijn PRON 6 nmod:poss
            6 troepen troep NOUN 7 obj
            7 terugtrekt terug_trekken VERB 2 ccomp
            8 . . PUNCT 2 punct
            """, date: "2022-12")
        // Only the demand (root 10) is coded; the withdrawal it asks for is not.
        #expect(events.allSatisfy { $0.hasPrefix("10") && $0.contains("UKR>RUS") }, "\(events)")
        #expect(!events.isEmpty)
    }
}
