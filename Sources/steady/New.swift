import ArgumentParser
import Foundation
import JournalFiles
import JournalModel
import SteadyRun

extension Steady {
    /// `steady new`: start an entry in one command, in the right file, from a template.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "new",
            abstract: "Start a new journal entry for now (or --date/--time) and open it in your editor.",
            discussion: """
            The entry goes in the file for its journal day, per .steady.yml: `layout: daily` \
            (YYYY-MM-DD.md, the default) or `monthly` (YYYY-MM.md), in `folder:` (for example \
            journal/{yyyy}/{mm}/). Before `day-starts-at` (04:00 by default) it belongs to the day \
            before. The file and its day heading are created when missing; the entry is placed in \
            the order the file follows; nothing else in the file changes, and the file is written \
            atomically.

            The entry is filled from the built-in template (what happened, the story you told \
            yourself, temp:, what you did for your body first, evidence:, urge:) or from one of \
            yours: `templates: {evening: "…"}` in .steady.yml, with {date}, {time} and {weekday}.

            Then $VISUAL or $EDITOR opens at the entry's line; without one, path:line is printed.
            """
        )

        @Argument(help: ArgumentHelp("The entry's title; #tags in it stay tags.", valueName: "title"))
        var title: [String] = []

        @Option(name: .long, help: ArgumentHelp("A tag for the heading (repeatable), with or without #.", valueName: "tag"))
        var tag: [String] = []

        @Option(name: .long, help: ArgumentHelp("A template from .steady.yml's templates:, or `practice` (the built-in).", valueName: "name"))
        var template: String?

        @Option(name: .long, help: ArgumentHelp("Write as of this date (YYYY-MM-DD) instead of today.", valueName: "date"))
        var date: String?

        @Option(name: .long, help: ArgumentHelp("Write as of this time (HH:MM) instead of now.", valueName: "time"))
        var time: String?

        @Flag(name: .long, help: "Print the entry and write nothing.")
        var print = false

        @Flag(name: .customLong("no-edit"), help: "Write the entry and print path:line without opening an editor.")
        var noEdit = false

        @OptionGroup var configurationOptions: ConfigurationOptions

        func validate() throws {
            if let date, JournalDate(date) == nil { throw ValidationError("--date must be a real date written YYYY-MM-DD, not '\(date)'") }
            if let time, TimeOfDay(writtenForm: time) == nil { throw ValidationError("--time must be a time of day such as 21:40 or 9:40pm, not '\(time)'") }
        }

        func run() throws {
            let resolver = try configurationOptions.resolver()
            let folder = currentWorkingDirectory()
            let configuration = resolver.configuration(forFileAt: folder, isFolder: true)
            try resolver.failOnProblems()
            let now = LocalClock.now()
            let request = NewEntryRequest(date: date.flatMap { JournalDate($0) } ?? now.date, time: time.flatMap { TimeOfDay(writtenForm: $0) } ?? now.time,
                                          title: title.joined(separator: " "), tags: tag, templateName: template)
            let entry: NewEntry
            do {
                entry = try NewEntry.plan(request, configuration: configuration, currentDirectory: folder)
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
            if print {
                Terminal.write(entry.entryLines.joined(separator: "\n") + "\n")
                return
            }
            do {
                try entry.write()
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(2)
            }
            let place = "\(entry.path):\(entry.line)"
            guard !noEdit, let editor = EditorCommand.editor(environment: System.environment),
                  let command = EditorCommand(editor: editor, path: entry.path, line: entry.line) else {
                Terminal.write(place.withVisibleControls() + "\n")
                return
            }
            let status: Int32
            do {
                status = try ChildProcess.runAttached(command.program, command.arguments)
            } catch {
                Terminal.error("\(error.description); your entry is saved at \(place)")
                throw ExitCode(1)
            }
            if status == 127 {
                Terminal.error("the editor '\(command.program)' was not found (check $VISUAL and $EDITOR); your entry is saved at \(place)")
                throw ExitCode(1)
            }
            if status != 0 {
                Terminal.error("the editor exited with status \(status); your entry is saved at \(place)")
                throw ExitCode(1)
            }
        }
    }
}
