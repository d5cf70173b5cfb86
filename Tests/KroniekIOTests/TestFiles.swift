import Foundation
@testable import KroniekIO

/// A scratch directory for tests that need real files, removed when the test ends.
final class ScratchDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("kroniek-io-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes `bytes` to `relative` (folders created as needed) and returns the full path.
    @discardableResult
    func write(_ relative: String, bytes: [UInt8]) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(bytes).write(to: URL(fileURLWithPath: full))
        return full
    }

    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String { try write(relative, bytes: Array(text.utf8)) }
}

/// Loads `text` as if it were a file called `name` (whose extension may pick the reader).
func load(_ text: String, name: String, format: InputFormat? = nil) -> ReadOutcome {
    DocumentLoader(format: format).load(bytes: Array(text.utf8), origin: name, defaultID: name.baseNameWithoutExtension)
}
