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

    /// Calls `body` for every document of every input, in order. Errors thrown by
    /// `body` stop the run (they are the command's own failures, not input problems).
    public func forEachDocument(_ body: (inout Document) throws -> Void) throws {
        var run = InputRun(arguments: input.resolvedInputs, format: input.inputFormat)
        try run.forEachOutcome { outcome in
            for warning in outcome.warnings { Diagnostics.warning(warning) }
            for error in outcome.errors { Diagnostics.error(error) }
            for var document in outcome.documents { try body(&document) }
        }
        output?.flush()
        if printsSummary || run.summary.anyFailed { Diagnostics.note(run.summary) }
        if run.summary.anyFailed { throw ExitCode(1) }
    }
}
