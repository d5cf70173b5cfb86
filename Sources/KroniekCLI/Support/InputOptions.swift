import ArgumentParser
import KroniekIO
#if canImport(Glibc)
import Glibc
#endif

/// Shared CLI plumbing: what to read. Use it in a command with `@OptionGroup var input: InputOptions`
/// and hand it to `DocumentRun` (see DocumentRun.swift for a whole command).
public struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "Files, directories (searched recursively), glob patterns (* ? [..] **) or - for standard input. Default: standard input, when it is not a terminal.",
        valueName: "input"))
    public var inputs: [String] = []

    @Option(name: .customLong("input-format"),
            help: "Read every input as this format instead of choosing by extension or content.")
    public var inputFormat: InputFormat?

    public init() {}

    public func validate() throws {
        if inputs.isEmpty && isatty(STDIN_FILENO) != 0 {
            throw ValidationError("No input: name files, directories or glob patterns, or pipe text into standard input.")
        }
    }

    /// The inputs to read; `-` (standard input) when none were named.
    public var resolvedInputs: [String] { inputs.isEmpty ? ["-"] : inputs }
}

extension InputFormat: ExpressibleByArgument {}
