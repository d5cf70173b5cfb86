import Foundation
import KroniekEvents
import KroniekPipeline

/// The dictionaries a command codes with: a directory the user named (Kroniek `.kd`
/// files or a PETRARCH set), else the bundled ones; cue words are always added, and lines
/// left out while loading are reported on standard error.
enum DictionaryChoice {
    static func load(_ path: String?) throws -> EventDictionary {
        let loaded = try path.map { try DictionaryLoader.load($0) } ?? DictionaryLoader.loadBundled()
        report(loaded.problems)
        return try DictionaryLoader.addingBundledCues(to: loaded)
    }

    /// A pipeline configuration with those dictionaries; for a PETRARCH set, with the
    /// verb combinations of its coding ontology, as `kroniek eval events` codes with them.
    static func configuration(_ path: String?) throws -> PipelineConfiguration {
        let dictionary = try load(path)
        var configuration = PipelineConfiguration(dictionary: dictionary)
        let files = DictionaryLoader.PetrarchFiles.phoenix
        if let path, FileManager.default.fileExists(atPath: path + "/" + files.verbs[0]),
           let pico = files.pico, FileManager.default.fileExists(atPath: path + "/" + pico) {
            configuration.petrarchCombination = try PetrarchVerbCombination.load(
                pico: path + "/" + pico, verbFiles: files.verbs.map { path + "/" + $0 }, dictionary: dictionary)
        }
        return configuration
    }

    static func report(_ problems: [some CustomStringConvertible]) {
        guard !problems.isEmpty else { return }
        var text = "warning: \(problems.count) dictionary line(s) left out:\n"
        for p in problems.prefix(10) { text += "  \(p)\n" }
        if problems.count > 10 { text += "  …\n" }
        FileHandle.standardError.write(Data(text.utf8))
    }
}
