import ArgumentParser
import JournalModel
import MarkdownSyntax

extension Steady {
    /// `steady parse`: shows what Steady understood of the journal files.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the journal model Steady reads from the files (days, entries, fields, problems).",
            discussion: """
            Use this to check how Steady understands your journal. PATH may be a file, a folder \
            (searched recursively for *.md and *.markdown) or - for standard input.
            Exit status: 0 when every file was read, 2 when a file could not be read.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case tree, json, markdown
        }

        @OptionGroup var input: InputOptions

        @Option(name: .long, help: "Output format: tree (human-readable), json (schema in docs/parse-json.md) or markdown (cmark's syntax tree, for debugging).")
        var format: Format = .tree

        func run() throws {
            let files = try input.journalFiles()
            var failed = false
            var writer = JSONWriter()
            if format == .json { JournalJSON.begin(into: &writer) }
            for file in files {
                let bytes: [UInt8]
                do {
                    bytes = try file.read()
                } catch {
                    Terminal.error("\(error)")
                    failed = true
                    continue
                }
                switch format {
                case .json:
                    JournalJSON.write(JournalBuilder.build(bytes: bytes, path: file.displayPath), into: &writer)
                    if writer.bytes.count > 1 << 20 { Terminal.write(writer.bytes); writer.bytes.removeAll(keepingCapacity: true) }
                case .tree:
                    Terminal.write(JournalTree.render(JournalBuilder.build(bytes: bytes, path: file.displayPath)))
                case .markdown:
                    Terminal.write(file.displayPath + "\n" + TreeDump.render(MarkdownParser.parse(bytes)))
                }
            }
            if format == .json {
                JournalJSON.finish(into: &writer)
                Terminal.write(writer.bytes)
            }
            if failed { throw ExitCode(2) }
        }
    }
}
