import Testing
@testable import JournalModel
import MarkdownSyntax

/// The slips people make when they write the format by hand, on phones, late at night — each
/// with how Steady reads it or what it reports (docs/format.md, "Read as meant"). A row's text
/// goes under `# 2026-11-28` unless it has a date heading or starts with `# ` (then it is the
/// whole file).
///
/// The reading is a short description of what the model holds: the fields of each entry, its
/// time and title when it has them, the problems (`problem:` + kind) and the format notes
/// (`note:` + the syntax the fix writes). Nothing a writer meant may be missing from it.
@Suite struct SlipTableTests {
    struct Slip: CustomTestStringConvertible, Sendable {
        let written: String
        let reading: String
        var testDescription: String { written.replacingNewlines() }
    }

    static let slips: [Slip] = [
        // Field keys: colon missing, doubled, spaced; dashes, equals; case; bold.
        Slip(written: "temp green", reading: "temp:green; note:temp: "),
        Slip(written: "Temp RED", reading: "temp:red; note:Temp: "),
        Slip(written: "TEMP yellow", reading: "temp:yellow; note:TEMP: "),
        Slip(written: "temp:: red", reading: "temp:red; note:temp: "),
        Slip(written: "temp : red", reading: "temp:red; note:temp: "),
        Slip(written: "temp - red", reading: "temp:red; note:temp: "),
        Slip(written: "temp – red", reading: "temp:red; note:temp: "),
        Slip(written: "temp = yellow", reading: "temp:yellow; note:temp: "),
        Slip(written: "temp=yellow", reading: "temp:yellow; note:temp: "),
        // No space after the colon (a known key only: `note:this` and links stay prose).
        Slip(written: "temp:red", reading: "temp:red; note:temp: "),
        Slip(written: "Temp:Red", reading: "temp:red; note:Temp: "),
        Slip(written: "urge:text him (resisted)", reading: "urge:resisted; note:urge: "),
        Slip(written: "reassurance:asked him", reading: "reassurance:1; note:reassurance: "),
        Slip(written: "fact:he is at work", reading: "fact:1; note:fact: "),
        Slip(written: "regulate:walk", reading: "regulate:walk; note:regulate: "),
        Slip(written: "note:buy milk", reading: "prose"),
        // The traffic light's circles, and a plain `>` as the arrow.
        Slip(written: "temp: 🔴", reading: "temp:red"),
        Slip(written: "temp: 🔴 -> 🟡 -> 🟢", reading: "temp:red>yellow>green"),
        Slip(written: "temp red>green", reading: "temp:red>green; note:temp: "),
        Slip(written: "temp: yellow (>50% sure it's fine)", reading: "temp:yellow"),
        Slip(written: "https://example.com/temp", reading: "prose"),
        Slip(written: "Temp: Yellow", reading: "temp:yellow"),
        Slip(written: "**temp:** red", reading: "temp:red"),
        Slip(written: "**temp**: red", reading: "temp:red"),
        Slip(written: "- temp green", reading: "temp:green; note:temp: "),
        // Plurals and near-synonyms.
        Slip(written: "Temperature: red", reading: "temp:red; note:Temp: "),
        Slip(written: "temps: yellow", reading: "temp:yellow; note:temp: "),
        Slip(written: "Triggers: the group chat", reading: "trigger:1; note:Trigger: "),
        Slip(written: "Triggers - the group chat", reading: "trigger:1; note:Trigger: "),
        Slip(written: "triggered: he went quiet", reading: "trigger:1; note:trigger: "),
        Slip(written: "Urges: check his location", reading: "urge:unspecified; note:Urge: "),
        Slip(written: "Facts: he is at work", reading: "fact:1; note:Fact: "),
        Slip(written: "reframed: busy is not gone", reading: "reframe:1; note:reframe: "),
        Slip(written: "Regulation: walk, tea", reading: "regulate:walk,tea; note:Regulate: "),
        Slip(written: "regulated: box breathing", reading: "regulate:box breathing; note:regulate: "),
        Slip(written: "reassurances: asked if we're ok", reading: "reassurance:1; note:reassurance: "),
        // A key alone on its line, its value below.
        Slip(written: "evidence\n- for: he is late\n- against: he texted at lunch", reading: "evidence:for,against; note:evidence:"),
        Slip(written: "Evidence\n\n- against: he said he loves me", reading: "evidence:against; note:Evidence:"),
        Slip(written: "evidence\nfor: he is late\nagainst: he texted", reading: "evidence:for,against; note:evidence:"),
        Slip(written: "evidence:\nhe texted at lunch", reading: "evidence:neutral"),
        Slip(written: "## Evidence\n- for: late\n- against: he called", reading: "evidence:for,against; prose"),
        Slip(written: "reframe\nhe is allowed to be busy", reading: "reframe:1; note:reframe:"),
        Slip(written: "temp:\nred", reading: "temp:red"),
        Slip(written: "**Evidence**\n- against: he called", reading: "evidence:against; note:Evidence**:"),
        // What stays prose.
        Slip(written: "Temperature dropped outside today.", reading: "prose"),
        Slip(written: "Fact is, I was tired.", reading: "prose"),
        // Reassurance received, not sought: the words decide, as prose (docs/format.md).
        Slip(written: "Reassured: my friend said it was fine", reading: "prose"),
        Slip(written: "reassured: asked if we're ok", reading: "prose"),
        Slip(written: "the temp: red thing", reading: "prose"),
        Slip(written: "Urge to text him was huge.", reading: "prose"),
        Slip(written: "Evidence is what I need.", reading: "prose"),
        // Temperatures as people write them.
        Slip(written: "temp: red red red", reading: "temp:red"),
        Slip(written: "temp: RED!!", reading: "temp:red"),
        Slip(written: "temp: **red**", reading: "temp:red"),
        Slip(written: "temp: red!!!! worst night", reading: "temp:red"),
        Slip(written: "temp: yellow-ish", reading: "temp:yellow"),
        Slip(written: "temp: reddish", reading: "temp:red"),
        Slip(written: "temp: greenish", reading: "temp:green"),
        Slip(written: "temp: yellow/red", reading: "temp:red"),
        Slip(written: "temp: between yellow and red", reading: "temp:red"),
        Slip(written: "temp: green or yellow", reading: "temp:yellow"),
        Slip(written: "temp: red (barely slept)", reading: "temp:red"),
        Slip(written: "temp: yellow (not red yet)", reading: "temp:yellow"),
        Slip(written: "temp: yellow, calmer after the walk", reading: "temp:yellow"),
        Slip(written: "temp: red to yellow", reading: "temp:red>yellow"),
        Slip(written: "temp: red, then green", reading: "temp:red>green"),
        Slip(written: "temp: red->yellow", reading: "temp:red>yellow"),
        Slip(written: "temp: Red → Yellow → green", reading: "temp:red>yellow>green"),
        Slip(written: "temp: purple", reading: "problem:invalid-field-value"),
        Slip(written: "temp: not sure", reading: "problem:invalid-field-value"),
        Slip(written: "temp: red -> blue", reading: "temp:red; problem:invalid-field-value"),
        Slip(written: "temp: orange\n\nHe still hasn't called.", reading: "prose; problem:invalid-field-value"),
        Slip(written: "temp:", reading: "problem:empty-field-value"),  // waiting to be filled (a template's), not invalid
        // Urge outcomes.
        Slip(written: "urge: text him (resisted)", reading: "urge:resisted"),
        Slip(written: "urge: text him (resisted, waited 20 min)", reading: "urge:resisted"),
        Slip(written: "urge: text him (Resisted!)", reading: "urge:resisted"),
        Slip(written: "urge: text him - resisted", reading: "urge:resisted"),
        Slip(written: "urge: text him, held off", reading: "urge:resisted"),
        Slip(written: "urge: text him (didn't)", reading: "urge:resisted"),
        Slip(written: "urge: text him (didn’t)", reading: "urge:resisted"),
        Slip(written: "urge: text him (did not send it)", reading: "urge:resisted"),
        Slip(written: "urge: text him (did it)", reading: "urge:acted"),
        Slip(written: "urge: text him (gave in)", reading: "urge:acted"),
        Slip(written: "urge: text him (acted, sent three texts)", reading: "urge:acted"),
        Slip(written: "urge: text him (couldn't resist)", reading: "urge:acted"),
        Slip(written: "urge: call mom, ask if I did the right thing", reading: "urge:unspecified"),
        Slip(written: "urge to text him (resisted)", reading: "urge:resisted; note:urge: "),
        // Times in headings, at any level below the day's.
        Slip(written: "# 2026-11-28\n## 9:30pm\ntemp: red", reading: "21:30; temp:red"),
        Slip(written: "# 2026-11-28\n## 9:30 PM Call\ntemp: red", reading: "21:30 Call; temp:red"),
        Slip(written: "# 2026-11-28\n### 11pm\ntemp: red", reading: "23:00; temp:red"),
        Slip(written: "# 2026-11-28\n#### 1:20am can't sleep", reading: "01:20 can't sleep"),
        Slip(written: "# 2026-11-28\n## 12:15 AM\ntext", reading: "00:15; prose"),
        Slip(written: "# 2026-11-28\n## 12pm lunch", reading: "12:00 lunch"),
        Slip(written: "# 2026-11-28\n## 21h40\ntext", reading: "21:40; prose"),
        Slip(written: "# 2026-11-28\n## 21.40 - late\ntext", reading: "21:40 late; prose"),
        Slip(written: "# 2026-11-28\n## 9:05 a.m.\ntext", reading: "09:05; prose"),
        Slip(written: "# 2026-11-28\n## 21:40:00\ntext", reading: "21:40; prose"),
        Slip(written: "### 2026-11-27 09:40:00 PM Title\ntext", reading: "21:40 Title; prose"),
        Slip(written: "### 2026-11-27 12:15:00 AM Title\ntext", reading: "00:15 Title; prose"),
        Slip(written: "## 2026-11-27T21:40 Title\ntext", reading: "21:40 Title; prose"),
        Slip(written: "# 2026-11-28\n## 13pm\ntext", reading: "prose; problem:invalid-time"),
        Slip(written: "# 2026-11-28\n## 2 things I learned\ntext", reading: "prose"),
        // Grouping headings and undated notes.
        Slip(written: "# 2026\n## November\n### 2026-11-27 21:40 A\ntext\n## December\n### 2026-12-01 08:00 B\ntext",
             reading: "21:40 A; prose | 08:00 B; prose"),
        Slip(written: "# November 2026\n\n(a hard month)\n\n# 2026-11-28\ntext", reading: "prose; problem:undated-note"),
        Slip(written: "# 2026-11\n\n# 2026-11-28\ntext", reading: "prose"),
        Slip(written: "He hasn't answered.\ntemp: red\n\n# 2026-11-28\ntext", reading: "prose; problem:undated-content"),
        // Tags.
        Slip(written: "# 2026-11-28 #work\n## 09:00\na\n## 21:00\nb", reading: "09:00; tags:work; prose | 21:00; tags:work; prose"),
        Slip(written: "See [[#Evening plans]] and ![[#Summary]] #real", reading: "tags:real; prose"),
        Slip(written: "#2026goals and #1984 and #y2k", reading: "tags:2026goals,y2k; prose"),
        Slip(written: "%% private %%\n\nvisible #tag", reading: "tags:tag; prose"),
        // A field line straight after a list item (a lazy continuation in CommonMark) is the field.
        Slip(written: "evidence:\n- for: he was quiet\n- against: he called back\nreframe: quiet is not leaving",
             reading: "evidence:for,against; reframe:1"),
        Slip(written: "evidence:\n- against: she texted\ntemp: yellow\nurge: check his phone (resisted)",
             reading: "temp:yellow; evidence:against; urge:resisted"),
        Slip(written: "evidence:\n- for: he was short with me\nagainst: he apologised", reading: "evidence:for,against"),
        Slip(written: "evidence:\n- against: we laughed at dinner\nfact: he is at work #work", reading: "tags:work; evidence:against; fact:1"),
        Slip(written: "- walked by the river\ntemp: green\nregulate: breathing, walk", reading: "temp:green; regulate:breathing,walk; prose"),
        Slip(written: "evidence:\n- for: he read it\nand did not answer", reading: "evidence:for"),
        // Obsidian comments inside a line: not prose, tags or fields.
        Slip(written: "he went quiet %%again? #spiral%% #seen", reading: "tags:seen; prose"),
        Slip(written: "temp: red %%or purple, who knows%%", reading: "temp:red"),
        Slip(written: "%%first%% temp: yellow", reading: "temp:yellow"),
        Slip(written: "%%temp: red%% temp: green", reading: "temp:green"),
        Slip(written: "text %%opens\n\ntemp: red #gone\n\ncloses%% #back", reading: "tags:back; prose"),
        Slip(written: "%%only an aside%%", reading: ""),
        // Evidence written nearly right: no `evidence` line above `for:`/`against:` items.
        Slip(written: "He is going to leave me.\n- for: he was short with me\n- against: he texted at lunch",
             reading: "evidence:for,against; prose; note:evidence:"),
        Slip(written: "He is going to leave me.\n\n- against: he texted at lunch", reading: "evidence:against; prose; note:evidence:"),
        Slip(written: "for: he was late\nagainst: he texted", reading: "evidence:for,against; note:evidence:"),
        Slip(written: "- pro: the flat is close\n- con: it is dear", reading: "prose"),  // a pros-and-cons list, not evidence
        Slip(written: "- for dinner we had pasta", reading: "prose"),
        // A key pointing below with an emoji, an arrow or dots.
        Slip(written: "evidence 👇\n- for: he was short\n- against: he texted", reading: "evidence:for,against; note:evidence: "),
        Slip(written: "Evidence ⬇️\n- against: he texted", reading: "evidence:against; note:Evidence: "),
        Slip(written: "evidence…\n- against: he texted", reading: "evidence:against; note:evidence: "),
        Slip(written: "Evidence...\n- against: he texted", reading: "evidence:against; note:Evidence: "),
        Slip(written: "Evidence -\n- against: he texted", reading: "evidence:against; note:Evidence:"),
        Slip(written: "Evidence ->\n- against: he texted", reading: "evidence:against; note:Evidence: "),
        Slip(written: "evidence: 👇\n- against: he texted", reading: "evidence:against"),
        Slip(written: "reframe 👇\nhe is allowed to be busy", reading: "reframe:1; note:reframe: "),
        // `evidence:`, a blank line, then its `for:`/`against:` lines or list.
        Slip(written: "Evidence:\n\nfor: he was short\nagainst: he texted", reading: "evidence:for,against"),
        Slip(written: "Evidence:\n\n- for: he was short", reading: "evidence:for"),
        Slip(written: "evidence:\n\nI slept badly.", reading: "evidence:; prose"),
        // An item's stance written another way.
        Slip(written: "evidence:\n- for he was short with me\n- against he texted", reading: "evidence:for,against; note:for: ; note:against: "),
        Slip(written: "evidence:\n- pro: he was short\n- con: he texted", reading: "evidence:for,against; note:for: ; note:against: "),
        Slip(written: "evidence:\n- Against - he texted at lunch", reading: "evidence:against; note:against: "),
        Slip(written: "evidence:\n- For – he went quiet", reading: "evidence:for; note:for: "),
        Slip(written: "evidence:\n- forgot to ask him", reading: "evidence:neutral"),
        Slip(written: "evidence:\n- against = he called", reading: "evidence:against; note:against: "),
        Slip(written: "> [!note]\n> He will leave me.\n> - for: he was short", reading: "evidence:for; prose; note:> evidence:"),
        Slip(written: "- He will leave me.\n  - against: he called", reading: "evidence:against; prose; note:  evidence:"),
        // Right under a quote or another list, a blank line first (else `evidence:` would run on into it).
        Slip(written: "> - he said he was busy\n- against: he called", reading: "evidence:against; note:\nevidence:"),
        Slip(written: "* he will leave\n- against: he called", reading: "evidence:against; prose; note:\nevidence:"),
        // Other separators on a known key.
        Slip(written: "temp; red", reading: "temp:red; note:temp: "),
        Slip(written: "temp;red", reading: "temp:red; note:temp: "),
        Slip(written: "Urge; text him (resisted)", reading: "urge:resisted; note:Urge: "),
        Slip(written: "Triggers; the group chat", reading: "trigger:1; note:Trigger: "),
        Slip(written: "temp, red", reading: "temp:red; note:temp: "),
        Slip(written: "Urge, text him (resisted)", reading: "urge:resisted; note:Urge: "),
        Slip(written: "Fact, he was at work", reading: "prose"),
        // A spaced dash between two temperatures is a move; unspaced it is a hedge.
        Slip(written: "temp: red - yellow", reading: "temp:red>yellow"),
        Slip(written: "temp: red – green", reading: "temp:red>green"),
        Slip(written: "temp: 🔴 - 🟡", reading: "temp:red>yellow"),
        Slip(written: "temp: yellow-red", reading: "temp:red"),
        Slip(written: "temp: red - barely slept", reading: "temp:red"),
        // Comments in evidence items and headings; a field run on into a quote.
        Slip(written: "evidence:\n- against: he called %%after I asked #nag%% #real", reading: "tags:real; evidence:against"),
        Slip(written: "evidence:\n- %%aside%% for: he was late", reading: "evidence:for"),
        Slip(written: "# 2026-11-28\n## 21:40 Evening %%draft #x%%\ntext", reading: "21:40 Evening; prose"),
        Slip(written: "> what he said\ntemp: red", reading: "temp:red"),
        Slip(written: "> what he said\nand what he meant", reading: ""),
        // A day dated another way has its own problem kind.
        Slip(written: "# 21/11/2026\ntemp: red", reading: "problem:other-date-form"),
        // An evidence item's doubled or spaced colon.
        Slip(written: "evidence:\n- for:: late\n- against:: he called", reading: "evidence:for,against; note:for: ; note:against: "),
        Slip(written: "He is going to leave me.\n\n- for:: he was late\n- against:: he called", reading: "evidence:for,against; prose; note:evidence:; note:for: ; note:against: "),
        Slip(written: "evidence:\nfor:: late\nagainst : he called", reading: "evidence:for,against; note:for: ; note:against: "),
        Slip(written: "Evidence:\n\n- For:: he went quiet", reading: "evidence:for; note:for: "),
        // The sides of a thought record: `Evidence for` / `Evidence against`.
        Slip(written: "### Evidence for\n- he was late\n- he was short\n\n### Evidence against\n- he called", reading: "evidence:for,for,against; prose"),
        Slip(written: "## Evidence against:\n- he called\n- for: he was quiet", reading: "evidence:against,for; prose"),
        Slip(written: "**Evidence for:**\n- he was late\n\n**Evidence against:**\n- he called", reading: "evidence:for,against"),
        Slip(written: "Evidence for:\n- he was late\n\nEvidence against:\n- he called", reading: "evidence:for,against"),
        Slip(written: "He will leave me.\nEvidence for:\n- he was late\nEvidence against:\n- he called", reading: "evidence:for,against; prose"),
        Slip(written: "He will leave me.\nEvidence for: he was late\nEvidence against: he called", reading: "evidence:for,against; prose; note:Evidence: for: ; note:against: "),
        Slip(written: "evidence against: he texted at lunch", reading: "evidence:against; note:evidence: against: "),
        Slip(written: "Evidence for:\nhe was late", reading: "evidence:for"),
        Slip(written: "Evidence for the prosecution was weak.", reading: "prose"),
        Slip(written: "Evidence forgot: nothing", reading: "prose"),
    ]

    @Test(arguments: slips)
    func slipIsReadAsMeantOrReported(_ slip: Slip) {
        // A row that dates itself (or starts with a top-level heading) is the whole file.
        let isFile = slip.written.hasPrefix("# ") || slip.written.contains("# 20")
        let text = isFile ? slip.written + "\n" : "# 2026-11-28\n\n" + slip.written + "\n"
        #expect(Self.describe(build(text)) == slip.reading)
    }

    @Test func theTableIsLarge() {
        #expect(Self.slips.count >= 60)
    }

    /// Every `note:` slip is written back by its replacement to a line read the same way with no note.
    @Test(arguments: slips.filter { $0.reading.contains("note:") })
    func fixedSlipReadsTheSameWithoutANote(_ slip: Slip) throws {
        let text = "# 2026-11-28\n\n" + slip.written + "\n"
        let journal = build(text)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for note in journal.formatNotes.reversed() {
            if note.kind == .evidenceLine {
                lines.insert(contentsOf: note.replacement.split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
                             at: note.range.lowerBound.line - 1)
                continue
            }
            var bytes = Array(lines[note.range.lowerBound.line - 1].utf8)
            bytes.replaceSubrange((note.range.lowerBound.column - 1)..<(note.range.upperBound.column - 1), with: Array(note.replacement.utf8))
            lines[note.range.lowerBound.line - 1] = String(decoding: bytes, as: UTF8.self)
        }
        let fixed = build(lines.joined(separator: "\n"))
        #expect(fixed.formatNotes.isEmpty)
        #expect(Self.describe(fixed) == Self.describe(journal).replacingNotes())
    }

    static func describe(_ journal: Journal) -> String {
        var entries: [String] = []
        for entry in journal.entries {
            var parts: [String] = []
            if let time = entry.time { parts.append(entry.title.isEmpty ? "\(time)" : "\(time) \(entry.title)") }
            if !entry.tags.isEmpty { parts.append("tags:" + entry.tagNames.joined(separator: ",")) }
            if !entry.temperatures.isEmpty { parts.append("temp:" + entry.temperatures.map(\.value.rawValue).joined(separator: ">")) }
            for section in entry.evidence { parts.append("evidence:" + section.items.map(\.stance.rawValue).joined(separator: ",")) }
            if !entry.reassurance.isEmpty { parts.append("reassurance:\(entry.reassurance.count)") }
            for urge in entry.urges { parts.append("urge:" + urge.outcome.rawValue) }
            for regulation in entry.regulation { parts.append("regulate:" + regulation.techniques.joined(separator: ",")) }
            let facts = entry.facts.filter { $0.kind == .fact }.count, reframes = entry.facts.count - facts
            if facts > 0 { parts.append("fact:\(facts)") }
            if reframes > 0 { parts.append("reframe:\(reframes)") }
            if !entry.triggerNotes.isEmpty { parts.append("trigger:\(entry.triggerNotes.count)") }
            if !entry.bodyProse.isEmpty { parts.append("prose") }
            entries.append(parts.joined(separator: "; "))
        }
        var tail: [String] = []
        for problem in journal.problems { tail.append("problem:" + problem.kind.rawValue) }
        for note in journal.formatNotes { tail.append("note:" + note.replacement) }
        let body = entries.filter { !$0.isEmpty }.joined(separator: " | ")
        return ([body].filter { !$0.isEmpty } + tail).joined(separator: "; ")
    }
}

private extension String {
    func replacingNewlines() -> String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "⏎") }

    /// The description without its `note:` parts.
    func replacingNotes() -> String {
        components().filter { !$0.hasPrefix("note:") }.joined(separator: "; ")
    }

    private func components() -> [String] {
        var parts: [String] = []
        var current = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: "; ") {
            current = String(rest[..<range.lowerBound])
            parts.append(current)
            rest = rest[range.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }
}
