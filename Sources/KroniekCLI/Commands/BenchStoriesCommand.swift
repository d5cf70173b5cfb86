import ArgumentParser
import Foundation
import KroniekStories

/// `kroniek bench stories`: how story fusion and the escalation rules scale with the
/// number of events, on synthetic streams (`SyntheticEventStream`) of growing size.
struct BenchStoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Time story fusion and escalation alerts on synthetic streams of growing size (CPU seconds per event should stay flat).",
        discussion: "Each stream has 52 weeks and as many dyads as the size needs (about 700 events a dyad); times are the thread's CPU time.")

    @Option(parsing: .upToNextOption, help: "Stream sizes, in events (approximate).") var sizes: [Int] = [10_000, 100_000, 1_000_000]
    @Option(help: "Seed of the streams.") var seed: UInt64 = 2026

    func run() throws {
        print("events     stories    fusion s   µs/event   alerts  alerts s   µs/event")
        for size in sizes {
            let stream = SyntheticEventStream(seed: seed, dyads: max(1, size / 700), weeks: 52)
            var start = CPUClock.threadSeconds()
            var fuser = StoryFuser()
            fuser.add(stream.events)
            let fusion = CPUClock.threadSeconds() - start
            let stories = fuser.stories.count
            start = CPUClock.threadSeconds()
            let alerts = EscalationScanner().alerts(in: stream.events).count
            let scan = CPUClock.threadSeconds() - start
            let n = Double(stream.events.count)
            print(String(format: "%-10d %-10d %-10.2f %-10.2f %-7d %-10.2f %.2f",
                         stream.events.count, stories, fusion, fusion / n * 1e6, alerts, scan, scan / n * 1e6))
        }
    }
}
