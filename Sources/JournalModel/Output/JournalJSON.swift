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
        w.beginObject()
        w.field("path", journal.path)
        w.key("entries")
        w.beginArray()
        for entry in journal.entries { write(entry, into: &w) }
        w.endArray()
        w.key("problems")
        w.beginArray()
        for problem in journal.problems {
            w.beginObject()
            w.field("kind", problem.kind.rawValue)
            w.field("message", problem.message)
            w.key("range"); w.range(problem.range)
            w.endObject()
        }
        w.endArray()
        w.endObject()
    }

    private static func write(_ entry: Entry, into w: inout JSONWriter) {
        w.beginObject()
        w.field("date", entry.date.description)
        w.field("time", entry.time?.description)
        w.field("title", entry.title)
        w.key("range"); w.range(entry.range)
        list("tags", entry.tags, &w) { tag, w in
            w.field("name", tag.name)
            w.key("range"); w.range(tag.range)
        }
        list("temperatures", entry.temperatures, &w) { reading, w in
            w.field("value", reading.value.rawValue)
            w.key("range"); w.range(reading.range)
        }
        list("evidence", entry.evidence, &w) { section, w in
            w.key("range"); w.range(section.range)
            list("items", section.items, &w) { item, w in
                w.field("stance", item.stance.rawValue)
                w.field("text", item.text)
                w.key("range"); w.range(item.range)
            }
        }
        list("reassurance", entry.reassurance, &w) { request, w in
            w.field("text", request.text)
            w.key("range"); w.range(request.range)
        }
        list("urges", entry.urges, &w) { urge, w in
            w.field("text", urge.text)
            w.field("outcome", urge.outcome.rawValue)
            w.key("range"); w.range(urge.range)
        }
        list("regulate", entry.regulation, &w) { regulation, w in
            w.key("techniques")
            w.beginArray()
            regulation.techniques.forEach { w.string($0) }
            w.endArray()
            w.key("range"); w.range(regulation.range)
        }
        list("facts", entry.facts, &w) { fact, w in
            w.field("kind", fact.kind.rawValue)
            w.field("text", fact.text)
            w.key("range"); w.range(fact.range)
        }
        list("triggers", entry.triggerNotes, &w) { note, w in
            w.field("text", note.text)
            w.key("range"); w.range(note.range)
        }
        w.endObject()
    }

    /// `"name": [ {…}, … ]`, one object per element.
    private static func list<Element>(_ name: StaticString, _ elements: [Element], _ w: inout JSONWriter, _ body: (Element, inout JSONWriter) -> Void) {
        w.key(name)
        w.beginArray()
        for element in elements {
            w.beginObject()
            body(element, &w)
            w.endObject()
        }
        w.endArray()
    }
}
