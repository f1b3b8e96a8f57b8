import ArgumentParser
import JournalModel
import MarkdownSyntax
import SteadyRun
import WorkSharing

extension Steady {
    /// `steady parse`: shows what Steady understood of the journal files.
    struct Parse: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse",
            abstract: "Show the journal model Steady reads from the files (days, entries, fields, problems).",
            discussion: """
            Use this to check how Steady understands your journal. The JSON format is documented \
            in docs/parse-json.md (schemaVersion 1).
            Tags are read with the tag-prefixes of each file's configuration (the nearest .steady.yml, or --config).
            Exit status: 0 when every file was read, 2 when a path, file or configuration could not be read.
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case tree, json, markdown
        }

        @OptionGroup var input: InputOptions

        @OptionGroup var configurationOptions: ConfigurationOptions

        @Option(name: .long, help: "Output format: tree (human-readable), json (machine-readable), or markdown (cmark's syntax tree, for debugging).")
        var format: Format = .tree

        @OptionGroup var jobs: JobsOption

        func validate() throws {
        }

        /// Files rendered between two writes to standard output.
        static let batchSize = 512

        func run() throws {
            let configurations = try configurationOptions.resolver()
            let (sources, searchFailed) = input.findSources()
            // The configuration changes how files are read (`tag-prefixes`): looked up for every
            // file before any output, so that a configuration's problem stops the run first.
            let tagPrefixes = sources.map { configurations.configuration(forFileAt: $0.path).tagPrefixes }
            do {
                try configurations.checkProblems()
            } catch {
                Terminal.report(error)
                throw ExitCode(2)
            }
            let loader = JournalLoader(parseWorkers: jobs.count)
            let input = self.input.runInput
            let format = self.format
            // Each file is rendered on its worker and released there, and output is written batch
            // by batch in file order: neither every tree nor every rendering is held at once.
            let progress = ProgressLine(total: sources.count, verb: "reading")
            var failed = searchFailed
            if format == .json { Terminal.write(JournalJSON.opening) }
            var first = true
            for batch in stride(from: 0, to: sources.count, by: Self.batchSize) {
                let batchSources = Array(sources[batch..<min(batch + Self.batchSize, sources.count)])
                let rendered = parallelMap(count: batchSources.count, jobs: JobCount.bounded(jobs.count)) { index -> Result<[UInt8], Error> in
                    defer { progress.advance() }
                    let source = batchSources[index]
                    switch loader.load(source, displayPath: input.displayPath(of: source), tagPrefixes: tagPrefixes[batch + index]) {
                    case .failed(let error):
                        return .failure(error)
                    case .journal(let journal, let bytes):
                        switch format {
                        case .json:
                            var writer = JSONWriter()
                            JournalJSON.write(journal, into: &writer)
                            return .success(writer.bytes)
                        case .tree:
                            return .success(Array(JournalTree.render(journal).utf8))
                        case .markdown:
                            return .success(Array((journal.path.withVisibleControls() + "\n" + TreeDump.render(MarkdownParser.parse(bytes))).utf8))
                        }
                    }
                }
                for result in rendered {
                    switch result {
                    case .failure(let error):
                        Terminal.error("\(error)")
                        failed = true
                    case .success(let bytes):
                        if format == .json, !first { Terminal.write(",") }
                        first = false
                        Terminal.write(bytes)
                    }
                }
            }
            progress.finish()
            if format == .json { Terminal.write(JournalJSON.closing) }
            if failed { throw ExitCode(2) }
        }
    }
}
