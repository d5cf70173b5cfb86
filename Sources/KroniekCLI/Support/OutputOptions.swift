import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// The output formats a command may offer.
public enum OutputFormat: String, CaseIterable, Sendable, ExpressibleByArgument {
    /// Human-readable text, the default on a terminal.
    case table
    /// One JSON array holding every result, indented.
    case json
    /// One JSON object per line, the default when output is piped.
    case jsonl
    case conllu
    case tsv
    /// The event lines of PETRARCH 2's event file.
    case petrarch
}

/// Shared CLI plumbing: how to write results. Use with `@OptionGroup var output: OutputOptions`,
/// then `let format = try output.resolve(supported: [.table, .json, .jsonl])` at the start of `run()`.
public struct OutputOptions: ParsableArguments {
    @Option(help: "Output format (not every command writes every one). Default: table on a terminal, jsonl otherwise.")
    public var format: OutputFormat?

    public init() {}

    /// The format to write: the one asked for, which must be in `supported`, else the
    /// terminal/pipe default (or, if the command lacks that, its first supported format).
    public func resolve(supported: [OutputFormat]) throws -> OutputFormat {
        precondition(!supported.isEmpty, "a command must support at least one output format")
        if let asked = format {
            guard supported.contains(asked) else {
                throw ValidationError("This command cannot write --format \(asked.rawValue); it supports \(supported.map(\.rawValue).joined(separator: ", ")).")
            }
            return asked
        }
        let preferred: OutputFormat = isatty(STDOUT_FILENO) != 0 ? .table : .jsonl
        return supported.contains(preferred) ? preferred : supported[0]
    }
}
