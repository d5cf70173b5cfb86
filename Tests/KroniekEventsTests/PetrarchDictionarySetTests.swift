import Foundation
import Testing
import KroniekCore
import KroniekEntities
import KroniekTestSupport
@testable import KroniekEvents

/// Dictionary sets chosen as PETRARCH users choose them: by a directory whose files are
/// named anyhow, by a `PETR_config.ini`, by the names a record file gives, by files
/// named on the command line. The small dictionaries here were written for these tests.
@Suite struct PetrarchDictionarySetTests {
    static let verbs = "&ENVOYS\n+ENVOY\n+DIPLOMAT\n\n--- MEET [040] ---\nMEET {MET MEETS MEETING}\n- * &ENVOYS [043]\n"
    static let actors = "RURITANIA_ [RUR]\n+RURITANIAN_\nGRAND_FENWICK_ [GFW]\n"
    static let agents = "!PERSON! = MAN, WOMAN\nPRESIDENT [~GOV]\nCHAIR!PERSON! [~GOV]\n"
    static let discards = "FOOTBALL MATCH\n+ROYAL WEDDING   # a whole story\n"

    /// A directory laid out as a validation suite names its files, with a licence beside them.
    static func suiteDirectory() throws -> ScratchDirectory {
        let dir = try ScratchDirectory()
        try dir.write("RUR_Validate_verbs_2_02.txt", verbs)
        try dir.write("RUR_Validate_actors_2_02.txt", actors)
        try dir.write("RUR_Validate_agents_2_02.txt", agents)
        try dir.write("RUR_Validate_discards_2_02.txt", discards)
        try dir.write("LICENSE.txt", "MIT License\n\nPermission is hereby granted, free of charge, to any person\n")
        return dir
    }

    @Test func filesAreRecognisedByTheirContentWhateverTheirNames() throws {
        let dir = try Self.suiteDirectory()
        let loaded = try DictionarySelection(directory: dir.path).load()
        #expect(loaded.dictionary.verbs["MET"] != nil)
        #expect(loaded.dictionary.actors.actors.count == 2)
        #expect(loaded.dictionary.actors.agents.count == 2)
        #expect(loaded.dictionary.discards.count == 2)
        let note = try #require(loaded.notes.first)
        #expect(note.contains("recognised by their content") && note.contains("not dictionaries: LICENSE.txt"))
    }

    @Test func aDirectoryWithoutDictionariesSaysWhatWasLookedFor() throws {
        let dir = try ScratchDirectory()
        try dir.write("README.md", "# notes\n\n---\n\nNothing to see.\n")
        let error = try #require(throws: InputError.self) { try DictionarySelection(directory: dir.path).load() }
        for looked in [".kd", "PETR_config.ini", "CAMEO.2.0.txt", "verb and actor files", "README.md"] {
            #expect(error.message.contains(looked), "the message names \(looked)")
        }
    }

    @Test func kroniekDictionariesLoadFromADirectoryOrASingleFile() throws {
        let bundled = try DictionarySelection().load().dictionary
        #expect(!bundled.verbs.isEmpty && !bundled.actors.actors.isEmpty, "the bundled set has patterns and actors")
        // The event patterns alone are no set: they name no actors.
        let patterns = try #require(DictionaryLoader.bundledPath)
        #expect(throws: InputError.self) { try DictionarySelection(directory: patterns).load() }
        let actors = try #require(BundledActors.path)
        let error = try #require(throws: InputError.self) { try DictionarySelection(directory: actors + "/agents-en.kd").load() }
        #expect(error.message.contains("no verbs (read \(actors)/agents-en.kd)"))
    }

    @Test func aSetWithoutVerbsOrActorsIsAnErrorNamingTheFiles() throws {
        let dir = try Self.suiteDirectory()
        try dir.write("empty.verbs.txt", "&NOTHING\n+AT ALL\n")
        var selection = DictionarySelection(directory: dir.path)
        selection.replacements.verbs = ["empty.verbs.txt"]
        let error = try #require(throws: InputError.self) { try selection.load() }
        #expect(error.message.contains("no verbs") && error.message.hasSuffix("empty.verbs.txt)"))
    }

    @Test func twoVerbDictionariesNeedAChoice() throws {
        let dir = try Self.suiteDirectory()
        try dir.write("other.verbs.txt", Self.verbs.replacingOccurrences(of: "[043]", with: "[042]"))
        let error = try #require(throws: InputError.self) { try DictionarySelection(directory: dir.path).load() }
        #expect(error.message.contains("several verb dictionaries"))
        var chosen = DictionarySelection(directory: dir.path)
        chosen.replacements.verbs = ["other.verbs.txt"]
        let loaded = try chosen.load()
        #expect(loaded.dictionary.families.flatMap(\.patterns).map(\.code.primary) == ["042"])
    }

    @Test func aPetrarchConfigurationNamesTheSet() throws {
        let dir = try Self.suiteDirectory()
        try dir.write("RUR_Validate_actors_more.txt", "FREEDONIA_ [FRD]\n")
        try dir.write("PETR_config.ini", """
        # as PETRARCH 2 writes it
        [Dictionaries]
        verbfile_name    = RUR_Validate_verbs_2_02.txt
        actorfile_list   = RUR_Validate_actors_2_02.txt,
            RUR_Validate_actors_more.txt ; continued on the next line
        agentfile_name   = RUR_Validate_agents_2_02.txt
        discardfile_name = RUR_Validate_discards_2_02.txt
        issuefile_name   = Phoenix.IssueCoding.txt

        [Options]
        write_actor_text = True
        """)
        let loaded = try DictionarySelection(directory: dir.path).load()
        #expect(loaded.dictionary.actors.actors.count == 3)
        #expect(loaded.config?.writesActorText == true)
        #expect(loaded.config?.writesEventText == false)
        #expect(loaded.notes.contains { $0.hasSuffix("also names issuefile_name, which Kroniek does not use") })
    }

    @Test func namesInsideFilesStayInTheDictionaryDirectory() throws {
        let dir = try Self.suiteDirectory()
        let outside = try ScratchDirectory()
        let stray = try outside.write("stray.actors.txt", "FREEDONIA_ [FRD]\n")
        for name in [stray, "../" + (stray as NSString).lastPathComponent] {
            var named = PetrarchNamedFiles(origin: "v.xml")
            named.files = .init(verbs: ["RUR_Validate_verbs_2_02.txt"], actors: [name])
            named.places[.actors] = "<Actorfile> in v.xml:9"
            let error = try #require(throws: InputError.self) { try DictionarySelection(directory: dir.path).load(named: named) }
            #expect(error.origin == "<Actorfile> in v.xml:9" && error.message.contains("--allow-outside-dictionaries"))
        }
        var named = PetrarchNamedFiles(origin: "v.xml")
        named.files = .init(verbs: ["RUR_Validate_verbs_2_02.txt"], actors: [stray])
        var allowed = DictionarySelection(directory: dir.path)
        allowed.allowsOutsideDirectory = true
        #expect(try allowed.load(named: named).dictionary.actors.actors.count == 1)
    }

    @Test func namesGivenOnTheCommandLineAreTheUsersOwnPaths() throws {
        let dir = try Self.suiteDirectory()
        let elsewhere = try ScratchDirectory()
        let own = try elsewhere.write("own.actors.txt", "FREEDONIA_ [FRD]\n")
        var selection = DictionarySelection(directory: dir.path)
        selection.replacements.actors = [own]
        #expect(try selection.load().dictionary.actors.actors.count == 1)
        selection.replacements.actors = ["missing.actors.txt"]
        let error = try #require(throws: InputError.self) { try selection.load() }
        #expect(error.message.contains(dir.path + "/missing.actors.txt") && error.message.contains("and missing.actors.txt"))
    }
}
