import KroniekCore
import KroniekEntities
import KroniekEvents

/// Scores the pipeline on a real-news gold corpus (docs/annotation.md): every document is
/// rebuilt from the data, read as a plain-text article, coded, and its events matched to
/// the gold's at the strict, root and dyad levels.
public enum CorpusEvaluation {
    public struct Result: Sendable {
        public var score = EventCorpusScore()
        /// With `verbose`: every miss and extra (at root level) with its sentence, and
        /// every root-level match whose flags or date disagree.
        public var lines: [String] = []
    }

    public static func run(_ corpus: GoldCorpus, pipeline: Pipeline, verbose: Bool = false) -> Result {
        var result = Result()
        for entry in corpus.entries {
            let analysed = pipeline.analyse(entry.document)
            let gold = entry.gold.events.map(comparable)
            let system = analysed.events.map(comparable)
            let matchings = result.score.add(gold: gold, system: system, sentences: entry.sentenceCount)
            if verbose {
                result.lines += report(entry, gold: gold, system: system, analysed: analysed, root: matchings[.root]!)
            }
        }
        return result
    }

    /// Inter-annotator agreement: `second` scored against `first` as if it were system
    /// output, on the documents both annotated.
    public static func agreement(_ first: [GoldDocument], _ second: [GoldDocument]) -> EventCorpusScore {
        var score = EventCorpusScore()
        let byID = Dictionary(second.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for a in first {
            guard let b = byID[a.id] else { continue }
            score.add(gold: a.events.map(comparable), system: b.events.map(comparable),
                      sentences: a.items?.reduce(0) { $0 + $1.count } ?? 0)
        }
        return score
    }

    static func comparable(_ e: GoldEvent) -> ComparableEvent {
        var m = Modality()
        m.negated = e.flags.contains("negated"); m.conditional = e.flags.contains("conditional")
        m.hypothetical = e.flags.contains("hypothetical"); m.future = e.flags.contains("future")
        m.reported = e.flags.contains("reported")
        return ComparableEvent(source: e.source, target: e.target, code: e.code, modality: m, date: e.date, sentence: e.sentence)
    }

    static func comparable(_ e: CodedEvent) -> ComparableEvent {
        ComparableEvent(source: e.source.code, target: e.target?.code ?? "", code: e.code, modality: e.modality,
                        date: e.date, sentence: e.sentenceIndex)
    }

    /// What the pipeline found where a missed gold event is: the names of the system
    /// sentences over its characters and the events coded from them.
    static func diagnosis(of span: Span, in analysed: AnalysedDocument) -> String {
        let sentences = analysed.document.sentences.indices.filter {
            let s = analysed.document.sentences[$0].span
            return s.start < span.end && span.start < s.end
        }
        var names: [String] = []
        for s in sentences {
            let words = analysed.document.sentences[s].words
            for name in analysed.entities.map({ $0.names.indices.contains(s) ? $0.names[s] : [] }) ?? [] {
                let text = words[name.range].map(\.form).joined(separator: " ")
                switch name.target {
                case .actor(let code, _): names.append("\(code)(\(text))")
                case .agent(let a): names.append("~\(a.code.isEmpty ? "counterpart" : a.code)(\(text))")
                }
            }
        }
        let coded = analysed.events.filter { sentences.contains($0.sentenceIndex) }
            .map { "\($0.code) \($0.source.code)->\($0.target?.code ?? "-")" }
        return "names: " + (names.isEmpty ? "none" : names.joined(separator: " ")) + "; coded: " + (coded.isEmpty ? "none" : coded.joined(separator: ", "))
    }

    private static func report(_ entry: GoldCorpus.Entry, gold: [ComparableEvent], system: [ComparableEvent],
                               analysed: AnalysedDocument, root: EventMatching) -> [String] {
        let id = entry.gold.id
        let text = ScalarText(analysed.document.text)
        func systemSentence(_ i: Int) -> String {
            analysed.document.sentences.indices.contains(i) ? text[analysed.document.sentences[i].span] : ""
        }
        var lines: [String] = []
        for g in root.unmatchedGold {
            lines.append("MISS  \(id)  \(gold[g].description)  | \(entry.sentenceTexts[gold[g].sentence] ?? "")")
            if let span = entry.sentenceSpans[gold[g].sentence] { lines.append("      " + diagnosis(of: span, in: analysed)) }
        }
        for s in root.unmatchedSystem() {
            let e = analysed.events[s]
            lines.append("EXTRA \(id)  \(system[s].description)  [\(e.evidence)]  | \(systemSentence(system[s].sentence))")
        }
        for (g, s) in root.pairs.sorted(by: { $0.key < $1.key }) {
            let flags = EventCorpusScore.flagNames.filter {
                EventCorpusScore.flag($0, of: gold[g].modality) != EventCorpusScore.flag($0, of: system[s].modality)
            }
            if !flags.isEmpty { lines.append("FLAGS \(id)  \(gold[g].description)  differ: \(flags.joined(separator: ","))") }
            if gold[g].date != system[s].date {
                lines.append("DATE  \(id)  \(gold[g].description)  gold \(gold[g].date?.description ?? "-") system \(system[s].date?.description ?? "-")")
            }
        }
        return lines
    }
}
