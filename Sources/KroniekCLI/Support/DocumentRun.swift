import ArgumentParser
import KroniekCore
import KroniekIO

/// Shared CLI plumbing: reads every input, hands each document to the command, reports
/// warnings and errors as they happen, prints the run summary on standard error, and
/// fails the command (exit status 1) when any input failed. A command looks like this:
///
/// ```swift
/// struct TokenizeCommand: ParsableCommand {
///     @OptionGroup var input: InputOptions
///     @OptionGroup var output: OutputOptions
///
///     func run() throws {
///         let format = try output.resolve(supported: [.table, .jsonl, .conllu])
///         let out = OutputBuffer()
///         try DocumentRun(input, output: out).forEachDocument { document in
///             Segmenter().segment(&document)
///             out.write(render(document, as: format))
///         }
///     }
/// }
/// ```
///
/// Passing the `OutputBuffer` lets the run flush it before the summary goes to
/// standard error, so the two streams come out in order.
public struct DocumentRun {
    public let input: InputOptions
    public var output: OutputBuffer?
    /// Print the summary line even when nothing went wrong (on by default).
    public var printsSummary = true

    public init(_ input: InputOptions, output: OutputBuffer? = nil) {
        self.input = input
        self.output = output
    }

    /// Calls `body` for every document of every input, in order, and flushes the output
    /// after each, so a run that is killed loses nothing it has printed. A document
    /// whose `body` throws is reported with its origin and skipped; the others are still
    /// processed, and the run ends with a non-zero exit status.
    public func forEachDocument(_ body: (inout Document) throws -> Void) throws {
        var run = InputRun(arguments: input.resolvedInputs, format: input.inputFormat)
        var failedDocuments: [String] = []
        run.forEachOutcome { outcome in
            for warning in outcome.warnings { Diagnostics.warning(warning) }
            for error in outcome.errors { Diagnostics.error(error) }
            for var document in outcome.documents {
                do { try body(&document) } catch {
                    let origin = document.metadata.origin ?? document.id
                    Diagnostics.error("\(origin): document '\(document.id)' skipped: \(error)")
                    failedDocuments.append(document.id)
                }
                output?.flush()
            }
        }
        output?.flush()
        let failed = run.summary.anyFailed || !failedDocuments.isEmpty
        if printsSummary || failed {
            let skipped = failedDocuments.isEmpty ? "" : ", \(failedDocuments.count) document(s) skipped: " + failedDocuments.joined(separator: ", ")
            Diagnostics.note("\(run.summary)\(skipped)")
        }
        if failed { throw ExitCode(1) }
    }
}
