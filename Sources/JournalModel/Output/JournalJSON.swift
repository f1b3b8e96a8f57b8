import MarkdownSyntax

/// The `steady parse --format json` document, schema version 1 (documented in docs/parse-json.md).
public enum JournalJSON {
    public static let schemaVersion = 1

    /// Writes the opening of the document; call `write(_:into:)` per file, then `finish`.
    public static func begin(into writer: inout JSONWriter) {
        writer.beginObject()
        writer.field("schemaVersion", schemaVersion)
        writer.key("files")
        writer.beginArray()
    }

    public static func finish(into writer: inout JSONWriter) {
        writer.endArray()
        writer.endObject()
        writer.bytes.append(UInt8(ascii: "\n"))
    }

    /// The document around files rendered apart (each in its own writer, on its own thread):
    /// the opening, then the files separated by `,`, then the closing.
    public static var opening: [UInt8] {
        var writer = JSONWriter()
        begin(into: &writer)
        return writer.bytes
    }

    /// See `opening`.
    public static let closing: [UInt8] = Array("]}\n".utf8)

    /// Writes one file's object.
    public static func write(_ journal: Journal, into w: inout JSONWriter) {
        var file = FileInRuns(path: journal.path, into: &w)
        file.add(journal, into: &w)
        file.end(into: &w)
    }

    /// One file's object written a run of days at a time (`JournalDayRuns`), so that a large
    /// file's output can go out as it is read, one run's tree and model in memory at a time:
    /// the runs' entries are written as they come, their problems and format notes (few) kept
    /// for the end. The bytes are those of `write(_:into:)` for the whole file's journal.
    public struct FileInRuns {
        private var problems: [JournalProblem] = []
        private var formatNotes: [FormatNote] = []

        /// Writes the opening of the file's object.
        public init(path: String, into w: inout JSONWriter) {
            w.beginObject()
            w.field("path", path)
            w.key("entries")
            w.beginArray()
        }

        /// Writes the entries of the next run (or of the whole file).
        public mutating func add(_ run: Journal, into w: inout JSONWriter) {
            for entry in run.entries { JournalJSON.write(entry, into: &w) }
            problems += run.problems
            formatNotes += run.formatNotes
        }

        /// Writes the rest of the file's object: its problems and format notes.
        public func end(into w: inout JSONWriter) {
            w.endArray()
            w.objects("problems", problems) { w, problem in
                w.field("kind", problem.kind.rawValue)
                w.field("message", problem.message)
                w.field("range", problem.range)
            }
            w.objects("formatNotes", formatNotes) { w, note in
                w.field("kind", note.kind.rawValue)
                w.field("readAs", note.key.rawValue)
                w.field("replacement", note.replacement)
                w.field("range", note.range)
            }
            w.endObject()
        }
    }

    static func write(_ entry: Entry, into w: inout JSONWriter) {
        w.beginObject()
        w.field("date", entry.date.description)
        w.field("time", entry.time?.description)
        w.field("title", entry.title)
        w.field("range", entry.range)
        w.objects("tags", entry.tags) { w, tag in
            w.field("name", tag.name)
            w.field("range", tag.range)
        }
        w.objects("temperatures", entry.temperatures) { w, reading in
            w.field("value", reading.value.rawValue)
            w.field("range", reading.range)
        }
        w.objects("evidence", entry.evidence) { w, section in
            w.field("range", section.range)
            w.objects("items", section.items) { w, item in
                w.field("stance", item.stance.rawValue)
                w.field("text", item.text)
                w.field("range", item.range)
            }
        }
        w.objects("reassurance", entry.reassurance) { w, request in
            w.field("text", request.text)
            w.field("range", request.range)
        }
        w.objects("urges", entry.urges) { w, urge in
            w.field("text", urge.text)
            w.field("outcome", urge.outcome.rawValue)
            w.field("range", urge.range)
        }
        w.objects("regulate", entry.regulation) { w, regulation in
            w.array("techniques", regulation.techniques) { $0.string($1) }
            w.field("range", regulation.range)
        }
        w.objects("facts", entry.facts) { w, fact in
            w.field("kind", fact.kind.rawValue)
            w.field("text", fact.text)
            w.field("range", fact.range)
        }
        w.objects("triggers", entry.triggerNotes) { w, note in
            w.field("text", note.text)
            w.field("range", note.range)
        }
        w.endObject()
    }
}
