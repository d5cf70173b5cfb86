import Testing

/// Roles and modality read from the clause around an event (ClauseCoder.swift,
/// ModalityDetector.swift, EventEmbedding.swift), on trees shaped like the Dutch
/// model's output. Sentences are our own.
extension DutchCoderIntegrationTests {
    @Test func supportVerbSubjectIsTheNounEventsSource() throws {
        // "Biden heeft een videogesprek met Poetin gehouden", the object read as a passive subject.
        let events = try code("""
            1 Biden Biden PROPN 7 nsubj
            2 heeft hebben AUX 7 aux
            3 een een DET 4 det
            4 videogesprek video_gesprek NOUN 7 nsubj:pass
            5 met met ADP 6 case
            6 Poetin Poetin PROPN 4 nmod
            7 gehouden houden VERB 0 root
            8 . . PUNCT 7 punct
            """, date: "2021-12")
        #expect(events == ["041 USAGOV>RUSGOV 2021-12"])
        // A verb that is no support verb does not make its subject the noun's source:
        // "Biden veroordeelde de aanval op Kiev" is no American attack.
        let condemned = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 veroordeelde veroordelen VERB 0 root
            3 de de DET 4 det
            4 aanval aanval NOUN 2 obj
            5 op op ADP 6 case
            6 Kiev Kiev PROPN 4 nmod
            7 . . PUNCT 2 punct
            """, date: "2022-03")
        #expect(!condemned.contains { $0.hasPrefix("190 USA") })
    }

    @Test func reportPhraseIsNoTargetButWhatHangsOnItIs() throws {
        // "Lavrov overweegt volgens Russische media stappen tegen de Navo", with the
        // steps hung on the media.
        let events = try code("""
            1 Lavrov Lavrov PROPN 2 nsubj
            2 overweegt overwegen VERB 0 root
            3 volgens volgens ADP 5 case
            4 Russische Russisch ADJ 5 amod
            5 media media NOUN 2 obl
            6 stappen stap NOUN 5 nmod
            7 tegen tegen ADP 9 case
            8 de de DET 9 det
            9 Navo NAVO PROPN 6 nmod
            10 . . PUNCT 2 punct
            """, date: "2022-01")
        #expect(events == ["014 RUSGOV>IGOWSTNAT rep 2022-01"])
    }

    @Test func coordinatedPartiesFightEachOther() throws {
        // "Armenië en Azerbeidzjan vechten om Nagorno-Karabach".
        let events = try code("""
            1 Armenië Armenië PROPN 4 nsubj
            2 en en CCONJ 3 cc
            3 Azerbeidzjan Azerbeidzjan PROPN 1 conj
            4 vechten vechten VERB 0 root
            5 om om ADP 6 case
            6 Nagorno-Karabach Nagorno-Karabach PROPN 4 obl
            7 . . PUNCT 4 punct
            """, date: "2020-10")
        #expect(Set(events) == ["190 ARM>AZE 2020-10", "190 AZE>ARM 2020-10"])
    }

    @Test func verbWithAnEventSubjectOnlyDatesIt() throws {
        // "De onderhandelingen tussen Armenië en Azerbeidzjan worden op 15 januari hervat".
        let events = try code("""
            1 De de DET 2 det
            2 onderhandelingen onderhandeling NOUN 11 nsubj:pass
            3 tussen tussen ADP 4 case
            4 Armenië Armenië PROPN 2 nmod
            5 en en CCONJ 6 cc
            6 Azerbeidzjan Azerbeidzjan PROPN 4 conj
            7 worden worden AUX 11 aux:pass
            8 op op ADP 9 case
            9 15 15 NUM 11 obl
            10 januari januari PROPN 9 flat
            11 hervat hervatten VERB 0 root
            12 . . PUNCT 11 punct
            """, date: "2022-12-20")
        #expect(Set(events) == ["046 ARM>AZE fut 2023-01-15", "046 AZE>ARM fut 2023-01-15"], "\(events)")
    }

    @Test func consequentOfAConditionMadeTheMainClause() throws {
        // "Mocht China Taiwan blokkeren, dan zullen de Verenigde Staten sancties opleggen
        // aan Peking", the consequent hung on the condition as parataxis.
        let events = try code("""
            1 Mocht mogen AUX 4 aux
            2 China China PROPN 4 nsubj
            3 Taiwan Taiwan PROPN 4 obj
            4 blokkeren blokkeren VERB 0 root
            5 , , PUNCT 11 punct
            6 dan dan ADV 11 advmod
            7 zullen zullen AUX 11 aux
            8 de de DET 9 det
            9 VS VS PROPN 11 nsubj
            10 sancties sanctie NOUN 11 obj
            11 opleggen op_leggen VERB 4 parataxis
            12 aan aan ADP 13 case
            13 Peking Peking PROPN 11 obl
            14 . . PUNCT 4 punct
            """, date: "2023-04")
        #expect(events.contains { $0.hasPrefix("163 USA>CHN cond") }, "\(events)")
        #expect(!events.contains { $0.contains("CHN>TWN") })
    }

    @Test func conditionLabelledComplementOrRelativeClause() throws {
        // "Japan stelt sancties in tegen Rusland als het kernwapens inzet", the condition
        // labelled ccomp; then hung on "sancties" as a relative clause.
        let rows = """
            1 Japan Japan PROPN 2 nsubj
            2 stelt in_stellen VERB 0 root
            3 sancties sanctie NOUN 2 obj
            4 in in ADP 2 compound:prt
            5 tegen tegen ADP 6 case
            6 Rusland Rusland PROPN 2 obl
            7 als als SCONJ 10 mark
            8 het het PRON 10 nsubj
            9 kernwapens kernwapen NOUN 10 obj
            10 inzet in_zetten VERB HEAD
            11 . . PUNCT 2 punct
            """
        for head in ["2 ccomp", "3 acl:relcl"] {
            let events = try code(rows.replacingOccurrences(of: "HEAD", with: head), date: "2022-10")
            #expect(events.contains("163 JPN>RUS cond 2022-10"), "\(head): \(events)")
        }
    }

    @Test func sayingSomethingConditionalIsNotConditional() throws {
        // "Poetin zei tegen Biden dat Rusland zal reageren als de Navo uitbreidt".
        let events = try code("""
            1 Poetin Poetin PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 tegen tegen ADP 4 case
            4 Biden Biden PROPN 2 obl
            5 dat dat SCONJ 9 mark
            6 Rusland Rusland PROPN 9 nsubj
            7 zal zullen AUX 9 aux
            8 wel wel ADV 9 advmod
            9 reageren reageren VERB 2 ccomp
            10 als als SCONJ 13 mark
            11 de de DET 12 det
            12 Navo NAVO PROPN 13 nsubj
            13 uitbreidt uit_breiden VERB 9 advcl
            14 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events.contains("010 RUSGOV>USAGOV 2021-12"), "\(events)")
    }

    @Test func aldusPhraseHungAsParataxisReportsTheEvent() throws {
        // "Rusland heeft de haven van Odesa gebombardeerd, aldus de Oekraïense luchtmacht".
        let events = try code("""
            1 Rusland Rusland PROPN 6 nsubj
            2 heeft hebben AUX 6 aux
            3 de de DET 4 det
            4 haven haven NOUN 6 obj
            5 Odesa Odesa PROPN 4 nmod
            6 gebombardeerd bombarderen VERB 0 root
            7 , , PUNCT 10 punct
            8 aldus aldus ADV 10 amod
            9 de de DET 10 det
            10 luchtmacht luchtmacht NOUN 6 parataxis
            11 Oekraïense Oekraïens ADJ 10 amod
            12 . . PUNCT 6 punct
            """, date: "2022-08", reporters: true)
        #expect(events == ["195 RUS>UKR rep 2022-08 by:UKRMIL"], "\(events)")
    }

    @Test func roleNounsTakeTheStateOfAOneStateSentence() throws {
        // "Iraanse demonstranten betoogden in Teheran tegen het regime".
        let rows = """
            1 Iraanse Iraans ADJ 2 amod
            2 demonstranten demonstrant NOUN 3 nsubj
            3 betoogden betogen VERB 0 root
            4 in in ADP 5 case
            5 PLACE PLACE PROPN 3 obl
            6 tegen tegen ADP 8 case
            7 het het DET 8 det
            8 regime regime NOUN 3 obl
            9 . . PUNCT 3 punct
            """
        #expect(try code(rows.replacingOccurrences(of: "PLACE", with: "Teheran"), date: "2022-10") == ["141 IRNOPP>IRNGOV 2022-10"])
        // With a second state named, the regime may be either's: no guess.
        #expect(try code(rows.replacingOccurrences(of: "PLACE", with: "Parijs"), date: "2022-10").isEmpty)
    }

    @Test func compoundNounEventIsCodedByItsHead() throws {
        // "Demonstranten in Hongkong hielden een massaprotest tegen de regering".
        let events = try code("""
            1 Demonstranten demonstrant NOUN 4 nsubj
            2 in in ADP 3 case
            3 Hongkong Hongkong PROPN 1 nmod
            4 hielden houden VERB 0 root
            5 een een DET 6 det
            6 massaprotest massa_protest NOUN 4 obj
            7 tegen tegen ADP 9 case
            8 de de DET 9 det
            9 regering regering NOUN 6 nmod
            10 . . PUNCT 4 punct
            """, date: "2019-08")
        #expect(events.contains { $0.hasPrefix("14") && $0.contains("HKGOPP>HKGGOV") }, "\(events)")
    }

    @Test func objectConjunctHungOnTheVerbIsASecondTarget() throws {
        // "De Amerikaanse president ontving de Finse president en de Zweedse premier".
        let events = try code("""
            1 De de DET 3 det
            2 Amerikaanse Amerikaans ADJ 3 amod
            3 president president NOUN 4 nsubj
            4 ontving ontvangen VERB 0 root
            5 de de DET 7 det
            6 Finse Fins ADJ 7 amod
            7 president president NOUN 4 obj
            8 en en CCONJ 11 cc
            9 de de DET 11 det
            10 Zweedse Zweeds ADJ 11 amod
            11 premier premier NOUN 4 conj
            12 . . PUNCT 4 punct
            """, date: "2022-05")
        #expect(Set(events) == ["043 USAGOV>FINGOV 2022-05", "043 USAGOV>SWEGOV 2022-05"], "\(events)")
    }

    @Test func infinitiveUnderGaanTakesTheMisreadObjectAndIsFuture() throws {
        // "De Europese Unie gaat Moldavië financieel steunen", Moldavië a second subject of "gaat".
        let events = try code("""
            1 De de DET 2 det
            2 Europese Europees PROPN 4 nsubj
            3 Unie unie PROPN 2 flat
            4 gaat gaan VERB 0 root
            5 Moldavië Moldavië PROPN 4 nsubj
            6 financieel financieel ADJ 7 advmod
            7 steunen steunen VERB 4 xcomp
            8 . . PUNCT 4 punct
            """, date: "2023-09", feats: [4: "Tense=Pres|VerbForm=Fin"])
        #expect(events == ["071 IGOEUREEC>MDA fut 2023-09"], "\(events)")
    }

    @Test func reactionToAnEarlierEventTargetsWhoeverDidIt() throws {
        // "China begon militaire oefeningen rond Taiwan. Taiwan veroordeelde de oefeningen."
        // The role adjective "militaire" names no party of the exercises.
        let events = try code("""
            1 China China PROPN 2 nsubj
            2 begon beginnen VERB 0 root
            3 militaire militair ADJ 4 amod
            4 oefeningen oefening NOUN 2 obj
            5 rond rond ADP 6 case
            6 Taiwan Taiwan PROPN 4 nmod
            7 . . PUNCT 2 punct

            1 Taiwan Taiwan PROPN 2 nsubj
            2 veroordeelde veroordelen VERB 0 root
            3 de de DET 4 det
            4 oefeningen oefening NOUN 2 obj
            5 . . PUNCT 2 punct
            """, date: "2023-08")
        #expect(events.contains("150 CHN>TWN 2023-08"), "\(events)")
        #expect(events.contains("111 TWN>CHN 2023-08"), "\(events)")
    }

    @Test func pronounInAComplementClauseIsTheSpeaker() throws {
        // "Washington zei na het gesprek met Peking dat het Taiwan steunt".
        let events = try code("""
            1 Washington Washington PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 na na ADP 5 case
            4 het het DET 5 det
            5 gesprek gesprek NOUN 2 obl
            6 met met ADP 7 case
            7 Peking Peking PROPN 5 nmod
            8 dat dat SCONJ 11 mark
            9 het het PRON 11 nsubj
            10 Taiwan Taiwan PROPN 11 obj
            11 steunt steunen VERB 2 ccomp
            12 . . PUNCT 2 punct
            """, date: "2023-08")
        #expect(events.contains { $0.hasPrefix("051 USA>TWN") }, "\(events)")
        #expect(!events.contains { $0.hasPrefix("051 CHN") })
    }

    @Test func supportVerbSubjectActsOnTheOfPhrase() throws {
        // "Israël kondigde de belegering van de Gazastrook aan": the "van" phrase is whom
        // the siege is laid on; without the support verb it would be who lays it.
        let events = try code("""
            1 Israël Israël PROPN 2 nsubj
            2 kondigde aan_kondigen VERB 0 root
            3 de de DET 4 det
            4 belegering belegering NOUN 2 obj
            5 van van ADP 7 case
            6 de de DET 7 det
            7 Gazastrook Gazastrook PROPN 4 nmod
            8 aan aan ADP 2 compound:prt
            9 . . PUNCT 2 punct
            """, date: "2023-10")
        #expect(events.contains("191 ISR>PSEGZA 2023-10"), "\(events)")
    }

    @Test func demandTakesTheCodeOfWhatItAsksFor() throws {
        // "Oekraïne eist dat Rusland zijn troepen terugtrekt uit Zaporizja": a demand for
        // withdrawal; "… dat Rusland geen troepen terugtrekt" asks for no withdrawal.
        let rows = """
            1 Oekraïne Oekraïne PROPN 2 nsubj
            2 eist eisen VERB 0 root
            3 dat dat SCONJ 7 mark
            4 Rusland Rusland PROPN 7 nsubj
            5 DET DET DET 6 det
            6 troepen troep NOUN 7 obj
            7 terugtrekt terug_trekken VERB 2 ccomp
            8 uit uit ADP 9 case
            9 Zaporizja Zaporizja PROPN 7 obl
            10 . . PUNCT 2 punct
            """
        #expect(try code(rows.replacingOccurrences(of: "DET DET", with: "zijn zijn"), date: "2022-12") == ["106 UKR>RUS 2022-12"])
        #expect(try code(rows.replacingOccurrences(of: "DET DET", with: "geen geen"), date: "2022-12") == ["100 UKR>RUS 2022-12"])
    }

    @Test func speakersOwnStateInWhatItSaysIsNoAddressee() throws {
        // "Poetin zei dat Rusland geen oorlog wil": no 010 toward Russia; "Poetin zei dat
        // Oekraïne …" keeps PETRARCH's reading of the complement subject as the target.
        let rows = """
            1 Poetin Poetin PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 dat dat SCONJ 7 mark
            4 STATE STATE PROPN 7 nsubj
            5 geen geen DET 6 det
            6 oorlog oorlog NOUN 7 obj
            7 wil willen VERB 2 ccomp
            8 . . PUNCT 2 punct
            """
        #expect(try code(rows.replacingOccurrences(of: "STATE STATE", with: "Rusland Rusland"), date: "2022-02").isEmpty)
        #expect(try code(rows.replacingOccurrences(of: "STATE STATE", with: "Oekraïne Oekraïne"), date: "2022-02") == ["010 RUSGOV>UKR 2022-02"])
        // "Oekraïne ontkende dat het leger een aanval voorbereidt": the army is Ukraine's
        // own once placed, so the denial addresses no one.
        let denial = try code("""
            1 Oekraïne Oekraïne PROPN 2 nsubj
            2 ontkende ontkennen VERB 0 root
            3 dat dat SCONJ 8 mark
            4 het het DET 5 det
            5 leger leger NOUN 8 nsubj
            6 een een DET 7 det
            7 aanval aanval NOUN 8 obj
            8 voorbereidt voor_bereiden VERB 2 ccomp
            9 . . PUNCT 2 punct
            """, date: "2022-02")
        #expect(!denial.contains { $0.hasPrefix("016") }, "\(denial)")
    }

    @Test func placeInTheActorsOwnStateIsNoTarget() throws {
        // "Russische demonstranten protesteerden in Moskou": where they protested, not
        // against whom; a place in another state stays a target.
        let rows = """
            1 Russische Russisch ADJ 2 amod
            2 demonstranten demonstrant NOUN 3 nsubj
            3 protesteerden protesteren VERB 0 root
            4 in in ADP 5 case
            5 PLACE PLACE PROPN 3 obl
            6 . . PUNCT 3 punct
            """
        #expect(try code(rows.replacingOccurrences(of: "PLACE PLACE", with: "Moskou Moskou"), date: "2022-03").isEmpty)
        #expect(try code(rows.replacingOccurrences(of: "PLACE PLACE", with: "Kiev Kiev"), date: "2022-03").contains { $0.contains("RUSOPP>UKR") })
    }
}
