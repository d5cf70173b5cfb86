import Foundation
import Testing
import KroniekTestSupport
import KroniekCore
@testable import KroniekIO

@Suite struct InputPathsTests {
    func tree() throws -> ScratchDirectory {
        let dir = try ScratchDirectory()
        try dir.write("a.txt", "A")
        try dir.write("b.json", "{\"text\": \"B\"}")
        try dir.write("notes.md", "niet gelezen")
        try dir.write(".hidden.txt", "verborgen")
        try dir.write(".git/config.txt", "verborgen map")
        try dir.write("sub/c.txt", "C")
        try dir.write("sub/deeper/d1.txt", "D")
        try dir.write("sub/deeper/d2.html", "<p>D2</p>")
        return dir
    }

    private func names(_ items: [InputItem], under dir: ScratchDirectory) -> [String] {
        items.map { $0.origin.replacingOccurrences(of: dir.path + "/", with: "") }
    }

    @Test func directoriesAreWalkedRecursivelySkippingHiddenAndUnknownFiles() throws {
        let dir = try tree()
        let (items, failures) = InputPaths().expand([dir.path])
        #expect(failures.isEmpty)
        #expect(names(items, under: dir) == ["a.txt", "b.json", "sub/c.txt", "sub/deeper/d1.txt", "sub/deeper/d2.html"])
        let all = InputPaths(takeAllFiles: true).expand([dir.path]).items
        #expect(names(all, under: dir).contains("notes.md"))
        #expect(!names(all, under: dir).contains(".hidden.txt"))
    }

    @Test func globsMatchStarQuestionMarkSetsAndDoubleStar() throws {
        let dir = try tree()
        func glob(_ pattern: String) -> [String] { names(InputPaths().expand([dir.path + "/" + pattern]).items, under: dir) }
        #expect(glob("*.txt") == ["a.txt"])
        #expect(glob("[ab].*") == ["a.txt", "b.json"])
        #expect(glob("sub/deeper/d?.*") == ["sub/deeper/d1.txt", "sub/deeper/d2.html"])
        #expect(glob("**/*.txt") == ["a.txt", "sub/c.txt", "sub/deeper/d1.txt"])
        #expect(glob("sub/**/d[!2].*") == ["sub/deeper/d1.txt"])
        // A matched folder is read whole, as a folder named on the command line would be.
        #expect(glob("sub/dee*") == ["sub/deeper/d1.txt", "sub/deeper/d2.html"])
        #expect(glob(".h*") == [".hidden.txt"])
        #expect(glob("n*") == ["notes.md"])  // chosen by name, so read whatever the extension
    }

    @Test func namesThatMatchNothingAreFailuresAndTheRestGoesOn() throws {
        let dir = try tree()
        let (items, failures) = InputPaths().expand([dir.path + "/missing.txt", dir.path + "/*.xyz", dir.path + "/a.txt", "-"])
        #expect(failures.count == 2)
        #expect(items.count == 2)
        #expect(items.last == .standardInput)
    }

    @Test func globPatternsMatchWholeNames() {
        #expect(GlobPattern("a*b?c").matches("aXXbYc"))
        #expect(!GlobPattern("a*b?c").matches("aXXbYcd"))
        #expect(GlobPattern("[a-c]x").matches("bx") && !GlobPattern("[a-c]x").matches("dx"))
        #expect(GlobPattern("[^a]*").matches("ba") && !GlobPattern("[^a]*").matches("ab"))
        #expect(GlobPattern("*").matches("") && !GlobPattern("*").matches(".profile"))
        #expect(GlobPattern("[x").matches("[x"))
    }

    @Test func unreadableFilesFailWithTheSystemReason() throws {
        guard geteuid() != 0 else {
            print("skipped: running as root, where permissions do not stop reading")
            return
        }
        let dir = try tree()
        let path = dir.path + "/a.txt"
        chmod(path, 0)
        defer { chmod(path, 0o644) }
        let outcome = DocumentLoader().load(.file(path))
        #expect(outcome.failed)
        #expect(outcome.errors.first?.message.contains("ermission") == true)
    }
}

@Suite struct InputRunTests {
    @Test func summaryCountsFilesDocumentsAndFailures() throws {
        let dir = try ScratchDirectory()
        let good = try dir.write("goed.jsonl", "{\"text\": \"Een.\"}\n{\"text\": \"Twee.\"}\n")
        let bad = try dir.write("kapot.json", "{\"text\": ")
        let empty = try dir.write("leeg.txt", "")
        var run = InputRun(arguments: [good, bad, empty, dir.path + "/weg.txt"], format: nil)
        var documents = 0
        run.forEachOutcome { documents += $0.documents.count }
        #expect(documents == 2)
        #expect(run.summary.anyFailed)
        #expect(run.summary.failedOrigins == [dir.path + "/weg.txt", bad])
        #expect(run.summary.description.hasPrefix("4 inputs read (2 documents), 1 warning, 2 failed: "))
    }
}
