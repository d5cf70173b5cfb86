import Foundation
import KroniekCore
import KroniekEvents
import KroniekIO
import KroniekPipeline
import KroniekStories
import KroniekTestSupport
import Testing

/// The seed's story, the Biden–Putin call of 30 December 2021, as four outlets tell it:
/// the seed article from the shared folder and three reports written for this test
/// (SeedStory/README.md), coded by the whole pipeline and fused.
@Suite struct SeedStoryTests {
    static let seed = TestData.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_e145908b11a7c0ca.txt")
    static let reports = ["nl-telefoongesprek-a", "nl-telefoongesprek-b", "en-phone-call"].map {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("SeedStory/\($0).txt")
    }

    /// Every event the pipeline codes in these articles, in the event schema.
    static func coded(_ files: [URL]) throws -> [EventRecord] {
        let pipeline = Pipeline(PipelineConfiguration(dictionary: try DictionaryLoader.loadBundled()))
        return try files.flatMap { url in
            let id = url.deletingPathExtension().lastPathComponent
            let document = PlainTextReader().read(try String(contentsOf: url, encoding: .utf8), origin: url.path, defaultID: id)
            let analysed = pipeline.analyse(document)
            let text = ScalarText(analysed.document.text)
            return analysed.events.map { EventRecord($0, sentenceText: text[$0.sentenceSpan]) }
        }
    }

    /// The reports, with the seed article when the shared folder has it.
    static var articles: [URL] { (FileManager.default.fileExists(atPath: seed.path) ? [seed] : []) + reports }

    @Test func theCallAndBidensWarningFuseAcrossOutletsAndLanguages() throws {
        var fuser = StoryFuser()
        fuser.add(try Self.coded(Self.articles))
        func documents(_ story: Story) -> Set<String> { Set(story.reports.map(\.event.documentID)) }
        let ours: Set = ["nl-telefoongesprek-a", "nl-telefoongesprek-b", "en-phone-call"]
        let seed = FileManager.default.fileExists(atPath: Self.seed.path) ? Set([Self.seed.deletingPathExtension().lastPathComponent]) : []

        // The call itself (CAMEO 041, discuss by telephone), in all four articles.
        let call = fuser.stories.filter { $0.cameo == "041" && $0.source.hasPrefix("USA") && $0.target == "RUSGOV" }
        #expect(call.count == 1)
        #expect(call.first.map(documents) == ours.union(seed))
        // Biden's warning that the United States would respond (root 13, threaten): the
        // seed's month-dated report joins through the Dutch one, which shares its words.
        let warning = fuser.stories.filter { $0.cameo.hasPrefix("13") && $0.source == "USAGOV" && $0.target == "RUSGOV" }
        #expect(warning.count == 1)
        #expect(warning.first.map(documents)?.isSuperset(of: seed.union(["nl-telefoongesprek-a", "en-phone-call"])) == true)
        #expect(warning.first?.disagreements.contains { $0.field == "date" } == true, "Thursday in one report, the month in the seed")
    }
}
