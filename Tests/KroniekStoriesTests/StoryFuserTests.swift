import KroniekCore
import KroniekStories
import Testing

@Suite struct StoryFuserTests {
    let call = "Biden and Putin spoke by telephone about Ukraine for fifty minutes"

    @Test func reportsOfOneHappeningAtDifferentGranularityFuseAndKeepTheirDisagreements() {
        var fuser = StoryFuser()
        fuser.add([
            event("a", 1, "USAGOV", "RUSGOV", "040", "2021-12-30", text: call),
            event("b", 3, "USA", "RUSGOV", "040", "2021-12-30", text: "Biden and Putin spoke on Thursday", conditional: true),
        ])
        #expect(fuser.stories.count == 1)
        let story = fuser.stories[0]
        #expect(story.reports.count == 2 && story.documentCount == 2)
        #expect(story.disagreements.map(\.field) == ["source", "conditional"])
        #expect(story.source == "USAGOV", "the more specific code wins a tie")
    }

    @Test func differentRolesFamiliesOrDaysStayApart() {
        var fuser = StoryFuser()
        fuser.add([
            event("a", 0, "USAGOV", "RUSGOV", "040", "2021-12-30", text: call),
            event("b", 0, "USAMIL", "RUSGOV", "040", "2021-12-30", text: call),
            event("c", 0, "USAGOV", "RUSGOV", "130", "2021-12-30", text: call),
            event("d", 0, "USAGOV", "RUSGOV", "040", "2022-01-10", text: call),
        ])
        #expect(fuser.stories.count == 4)
    }

    @Test func aMeetingReportedFromEitherSideIsOneMeeting() {
        var fuser = StoryFuser()
        fuser.add([event("a", 0, "USAGOV", "RUSGOV", "040", "2021-12-30", text: call),
                   event("b", 0, "RUSGOV", "USAGOV", "040", "2021-12-30", text: call)])
        #expect(fuser.stories.count == 1)
        var threats = StoryFuser()
        threats.add([event("a", 0, "USAGOV", "RUSGOV", "130", "2021-12-30", text: call),
                     event("b", 0, "RUSGOV", "USAGOV", "130", "2021-12-30", text: call)])
        #expect(threats.stories.count == 2, "a threat has a direction")
    }

    @Test func anAttackReportedAsFightingJoinsIt() {
        var fuser = StoryFuser()
        fuser.add([event("a", 0, "IRQMIL", "IRQKDP", "183", "1996-08-31", text: "Iraqi troops attacked Arbil"),
                   event("b", 0, "IRQ", "IRQKDP", "190", "1996-08-31", text: "Iraqi forces fought Kurds in Arbil")])
        #expect(fuser.stories.count == 1)
    }

    @Test func storiesDoNotCreepAlongALongConflict() {
        // Daily fighting with the same words: each day joins only a story whose first
        // report lies within the window.
        let days = (1...9).map { event("d\($0)", 0, "RUSMIL", "RUSREB", "190", "1996-08-0\($0)", text: "Russian troops fought rebels in Grozny") }
        var fuser = StoryFuser(policy: FusionPolicy(windowDays: 2))
        fuser.add(days)
        #expect(fuser.stories.count == 3)
        #expect(fuser.stories.allSatisfy { $0.reports.count == 3 })
    }

    @Test func fusionIsTheSameInAnyOrderAndIncrementally() {
        let events = (0..<60).map { i in
            event("doc\(i % 7)", i, i % 3 == 0 ? "ISR" : "ISRGOV", i % 2 == 0 ? "PSE" : "PSEGOV", ["040", "042", "111", "190"][i % 4],
                  "1996-08-\(10 + i % 9)", text: "Israel and the Palestinians word\(i % 5) word\(i % 4)")
        }
        var batch = StoryFuser()
        batch.add(events)
        var shuffled = StoryFuser()
        shuffled.add(events.reversed())
        #expect(batch.stories.map(\.id) == shuffled.stories.map(\.id))
        #expect(memberships(batch.stories) == memberships(shuffled.stories))

        // News arrives in date order: one batch up to the 14th, then the rest.
        let cut = PartialDate(iso: "1996-08-15")!
        var incremental = StoryFuser()
        incremental.add(events.filter { $0.date! < cut })
        let earlier = Set(incremental.stories.map(\.id))
        incremental.add(events.filter { $0.date! >= cut })
        #expect(earlier.isSubset(of: Set(incremental.stories.map(\.id))), "stories keep their ids as reports arrive")
        #expect(memberships(incremental.stories) == memberships(batch.stories))
    }

    @Test func undatedEventsStandAlone() {
        var fuser = StoryFuser()
        fuser.add([event("a", 0, "USA", "RUS", "040", nil, text: call), event("b", 0, "USA", "RUS", "040", "2021", text: call)])
        #expect(fuser.stories.count == 2)
    }
}
