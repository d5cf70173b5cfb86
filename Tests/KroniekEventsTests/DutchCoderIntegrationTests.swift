import Testing
import KroniekCore
import KroniekEntities
import KroniekIO
@testable import KroniekEvents

/// The bundled Dutch dictionaries, the coder and the entity stage together, on small
/// hand-parsed documents: role nouns resolved by reference, noun events between
/// coordinated parties, and dates and future from time expressions.
@Suite struct DutchCoderIntegrationTests {
    static let coder: EventCoder? = (try? DictionaryLoader.loadBundled()).map(EventCoder.init)

    /// Codes a CoNLL-U document (columns: id form lemma upos head deprel; `feats` by word
    /// id, the same in every sentence) dated `date`.
    /// With `reporters`, an event reported by a named actor ends in `by:CODE`.
    func code(_ rows: String, date: String, feats: [Int: String] = [:], reporters: Bool = false) throws -> [String] {
        let coder = try #require(Self.coder)
        let conllu = rows.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.isEmpty || line.hasPrefix("#") { return String(line) }
            let c = line.split(separator: " ").map(String.init)
            return [c[0], c[1], c[2], c[3], "_", feats[Int(c[0])!] ?? "_", c[4], c[5], "_", "_"].joined(separator: "\t")
        }.joined(separator: "\n") + "\n\n"
        var document = try #require(try CoNLLUReader().read(conllu, origin: "t", defaultID: "t").first)
        document.metadata.language = .dutch
        document.metadata.date = PartialDate(iso: date)
        let doc = document
        return coder.code(doc, entities: DocumentEntities(document: doc, actors: coder.dictionary.actors))
            .filter { $0.target != nil }
            .map { e in
                let m = e.modality
                let flags = [m.negated ? "neg" : "", m.conditional ? "cond" : "", m.hypothetical ? "hyp" : "",
                             m.future ? "fut" : "", m.reported ? "rep" : ""].filter { !$0.isEmpty }.joined(separator: ",")
                let by = reporters ? e.reportedBy.map { " by:\($0.code)" } ?? "" : ""
                return "\(e.code) \(e.source.code)>\(e.target!.code)\(flags.isEmpty ? "" : " " + flags) \(e.date?.description ?? "")\(by)"
            }
    }

    @Test func counterpartResolvesToTheOtherLeader() throws {
        let events = try code("""
            1 Biden Biden PROPN 2 nsubj
            2 belde bellen VERB 0 root
            3 met met ADP 4 case
            4 Poetin Poetin PROPN 2 obl
            5 . . PUNCT 2 punct

            1 Poetin Poetin PROPN 2 nsubj
            2 waarschuwde waarschuwen VERB 0 root
            3 zijn zijn PRON 4 nmod:poss
            4 ambtsgenoot ambtsgenoot NOUN 2 obj
            5 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events.contains("041 USAGOV>RUSGOV 2021-12"))
        #expect(events.contains("130 RUSGOV>USAGOV 2021-12"))
    }

    @Test func meetingOfCoordinatedPartiesIsBetweenThemAndDatedAhead() throws {
        let events = try code("""
            1 Een een DET 2 det
            2 bilaterale bilaterale NOUN 0 root
            3 van van ADP 4 case
            4 Rusland Rusland PROPN 2 nmod
            5 en en CCONJ 7 cc
            6 de de DET 7 det
            7 Navo Navo PROPN 4 conj
            8 op op ADP 9 case
            9 10 10 NUM 2 nmod
            10 januari januari NOUN 9 flat
            11 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events.sorted() == ["040 IGOWSTNAT>RUS fut 2022-01-10", "040 RUS>IGOWSTNAT fut 2022-01-10"])
    }

    @Test func placedGroupAndConjunctDates() throws {
        let events = try code("""
            1 Rusland Rusland PROPN 2 nsubj
            2 steunt steunen VERB 0 root
            3 separatisten separatist NOUN 2 obj
            4 in in ADP 6 case
            5 het het DET 6 det
            6 oosten oosten NOUN 2 obl
            7 van van ADP 8 case
            8 Oekraïne Oekraïne PROPN 6 nmod
            9 en en CCONJ 10 cc
            10 annexeerde annexeren VERB 2 conj
            11 in in ADP 12 case
            12 2014 2014 NUM 10 obl
            13 de de DET 14 det
            14 Krim Krim PROPN 10 obj
            15 . . PUNCT 2 punct
            """, date: "2021-12")
        // The support is dated by the document, the annexation by its own "in 2014".
        #expect(events.sorted() == ["070 RUS>UKRREB 2021-12", "192 RUS>UKR 2014"])
    }

    @Test func hearsayAuxiliariesReportRatherThanPredict() throws {
        // "Biden zou Poetin hebben aangespoord te de-escaleren": reportedly, not in future.
        let events = try code("""
            1 Biden Biden PROPN 5 nsubj
            2 zou zullen AUX 5 aux
            3 Poetin Poetin PROPN 5 obj
            4 hebben hebben AUX 5 aux
            5 aangespoord aan_sporen VERB 0 root
            6 te te ADP 7 mark
            7 de-escaleren de-escaleren VERB 5 xcomp
            8 . . PUNCT 5 punct
            """, date: "2021-12", feats: [2: "Tense=Past|VerbForm=Fin"])
        #expect(events == ["0256 USAGOV>RUSGOV rep 2021-12"])
    }

    @Test func conditionalPhraseAndConditionalContent() throws {
        let events = try code("""
            1 Het het DET 2 det
            2 Westen Westen PROPN 3 nsubj
            3 dreigt dreigen VERB 0 root
            4 in in ADP 6 case
            5 dat dat DET 6 det
            6 geval geval NOUN 3 obl
            7 met met ADP 8 case
            8 sancties sanctie NOUN 3 obl
            9 tegen tegen ADP 10 case
            10 Moskou Moskou PROPN 8 nmod
            11 . . PUNCT 3 punct

            1 Biden Biden PROPN 2 nsubj
            2 maakte maken VERB 0 root
            3 Poetin Poetin PROPN 2 iobj
            4 duidelijk duidelijk ADJ 2 compound:prt
            5 dat dat SCONJ 9 mark
            6 de de DET 7 det
            7 VS VS PROPN 9 nsubj
            8 kracht kracht NOUN 9 obl
            9 reageren reageren VERB 2 ccomp
            10 als als SCONJ 13 mark
            11 Rusland Rusland PROPN 13 nsubj
            12 Oekraïne Oekraïne PROPN 13 obj
            13 binnenvalt binnen_vallen VERB 9 advcl
            14 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events.contains("1312 WST>RUS cond 2021-12"))
        #expect(events.contains("138 USAGOV>RUSGOV cond 2021-12"))
    }

    @Test func annexationTakesTheDateOfItsOwnYear() throws {
        let events = try code("""
            1 Rusland Rusland PROPN 2 nsubj
            2 annexeerde annexeren VERB 0 root
            3 in in ADP 4 case
            4 2014 2014 NUM 2 obl
            5 de de DET 6 det
            6 Krim Krim PROPN 2 obj
            7 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events == ["192 RUS>UKR 2014"])
    }

    /// "beide leiders" are the two leaders the article named; with "elkaar" each acts
    /// toward the other, wherever the parser put the pair ("zeiden beide leiders" as object).
    @Test func bothLeadersActTowardEachOther() throws {
        let leaders = """
            1 Biden Biden PROPN 2 nsubj
            2 belde bellen VERB 0 root
            3 met met ADP 4 case
            4 Poetin Poetin PROPN 2 obl
            5 . . PUNCT 2 punct
            """
        let praise = try code(leaders + """


            1 Beide beide DET 2 det
            2 leiders leider NOUN 3 nsubj
            3 prezen prijzen VERB 0 root
            4 elkaar elkaar PRON 3 obj
            5 . . PUNCT 3 punct
            """, date: "2021-12")
        #expect(praise.contains("051 USAGOV>RUSGOV 2021-12"))
        #expect(praise.contains("051 RUSGOV>USAGOV 2021-12"))
        let listen = try code(leaders + """


            1 Toen toen ADV 2 advmod
            2 zeiden zeggen VERB 0 root
            3 beide beide DET 4 det
            4 leiders leider NOUN 2 obj
            5 bereid bereid ADJ 2 xcomp
            6 te te ADP 7 mark
            7 luisteren luisteren VERB 5 xcomp
            8 naar naar ADP 10 case
            9 de de DET 10 det
            10 ander ander NOUN 7 obl
            11 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(listen.contains("030 USAGOV>RUSGOV 2021-12"))
        #expect(listen.contains("030 RUSGOV>USAGOV 2021-12"))
    }

    /// A caption names the call and its parties without a verb; the next sentence's "het
    /// telefoongesprek, dat op verzoek van Poetin werd gehouden" codes it once, Poetin as
    /// the caller; a later "het gesprek" does not code it again, and a comment on "het
    /// telefoongesprek" by one party targets the other.
    @Test func definiteEventNounTakesTheCaptionsParties() throws {
        let events = try code("""
            1 President president NOUN 0 root
            2 Biden Biden PROPN 1 appos
            3 tijdens tijdens ADP 5 case
            4 het het DET 5 det
            5 telefoongesprek telefoongesprek NOUN 1 nmod
            6 met met ADP 7 case
            7 Poetin Poetin PROPN 5 nmod
            8 . . PUNCT 1 punct

            1 Het het DET 2 det
            2 telefoongesprek telefoongesprek NOUN 9 nsubj
            3 dat dat PRON 8 nsubj:pass
            4 op op ADP 5 case
            5 verzoek verzoek NOUN 8 obl
            6 van van ADP 7 case
            7 Poetin Poetin PROPN 5 nmod
            8 gehouden houden VERB 2 acl:relcl
            9 duurde duren VERB 0 root
            10 lang lang ADJ 9 advmod
            11 . . PUNCT 9 punct

            1 Het het DET 2 det
            2 gesprek gesprek NOUN 3 nsubj
            3 ging gaan VERB 0 root
            4 over over ADP 5 case
            5 Oekraïne Oekraïne PROPN 3 obl
            6 . . PUNCT 3 punct

            1 Poetin Poetin PROPN 2 nsubj
            2 zei zeggen VERB 0 root
            3 tevreden tevreden ADJ 2 xcomp
            4 te te ADP 5 mark
            5 zijn zijn AUX 3 cop
            6 over over ADP 8 case
            7 het het DET 8 det
            8 telefoongesprek telefoongesprek NOUN 3 obl
            9 . . PUNCT 2 punct
            """, date: "2021-12")
        #expect(events.filter { $0.hasPrefix("04") } == ["041 RUSGOV>USAGOV 2021-12"])
        // A party commenting on the call addresses the other party.
        #expect(events.contains("013 RUSGOV>USAGOV 2021-12"))
    }
}
