import ArgumentParser
import KroniekCore
import KroniekEvents
import KroniekIO
import KroniekPipeline
import KroniekText

/// `kroniek read`: shows what Kroniek makes of its input, for checking readers and the
/// segmenter. Documents that come tokenized (CoNLL-U, PETRARCH `<Parse>`) keep their
/// sentences; others go through the segmenter, which also detects the language.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles and show them as documents: metadata, paragraphs, sentences and tokens.",
        discussion: """
        Formats: plain text (with the ' date 2021-12' header), JSON, JSON Lines, HTML, RSS, Atom, \
        PETRARCH XML and CoNLL-U, chosen by extension or --input-format. On a terminal each \
        document shows its metadata and one sentence per line with | between tokens; --format \
        json or jsonl gives every span as [start, end] character offsets into the text.

        Problems with an input are reported on standard error; the other inputs are still read, \
        and the exit status is 1 when any input failed.
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Flag(name: .customLong("segment"), inversion: .prefixedNo,
          help: "Split documents into sentences and tokens (--no-segment shows them as read).")
    var segment = true

    @Option(help: ArgumentHelp("Run the pipeline up to this stage and show what it added: \(PipelineStage.allCases.map(\.rawValue).joined(separator: ", ")) (mentions and events as a table).", valueName: "stage"))
    var stage: PipelineStage?

    @OptionGroup var dictionaryOptions: DictionaryOptions

    func run() throws {
        if let stage, stage >= .syntax { return try showStage(stage) }
        let format = try output.resolve(supported: [.table, .json, .jsonl, .conllu])
        let out = OutputBuffer()
        let segmenter = Segmenter()
        var first = true
        if format == .json { out.write("[") }
        try DocumentRun(input, output: out).forEachDocument { document in
            if segment && document.sentences.isEmpty { segmenter.segment(&document) }
            switch format {
            case .json:
                out.write(first ? "\n" : ",\n")
                DocumentJSON.write(document, indented: true, emit: out.write(bytes:))
            case .jsonl:
                DocumentJSON.write(document, indented: false, emit: out.write(bytes:))
                out.write("\n")
            case .conllu:
                var text = ""
                CoNLLUWriter().write(document, into: &text)
                out.write(text)
            case .table, .tsv, .petrarch:
                out.write((first ? "" : "\n") + DocumentTable.render(document))
            }
            first = false
        }
        if format == .json { out.write(first ? "]\n" : "\n]\n"); out.flush() }
    }
}

extension PipelineStage: ExpressibleByArgument {}

extension ReadCommand {
    /// Each document after the pipeline ran up to `stage`: the parse as CoNLL-U, or each
    /// sentence with the names it found (and their codes) and the events coded from it.
    func showStage(_ stage: PipelineStage) throws {
        let pipeline = Pipeline(try PipelineConfiguration(loaded: DictionaryChoice.load(dictionaryOptions)))
        let out = OutputBuffer()
        try DocumentRun(input, output: out).forEachDocument { document in
            let analysed = pipeline.analyse(document, through: stage)
            if let problem = analysed.problem { Diagnostics.warning("\(document.id): \(problem)") }
            if stage == .syntax {
                var text = ""
                CoNLLUWriter().write(analysed.document, into: &text)
                out.write(text)
            } else {
                out.write(AnalysedDocumentTable.render(analysed) + "\n")
            }
        }
    }
}
