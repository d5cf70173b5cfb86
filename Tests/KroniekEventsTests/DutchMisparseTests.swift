import Testing

/// Clause structure read past the parser's errors (SentenceView+Coordination.swift,
/// ClauseCoder+WordOrder.swift, EventEmbedding.swift, EventCoder+Dates.swift), on trees
/// shaped like the Dutch model's mistakes. Sentences are our own.
extension DutchCoderIntegrationTests {
    @Test func coordinatedMainClauseHungAsComplementIsNotFearedContent() throws {
        // "Litouwen vreest dat Rusland de regio wil binnenvallen, en dreigt in dat geval
        // met sancties tegen Moskou": "dreigt" hung on "vreest" as a ccomp that took the
        // subordinator and subject of the clause before the comma.
        let events = try code("""
            1 Litouwen Litouwen PROPN 2 nsubj
            2 vreest vrezen VERB 0 root
            3 dat dat SCONJ 11 mark
            4 Rusland Rusland PROPN 11 nsubj
            5 de de DET 6 det
            6 regio regio NOUN 7 obj
            7 wil willen VERB 4 acl:relcl
            8 binnenvallen binnen_vallen VERB 7 xcomp
            9 , , PUNCT 4 punct
            10 en en CCONJ 11 cc
            11 dreigt dreigen VERB 2 ccomp
            12 in in ADP 14 case
            13 dat dat DET 14 det
            14 geval geval NOUN 11 obl
            15 met met ADP 16 case
            16 sancties sanctie NOUN 14 nmod
            17 tegen tegen ADP 18 case
            18 Moskou Moskou PROPN 16 nmod
            19 . . PUNCT 2 punct
            """, date: "2021-12", feats: [11: "VerbForm=Fin"])
        #expect(events == ["1312 LTU>RUS cond 2021-12"])
    }

    @Test func reasonClauseUnderFearIsCodedAsFact() throws {
        // "Polen vreest een aanval, aangezien Rusland separatisten in Oekraïne steunt":
        // the support is the reason for the fear, not what is feared.
        let rows = """
            1 Polen Polen PROPN 2 nsubj
            2 vreest vrezen VERB 0 root
            3 een een DET 4 det
            4 aanval aanval NOUN 2 obj
            5 , , PUNCT 11 punct
            6 aangezien MARK SCONJ 11 mark
            7 Rusland Rusland PROPN 11 nsubj
            8 separatisten separatist NOUN 11 obj
            9 in in ADP 10 case
            10 Oekraïne Oekraïne PROPN 8 nmod
            11 steunt steunen VERB 2 advcl
            12 . . PUNCT 2 punct
            """
        #expect(try code(rows.replacingOccurrences(of: "MARK", with: "aangezien"), date: "2021-12").contains("070 RUS>UKRREB 2021-12"))
        // The same clause opened by "dat" is the fear's content.
        #expect(try code(rows.replacingOccurrences(of: "aangezien MARK", with: "dat dat"), date: "2021-12").isEmpty)
    }

    @Test func relativeClauseHungAsConjunctTakesItsOwnSubject() throws {
        // "De VS maken zich zorgen over de troepen die Rusland heeft samengetrokken aan de
        // grens met Oekraïne", the relative clause hung on the main verb without a coordinator.
        let events = try code("""
            1 De de DET 2 det
            2 VS VS PROPN 3 nsubj
            3 maken maken VERB 0 root
            4 zich zich PRON 3 expl:pv
            5 zorgen zorg NOUN 3 obj
            6 over over ADP 8 case
            7 de de DET 8 det
            8 troepen troep NOUN 5 nmod
            9 die die PRON 8 nsubj
            10 Rusland Rusland PROPN 9 obj
            11 heeft hebben AUX 12 aux
            12 samengetrokken samen_trekken VERB 3 conj
            13 aan aan ADP 15 case
            14 de de DET 15 det
            15 grens grens NOUN 12 obl
            16 met met ADP 17 case
            17 Oekraïne Oekraïne PROPN 15 nmod
            18 . . PUNCT 3 punct
            """, date: "2021-12", feats: [11: "VerbForm=Fin", 12: "VerbForm=Part"])
        #expect(events.contains("154 RUS>UKR 2021-12"))
        #expect(!events.contains { $0.hasPrefix("154 USA") })
    }

    @Test func whatAnAccusationAllegesIsNotAHappening() throws {
        // "Rusland beschuldigt Polen van agressie door het bewapenen van Oekraïne".
        let events = try code("""
            1 Rusland Rusland PROPN 2 nsubj
            2 beschuldigt beschuldigen VERB 0 root
            3 Polen Polen PROPN 2 obj
            4 van van ADP 5 case
            5 agressie agressie NOUN 2 obl
            6 door door ADP 8 case
            7 het het DET 8 det
            8 bewapenen bewapenen VERB 2 advcl
            9 van van ADP 10 case
            10 Oekraïne Oekraïne PROPN 8 obl
            11 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events == ["1123 RUS>POL 2021-12"])
    }

    @Test func stateQuotedByItsOwnLeaderSpeaksAsItsGovernment() throws {
        // "Poetin zei dat Rusland garanties eist van de VS".
        let events = try code("""
            1 Poetin Poetin PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 dat dat SCONJ 7 mark
            4 Rusland Rusland PROPN 7 nsubj
            5 garanties garantie NOUN 7 obj
            6 van van ADP 8 case
            7 eist eisen VERB 2 ccomp
            8 VS VS PROPN 7 obl
            9 . . PUNCT 2 punct
            """, date: "2021-12", reporters: true)
        #expect(events.contains { $0.hasPrefix("10") && $0.contains("RUSGOV>USA") && $0.hasSuffix("by:RUSGOV") }, "\(events)")
    }

    @Test func reportVerbSpeakerHungOnItsInfinitive() throws {
        // "Biden waarschuwde Poetin, liet een woordvoerder van het Witte Huis weten".
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 waarschuwde waarschuwen VERB 5 advcl
            3 Poetin Poetin PROPN 2 obj
            4 , , PUNCT 2 punct
            5 liet laten VERB 0 root
            6 een een DET 7 det
            7 woordvoerder woordvoerder NOUN 12 obj
            8 van van ADP 11 case
            9 het het DET 11 det
            10 Witte wit ADJ 11 amod
            11 Huis huis NOUN 7 nmod
            12 weten weten VERB 5 xcomp
            13 . . PUNCT 5 punct
            """, date: "2021-12", reporters: true)
        #expect(events == ["130 USAGOV>RUSGOV rep 2021-12 by:USAGOV"])
    }

    @Test func sharedSubjectOfCoordinatedSubordinateClausesByNumber() throws {
        // "aangezien Rusland separatisten steunt en in 2014 het schiereiland de Krim
        // annexeerde", the object of "annexeerde" taken for its subject.
        let annexation = """
            1 Polen Polen PROPN 2 nsubj
            2 vreest vrezen VERB 0 root
            3 oorlog oorlog NOUN 2 obj
            4 , , PUNCT 8 punct
            5 aangezien aangezien SCONJ 8 mark
            6 Rusland Rusland PROPN 8 nsubj
            7 separatisten separatist NOUN 8 obj
            8 steunt steunen VERB 2 advcl
            9 en en CCONJ 16 cc
            10 in in ADP 11 case
            11 2014 2014 NUM 16 obl
            12 het het DET 13 det
            13 schiereiland schiereiland NOUN 16 nsubj
            14 de de DET 15 det
            15 Krim Krim PROPN 13 nmod
            16 annexeerde annexeren VERB 8 conj
            17 . . PUNCT 2 punct
            """
        #expect(try code(annexation, date: "2021-12", feats: [6: "Number=Sing", 8: "Number=Sing|VerbForm=Fin",
                                                            13: "Number=Sing", 16: "Number=Sing|VerbForm=Fin"]).contains("192 RUS>UKR 2014"))
        // "… en Amerikaanse sancties tot een breuk zouden leiden": a plural verb cannot
        // share the singular "Rusland"; the sanctions are its subject.
        let consequence = """
            1 Poetin Poetin PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 dat dat SCONJ 6 mark
            4 Rusland Rusland PROPN 6 nsubj
            5 garanties garantie NOUN 6 obj
            6 wil willen VERB 2 ccomp
            7 en en CCONJ 15 cc
            8 dat dat SCONJ 15 mark
            9 Amerikaanse Amerikaans ADJ 10 amod
            10 sancties sanctie NOUN 15 nsubj
            11 tot tot ADP 13 case
            12 een een DET 13 det
            13 breuk breuk NOUN 15 obl
            14 zouden zullen AUX 15 aux
            15 leiden leiden VERB 6 conj
            16 . . PUNCT 2 punct
            """
        let events = try code(consequence, date: "2021-12", feats: [4: "Number=Sing", 6: "Number=Sing|VerbForm=Fin",
                                                                     10: "Number=Plur", 14: "Number=Plur|VerbForm=Fin"])
        #expect(!events.contains { $0.contains("RUS") && $0.contains(">USA") && $0.hasPrefix("13") }, "\(events)")
    }

    @Test func conditionUnderASubordinatorHeadedClause() throws {
        // "Biden gaf Poetin te verstaan dat de VS keiharde sancties zullen treffen als het
        // Oekraïne binnenvalt", with "keiharde" read as a verb under "dat" and "als"
        // hung as a coordinator: the threat is still conditional, the sanctions content.
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 gaf geven VERB 0 root
            3 Poetin Poetin PROPN 2 iobj
            4 te te ADP 5 mark
            5 verstaan verstaan VERB 2 xcomp
            6 dat dat SCONJ 5 mark
            7 de de DET 8 det
            8 VS VS PROPN 9 nsubj
            9 keiharde keiharden VERB 6 acl:relcl
            10 sancties sanctie NOUN 12 obj
            11 zullen zullen AUX 12 aux
            12 treffen treffen VERB 9 ccomp
            13 tegen tegen ADP 14 case
            14 Rusland Rusland PROPN 12 obl
            15 als als SCONJ 17 cc
            16 het het DET 17 det
            17 Oekraïne Oekraïne PROPN 14 conj
            18 binnenvalt binnen_vallen VERB 12 advcl
            19 . . PUNCT 2 punct
            """, date: "2021-12", feats: [18: "VerbForm=Fin"])
        #expect(events == ["1312 USAGOV>RUSGOV cond 2021-12"])
    }

    @Test func nounEventDatedByTheDateRightAfterItsPhrase() throws {
        // "De gesprekken lopen vooruit op een bilaterale van Rusland en de Navo op 10
        // januari", the date hung on the main verb.
        let events = try code("""
            1 De de DET 2 det
            2 gesprekken gesprek NOUN 3 nsubj
            3 lopen lopen VERB 0 root
            4 vooruit vooruit ADV 3 advmod
            5 op op ADP 7 case
            6 een een DET 7 det
            7 bilaterale bilaterale NOUN 3 obl
            8 van van ADP 9 case
            9 Rusland Rusland PROPN 7 nmod
            10 en en CCONJ 12 cc
            11 de de DET 12 det
            12 Navo NAVO PROPN 9 conj
            13 op op ADP 14 case
            14 10 10 NUM 3 obl
            15 januari januari PROPN 14 flat
            16 . . PUNCT 3 punct
            """, date: "2021-12")
        #expect(events.contains("040 RUS>IGOWSTNAT fut 2022-01-10"), "\(events)")
    }

    @Test func passiveSubjectBesideAnActiveOneIsTheObject() throws {
        // "Iran heeft honderden drones op Israël afgevuurd", the drones read as a passive subject.
        let events = try code("""
            1 Iran Iran PROPN 7 nsubj
            2 heeft hebben AUX 7 aux
            3 honderden honderd NUM 4 nummod
            4 drones drone NOUN 7 nsubj:pass
            5 op op ADP 6 case
            6 Israël Israël PROPN 4 nmod
            7 afgevuurd af_vuren VERB 0 root
            8 . . PUNCT 7 punct
            """, date: "2024-04")
        #expect(events.contains { $0.hasPrefix("19") && $0.contains("IRN>ISR") }, "\(events)")
        #expect(!events.contains { $0.contains(">IRN") })
    }

    @Test func mainClauseConjunctsSubjectAfterItsVerbIsItsObject() throws {
        // "Biden veroordeelde de aanval en beloofde Israël zijn steun", Israël read as the
        // subject of "beloofde".
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 veroordeelde veroordelen VERB 0 root
            3 de de DET 4 det
            4 aanval aanval NOUN 2 obj
            5 en en CCONJ 6 cc
            6 beloofde beloven VERB 2 conj
            7 Israël Israël PROPN 6 nsubj
            8 zijn zijn PRON 9 nmod:poss
            9 steun steun NOUN 6 obj
            10 . . PUNCT 2 punct
            """, date: "2024-04", feats: [6: "VerbForm=Fin"])
        #expect(events.contains("033 USAGOV>ISR 2024-04"), "\(events)")
    }

    @Test func separableParticleHungElsewhereStillMakesTheVerb() throws {
        // "Hij riep de premier van Israël, Benjamin Netanyahu, wel op om terughoudend te
        // zijn", with "op" under "wel" and the name a conjunct; one event for both names.
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 riep roepen VERB 0 root
            3 de de DET 4 det
            4 premier premier NOUN 2 obj
            5 van van ADP 6 case
            6 Israël Israël PROPN 4 nmod
            7 , , PUNCT 8 punct
            8 Netanyahu Netanyahu PROPN 6 conj
            9 , , PUNCT 10 punct
            10 wel wel ADV 8 advmod
            11 op op ADP 10 fixed
            12 om om ADP 13 mark
            13 terughoudend terughoudend ADJ 11 fixed
            14 te te ADP 15 mark
            15 zijn zijn AUX 13 cop
            16 . . PUNCT 2 punct
            """, date: "2024-04", feats: [2: "VerbForm=Fin"])
        #expect(events == ["0256 USAGOV>ISRGOV 2024-04"], "\(events)")
    }

    @Test func verbCoordinatedWithAReportVerbIsNotReportedAndKeepsItsCondition() throws {
        // "Iran liet weten dat de zaak is afgesloten, maar dreigde met een aanval als
        // Israël terugslaat", the condition hung on the threat as xcomp.
        let events = try code("""
            1 Iran Iran PROPN 2 nsubj
            2 liet laten VERB 0 root
            3 weten weten VERB 2 xcomp
            4 dat dat SCONJ 8 mark
            5 de de DET 6 det
            6 zaak zaak NOUN 8 nsubj
            7 is zijn AUX 8 aux
            8 afgesloten af_sluiten VERB 3 ccomp
            9 , , PUNCT 11 punct
            10 maar maar CCONJ 11 cc
            11 dreigde dreigen VERB 2 conj
            12 met met ADP 14 case
            13 een een DET 14 det
            14 aanval aanval NOUN 11 obl
            15 als als SCONJ 16 mark
            16 Israël Israël PROPN 14 nmod
            17 terugslaat terug_slaan VERB 11 xcomp
            18 . . PUNCT 2 punct
            """, date: "2024-04", feats: [11: "VerbForm=Fin"])
        #expect(events == ["138 IRN>ISR cond 2024-04"], "\(events)")
    }

    @Test func consequentHungUnderItsConditionIsStillTheStatement() throws {
        // "Biden zei dat de VS Rusland sancties zullen opleggen als het Oekraïne binnenvalt",
        // with "opleggen" hung under "binnenvalt": the sanctions are conditional and
        // reported, not the condition; saying it is not conditional.
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 dat dat SCONJ 8 mark
            4 de de DET 5 det
            5 VS VS PROPN 8 nsubj
            6 sancties sanctie NOUN 8 obj
            7 zullen zullen AUX 8 aux
            8 opleggen op_leggen VERB 12 ccomp
            9 tegen tegen ADP 10 case
            10 Rusland Rusland PROPN 8 obl
            11 als als SCONJ 12 mark
            12 binnenvalt binnen_vallen VERB 2 ccomp
            13 . . PUNCT 2 punct
            """, date: "2022-01", feats: [12: "VerbForm=Fin"])
        #expect(events.contains("163 USA>RUS cond,fut,rep 2022-01"), "\(events)")
        #expect(!events.contains { $0.hasPrefix("010") && $0.contains("cond") })
    }

    @Test func conjunctWhoseCoordinatorAndDateHangOnTheClauseBefore() throws {
        // "aangezien Rusland separatisten steunt en in 2014 de Krim annexeerde", with "en"
        // and "in 2014" hung on "steunt" and "annexeerde" an adverbial clause of it.
        let events = try code("""
            1 Polen Polen PROPN 2 nsubj
            2 vreest vrezen VERB 0 root
            3 oorlog oorlog NOUN 2 obj
            4 , , PUNCT 8 punct
            5 aangezien aangezien SCONJ 8 mark
            6 Rusland Rusland PROPN 8 nsubj
            7 separatisten separatist NOUN 8 obj
            8 steunt steunen VERB 2 advcl
            9 en en CCONJ 8 cc
            10 in in ADP 11 case
            11 2014 2014 NUM 8 obl
            12 de de DET 13 det
            13 Krim Krim PROPN 14 obj
            14 annexeerde annexeren VERB 8 advcl
            15 . . PUNCT 2 punct
            """, date: "2021-12", feats: [8: "VerbForm=Fin", 14: "VerbForm=Fin"])
        #expect(events.contains("192 RUS>UKR 2014"), "\(events)")
    }

    @Test func aldusPhraseReadAsAComplement() throws {
        // "Oekraïne heeft Rusland niet aangevallen, aldus Kiev", "Kiev" an xcomp.
        let events = try code("""
            1 Oekraïne Oekraïne PROPN 5 nsubj
            2 heeft hebben AUX 5 aux
            3 Rusland Rusland PROPN 5 obj
            4 niet niet ADV 5 advmod
            5 aangevallen aan_vallen VERB 0 root
            6 , , PUNCT 8 punct
            7 aldus aldus ADV 8 amod
            8 Kiev Kiev PROPN 5 xcomp
            9 . . PUNCT 5 punct
            """, date: "2022-04", reporters: true)
        #expect(events == ["190 UKR>RUS neg,rep 2022-04 by:UKR"], "\(events)")
    }

    @Test func reportClauseOnTheVerbGivesNoTarget() throws {
        // "Oekraïense troepen trokken zich terug uit Sjevjerodonetsk, meldde de gouverneur
        // van Loehansk": the withdrawal is from a town the dictionaries do not know, not
        // from where the governor is, so it has no target.
        let events = try code("""
            1 Oekraïense Oekraïens ADJ 2 amod
            2 troepen troep NOUN 3 nsubj
            3 trokken terug_trekken VERB 0 root
            4 zich zich PRON 3 expl:pv
            5 terug terug ADV 3 compound:prt
            6 uit uit ADP 7 case
            7 Sjevjerodonetsk Sjevjerodonetsk PROPN 3 obl
            8 , , PUNCT 9 punct
            9 meldde melden VERB 3 parataxis
            10 de de DET 11 det
            11 gouverneur gouverneur NOUN 9 nsubj
            12 van van ADP 13 case
            13 Loehansk Loehansk PROPN 11 nmod
            14 . . PUNCT 3 punct
            """, date: "2022-06")
        #expect(!events.contains { $0.hasPrefix("087") }, "\(events)")
    }

    @Test func mainClauseConjunctHungInsideDeniedContentIsCoded() throws {
        // "Iran ontkent dat het Israël wil aanvallen en beschuldigt de VS van agressie",
        // the accusation hung on "wil" inside the denied clause; in subordinate order
        // ("… en de VS van agressie beschuldigt") it would be denied content.
        let mainOrder = """
            1 Iran Iran PROPN 2 nsubj
            2 ontkent ontkennen VERB 0 root
            3 dat dat SCONJ 6 mark
            4 het het PRON 6 nsubj
            5 Israël Israël PROPN 6 obj
            6 wil willen VERB 2 ccomp
            7 aanvallen aan_vallen VERB 6 xcomp
            8 en en CCONJ 9 cc
            9 beschuldigt beschuldigen VERB 6 conj
            10 de de DET 11 det
            11 VS VS PROPN 9 obj
            12 van van ADP 13 case
            13 agressie agressie NOUN 9 obl
            14 . . PUNCT 2 punct
            """
        let feats = [6: "VerbForm=Fin", 9: "VerbForm=Fin", 13: "VerbForm=Fin"]
        #expect(try code(mainOrder, date: "2024-04", feats: feats).contains("1123 IRN>USA 2024-04"))
        let subordinateOrder = """
            1 Iran Iran PROPN 2 nsubj
            2 ontkent ontkennen VERB 0 root
            3 dat dat SCONJ 6 mark
            4 het het PRON 6 nsubj
            5 Israël Israël PROPN 6 obj
            6 wil willen VERB 2 ccomp
            7 aanvallen aan_vallen VERB 6 xcomp
            8 en en CCONJ 13 cc
            9 de de DET 10 det
            10 VS VS PROPN 13 obj
            11 van van ADP 12 case
            12 agressie agressie NOUN 13 obl
            13 beschuldigt beschuldigen VERB 6 conj
            14 . . PUNCT 2 punct
            """
        #expect(try !code(subordinateOrder, date: "2024-04", feats: feats).contains { $0.hasPrefix("112") })
    }

    @Test func conditionHungBesideTheReportedEvent() throws {
        // "Biden zei dat de VS sancties zullen opleggen als Rusland binnenvalt", both
        // clauses hung on "zei".
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 dat dat SCONJ 7 mark
            4 VS VS PROPN 7 nsubj
            5 sancties sanctie NOUN 7 obj
            6 zullen zullen AUX 7 aux
            7 opleggen op_leggen VERB 2 ccomp
            8 tegen tegen ADP 9 case
            9 Rusland Rusland PROPN 7 obl
            10 als als SCONJ 12 mark
            11 het het PRON 12 nsubj
            12 binnenvalt binnen_vallen VERB 2 ccomp
            13 . . PUNCT 2 punct
            """, date: "2022-01", feats: [12: "VerbForm=Fin"])
        #expect(events.contains("163 USA>RUS cond,fut,rep 2022-01"), "\(events)")
    }

    @Test func clauseWithFiniteAuxiliaryHungAsComplementHasItsOwnSubject() throws {
        // "Georgië maakt zich zorgen over de troepen die Azerbeidzjan afgelopen maand heeft
        // samengetrokken aan de grens met Armenië": "afgelopen" read as a verb, the relative
        // clause's verb hung on the main verb as an infinitival complement.
        let events = try code("""
            1 Georgië Georgië PROPN 2 nsubj
            2 maakt maken VERB 0 root
            3 zich zich PRON 2 expl:pv
            4 zorgen zorg NOUN 2 obj
            5 over over ADP 7 case
            6 de de DET 7 det
            7 troepen troep NOUN 4 nmod
            8 die die PRON 10 nsubj
            9 Azerbeidzjan Azerbeidzjan PROPN 10 obj
            10 afgelopen af_lopen VERB 7 acl:relcl
            11 maand maand NOUN 13 obj
            12 heeft hebben AUX 13 aux
            13 samengetrokken samen_trekken VERB 2 xcomp
            14 aan aan ADP 16 case
            15 de de DET 16 det
            16 grens grens NOUN 13 obl
            17 met met ADP 18 case
            18 Armenië Armenië PROPN 16 nmod
            19 . . PUNCT 2 punct
            """, date: "2021-12", feats: [12: "VerbForm=Fin", 13: "VerbForm=Inf"])
        #expect(events == ["154 AZE>ARM 2021-12"])
    }

    @Test func mainClauseConjunctIsFoundPastWordsHungAfterIt() throws {
        // "Turkije ontkent dat het Syrië wil aanvallen en beschuldigt juist Iran van agressie,
        // door het steunen van milities": the accusation hung inside the denied clause, its
        // object read as a subject, and the phrase after it hung on the denied clause.
        let events = try code("""
            1 Turkije Turkije PROPN 2 nsubj
            2 ontkent ontkennen VERB 0 root
            3 dat dat SCONJ 6 mark
            4 het het PRON 6 nsubj
            5 Syrië Syrië PROPN 6 obj
            6 wil willen VERB 2 ccomp
            7 aanvallen aan_vallen VERB 6 xcomp
            8 en en CCONJ 9 cc
            9 beschuldigt beschuldigen VERB 6 conj
            10 juist juist ADV 9 advmod
            11 Iran Iran PROPN 9 nsubj
            12 van van ADP 13 case
            13 agressie agressie NOUN 11 nmod
            14 , , PUNCT 17 punct
            15 door door ADP 17 case
            16 het het DET 17 det
            17 steunen steunen VERB 6 obl
            18 van van ADP 19 case
            19 milities militie NOUN 17 nmod
            20 . . PUNCT 2 punct
            """, date: "2021-12", feats: [6: "VerbForm=Fin", 9: "VerbForm=Fin"])
        #expect(events.contains("1123 TUR>IRN 2021-12"))
    }

    @Test func trailingReportClauseAttributesAndIsNoEventOfItsOwn() throws {
        // "Japan protesteerde bij China, liet de Japanse regering weten.", the report clause
        // hung as a conjunct or as parataxis.
        for relation in ["conj", "parataxis"] {
            let events = try code("""
                1 Japan Japan PROPN 2 nsubj
                2 protesteerde protesteren VERB 0 root
                3 bij bij ADP 4 case
                4 China China PROPN 2 obl
                5 , , PUNCT 6 punct
                6 liet laten VERB 2 RELATION
                7 de de DET 9 det
                8 Japanse Japans ADJ 9 amod
                9 regering regering NOUN 6 nsubj
                10 weten weten VERB 6 xcomp
                11 . . PUNCT 2 punct
                """.replacingOccurrences(of: "RELATION", with: relation), date: "2021-12", feats: [6: "VerbForm=Fin"], reporters: true)
            #expect(events == ["114 JPNGOV>CHN rep 2021-12 by:JPNGOV"])
        }
    }

    @Test func conjunctHungOnTheClauseAboveFindsItsCoordinator() throws {
        // "Oekraïne vreest een nieuwe aanval, aangezien Rusland rebellen steunt in de Donbas en
        // in 2014 de Krim annexeerde": the annexation hung on "vreest" as parataxis, its
        // coordinator and date on "steunt".
        let events = try code("""
            1 Oekraïne Oekraïne PROPN 2 nsubj
            2 vreest vrezen VERB 0 root
            3 een een DET 5 det
            4 nieuwe nieuw ADJ 5 amod
            5 aanval aanval NOUN 2 obj
            6 , , PUNCT 9 punct
            7 aangezien aangezien SCONJ 9 mark
            8 Rusland Rusland PROPN 9 nsubj
            9 steunt steunen VERB 2 advcl
            10 rebellen rebel NOUN 9 obj
            11 in in ADP 13 case
            12 de de DET 13 det
            13 Donbas Donbas PROPN 9 obl
            14 en en CCONJ 9 cc
            15 in in ADP 16 case
            16 2014 2014 NUM 9 obl
            17 de de DET 18 det
            18 Krim Krim PROPN 19 obj
            19 annexeerde annexeren VERB 2 parataxis
            20 . . PUNCT 2 punct
            """, date: "2021-12", feats: [9: "VerbForm=Fin", 19: "VerbForm=Fin"])
        #expect(events.contains("192 RUS>UKR 2014") && events.contains("070 RUS>UKRREB 2021-12"))
    }

    @Test func modalClauseWithoutSpeakerIsNoReport() throws {
        // "Poetin waarschuwde Biden dat sancties een vergissing zouden zijn", the content
        // clause's "zouden zijn" hung on the warning as an adverbial clause.
        let events = try code("""
            1 Poetin Poetin PROPN 2 nsubj
            2 waarschuwde waarschuwen VERB 0 root
            3 Biden Biden PROPN 2 obj
            4 dat dat SCONJ 5 mark
            5 sancties sanctie NOUN 3 nmod
            6 een een DET 7 det
            7 vergissing vergissing NOUN 5 nmod
            8 zouden zullen VERB 2 advcl
            9 zijn zijn AUX 8 cop
            10 . . PUNCT 2 punct
            """, date: "2021-12", feats: [2: "VerbForm=Fin", 8: "VerbForm=Fin|Tense=Past"])
        #expect(events == ["130 RUSGOV>USAGOV 2021-12"])
    }

    @Test func infinitiveOfAnAccusationIsAllegedNotCoded() throws {
        // "China beschuldigde de NAVO ervan de Russische belangen te negeren": what the NAVO
        // is accused of is no event of its own.
        let events = try code("""
            1 China China PROPN 2 nsubj
            2 beschuldigde beschuldigen VERB 0 root
            3 de de DET 4 det
            4 NAVO NAVO PROPN 2 obj
            5 ervan ervan ADV 2 advmod
            6 de de DET 8 det
            7 Russische Russisch ADJ 8 amod
            8 belangen belang NOUN 10 obj
            9 te te ADP 10 mark
            10 negeren negeren VERB 2 xcomp
            11 . . PUNCT 2 punct
            """, date: "2021-12", feats: [2: "VerbForm=Fin", 10: "VerbForm=Inf"])
        #expect(events.count == 1 && events.first?.hasPrefix("112") == true)
    }

    @Test func aComparisonOrRoleWithAlsIsNoCondition() throws {
        // "Rutte zei dat Nederland net als België Oekraïne steunt", "als" hung on België:
        // what was said is support, not a condition of it.
        let comparison = try code("""
            1 Rutte Rutte PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 dat dat SCONJ 10 mark
            4 Nederland Nederland PROPN 10 nsubj
            5 net net ADV 7 advmod
            6 als als SCONJ 7 mark
            7 België België PROPN 10 obl
            8 Oekraïne Oekraïne PROPN 10 obj
            9 wel wel ADV 10 advmod
            10 steunt steunen VERB 2 ccomp
            11 . . PUNCT 2 punct
            """, date: "2022-03", feats: [10: "VerbForm=Fin"])
        #expect(comparison.contains { $0.hasPrefix("051 NLD") && $0.contains(">UKR") && !$0.contains("cond") }, "\(comparison)")
    }
}
