import KroniekCore
import KroniekEntities
import KroniekEvents
import KroniekPipeline

/// What the entity stage and the coder made of a document, for reading on a terminal:
/// each sentence with its names marked `[words|CODE]` (`~ROLE` for a role noun), the state
/// it is set in, and the events coded from it.
enum AnalysedDocumentTable {
    static func render(_ analysed: AnalysedDocument) -> String {
        let document = analysed.document
        var out = "== \(document.id)  (\(document.metadata.date?.description ?? "undated"), \(document.metadata.language?.rawValue ?? "?"))\n"
        let events = Dictionary(grouping: analysed.events, by: \.sentenceIndex)
        for (s, sentence) in document.sentences.enumerated() {
            let names = analysed.entities.flatMap { $0.names.indices.contains(s) ? $0.names[s] : nil } ?? []
            var line = ""
            var w = 0
            while w < sentence.words.count {
                if let name = names.first(where: { $0.range.lowerBound == w }) {
                    let words = sentence.words[name.range].map(\.form).joined(separator: " ")
                    switch name.target {
                    case .actor(let code, _): line += "[\(words)|\(code)] "
                    case .agent(let agent): line += "[\(words)|~\(agent.code.isEmpty ? "counterpart" : agent.code)] "
                    }
                    w = name.range.upperBound
                } else {
                    line += sentence.words[w].form + " "
                    w += 1
                }
            }
            let state = analysed.entities?.setting.state(ofSentence: s).map { "  {\($0)}" } ?? ""
            out += "\(s)\t\(line)\(state)\n"
            for e in events[s] ?? [] {
                out += "\t  → \(e.code) \(e.source.code) (\(e.source.text)) → \(e.target.map { "\($0.code) (\($0.text))" } ?? "-")  [\(e.evidence)]\n"
            }
        }
        return out
    }
}
