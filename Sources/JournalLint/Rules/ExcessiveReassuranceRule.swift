import JournalModel
import MarkdownSyntax

/// More reassurance-seeking on one day than the configured limit.
public struct ExcessiveReassuranceRule: CorpusRule {
    public init() {}

    public let description = RuleDescription(
        id: "excessive-reassurance",
        summary: "More acts of reassurance-seeking on one day than `reassurance.max-per-day` (default 1).",
        rationale: """
        Reassurance brings relief for minutes and teaches the anxious system that the relief comes \
        from outside; each extra ask makes the next one more urgent. Therapists working with anxious \
        attachment often agree a small daily budget and practise sitting with the urge instead. \
        The rule counts `reassurance:` fields and prose that describes asking ("asked him again if \
        we're okay") per day, where a day starts at `day-starts-at` (default 04:00, so a 01:30 \
        entry counts for the evening before). It reports the act that crossed the limit and how \
        many acts that day had.
        """,
        defaultSeverity: .warning,
        triggeringExamples: [
            "# 2026-11-28\n\nreassurance: asked if we're okay\n↓reassurance: asked again at lunch\n",
            "# 2026-11-28\n\n## 21:00\nreassurance: texted to check we're fine\n\n# 2026-11-29\n\n## 01:30\n↓I asked him again if he still loves me.\n",
        ],
        nonTriggeringExamples: [
            "# 2026-11-28\n\nreassurance: asked if we're okay\n\n# 2026-11-29\n\nreassurance: asked once today\n",
            "# 2026-11-28\n\nHe reassured me without my asking.\nreassurance: asked if we're okay\n",
        ]
    )

    public func check(_ facts: [FileFacts], into findings: inout FindingSink) {
        struct Act {
            let path: String
            let limit: Int
            let dated: DatedReassuranceAct
        }
        var byDay: [JournalDate: [Act]] = [:]
        for file in facts {
            for dated in file.reassurance {
                byDay[dated.journalDay, default: []].append(Act(path: file.path, limit: file.reassuranceLimit, dated: dated))
            }
        }
        for (day, acts) in byDay {
            let ordered = acts.sorted { lhs, rhs in
                if lhs.dated.date != rhs.dated.date { return lhs.dated.date < rhs.dated.date }
                let lhsMinutes = lhs.dated.time?.minutesSinceMidnight ?? -1
                let rhsMinutes = rhs.dated.time?.minutesSinceMidnight ?? -1
                if lhsMinutes != rhsMinutes { return lhsMinutes < rhsMinutes }
                if lhs.path != rhs.path { return lhs.path < rhs.path }
                return lhs.dated.act.range.lowerBound < rhs.dated.act.range.lowerBound
            }
            guard let crossing = ordered.indices.first(where: { $0 >= ordered[$0].limit }) else { continue }
            let act = ordered[crossing]
            let detail = act.dated.act.cue.map { "described in prose (cue: \"\($0)\")" }
            findings.report(
                "reassurance sought \(ordered.count) times on \(day) (limit \(act.limit) a day); this was ask number \(crossing + 1) — notice the urge, and try to sit with it or regulate first",
                detail: detail, at: act.dated.act.range, path: act.path, lineText: act.dated.lineText, cue: act.dated.act.cue)
        }
    }
}
