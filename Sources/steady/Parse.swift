import ArgumentParser
import JournalFiles
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
            // The configuration changes how files are read (`tag-prefixes`, and where a large
            // file's runs of days may start): looked up for every file before any output, so that
            // a configuration's problem stops the run first.
            let settings = sources.map { source -> FileSettings in
                let configuration = configurations.configuration(forFileAt: source.path)
                return (configuration.tagPrefixes, configuration.dayStartsAt)
            }
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
            // by batch in file order: neither every tree nor every rendering is held at once. A
            // large file's JSON is written as it is read, a run of days at a time (`streamJSON`).
            let progress = ProgressLine(total: sources.count, verb: "reading")
            var failed = searchFailed
            if format == .json { Terminal.write(JournalJSON.opening) }
            var first = true
            for batch in stride(from: 0, to: sources.count, by: Self.batchSize) {
                let batchSources = Array(sources[batch..<min(batch + Self.batchSize, sources.count)])
                let rendered = parallelMap(count: batchSources.count, jobs: JobCount.bounded(jobs.count)) { index -> Result<Rendered, Error> in
                    defer { progress.advance() }
                    let source = batchSources[index]
                    return Self.render(source, displayPath: input.displayPath(of: source), settings: settings[batch + index], format: format,
                                       loader: loader)
                }
                for result in rendered {
                    switch result {
                    case .failure(let error):
                        Terminal.error("\(error)")
                        failed = true
                    case .success(let rendered):
                        if format == .json, !first { Terminal.write(",") }
                        first = false
                        switch rendered {
                        case .whole(let bytes): Terminal.write(bytes)
                        case .inRuns(let bytes, let path, let settings): Self.streamJSON(bytes, path: path, settings: settings, loader: loader)
                        }
                    }
                }
            }
            progress.finish()
            if format == .json { Terminal.write(JournalJSON.closing) }
            if failed { throw ExitCode(2) }
        }

        /// A file's output in `format`, made on a worker; a large file's JSON is left to
        /// `streamJSON`, in file order.
        private static func render(_ source: JournalSource, displayPath: String, settings: FileSettings, format: Format,
                                   loader: JournalLoader) -> Result<Rendered, Error> {
            switch format {
            case .json:
                do {
                    let bytes = try loader.read(source)
                    if bytes.count >= JournalDayRuns.minimumSize { return .success(.inRuns(bytes, path: displayPath, settings: settings)) }
                    var writer = JSONWriter()
                    JournalJSON.write(loader.build(bytes, displayPath: displayPath, tagPrefixes: settings.tagPrefixes), into: &writer)
                    return .success(.whole(writer.bytes))
                } catch {
                    return .failure(error)
                }
            case .tree, .markdown:
                switch loader.load(source, displayPath: displayPath, tagPrefixes: settings.tagPrefixes) {
                case .failed(let error):
                    return .failure(error)
                case .journal(let journal, let bytes):
                    if format == .tree { return .success(.whole(Array(JournalTree.render(journal).utf8))) }
                    return .success(.whole(Array((journal.path.withVisibleControls() + "\n" + TreeDump.render(MarkdownParser.parse(bytes))).utf8)))
                }
            }
        }

        /// What a file's configuration changes in how it is read.
        typealias FileSettings = (tagPrefixes: TagPrefixes, dayStartsAt: TimeOfDay)

        /// A file's output, made on a worker.
        enum Rendered: Sendable {
            case whole([UInt8])
            /// A large file's bytes, whose JSON is written in file order as it is read (`streamJSON`).
            case inRuns([UInt8], path: String, settings: FileSettings)
        }

        /// Writes the JSON object of a large file a run of days at a time (`JournalDayRuns`), each
        /// run's output as it is made: one run's tree, model and output in memory, not the whole
        /// file's (docs/reliability.md). The bytes are those of the whole file's journal.
        private static func streamJSON(_ bytes: [UInt8], path: String, settings: FileSettings, loader: JournalLoader) {
            var writer = JSONWriter()
            var file = JournalJSON.FileInRuns(path: path, into: &writer)
            let whole = loader.build(bytes, displayPath: path, tagPrefixes: settings.tagPrefixes, dayStartsAt: settings.dayStartsAt) { run in
                file.add(run, into: &writer)
                Terminal.write(writer.bytes)
                writer.bytes.removeAll(keepingCapacity: true)
                return true
            }
            if let whole { file.add(whole, into: &writer) }
            file.end(into: &writer)
            Terminal.write(writer.bytes)
        }
    }
}
