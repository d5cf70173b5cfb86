import ArgumentParser

extension Kroniek {
    /// The program's entry point, called from main.swift.
    ///
    /// Top-level code resolves `Kroniek.main()` to ParsableCommand's synchronous version,
    /// which on Linux refuses an async root command ("needs availability annotation");
    /// this runs the async parse-and-run path explicitly.
    public static func launch() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
