import ArgumentParser
import Foundation

/// The journal paths every command takes.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Journal files or folders (searched recursively for *.md and *.markdown); - reads standard input.", valueName: "path"))
    var paths: [String] = ["."]

    /// TEMPORARY: replaced by JournalFiles' finder once it lands.
    func journalFiles() throws -> [InputFile] {
        var files: [InputFile] = []
        for path in paths {
            if path == "-" { files.append(InputFile(displayPath: "<stdin>", isStandardInput: true)); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                Terminal.error("no such file or folder: \(path)")
                throw ExitCode(2)
            }
            if !isDirectory.boolValue { files.append(InputFile(displayPath: path, isStandardInput: false)); continue }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let next = enumerator?.nextObject() as? String {
                if next.hasSuffix(".md") || next.hasSuffix(".markdown") { found.append(path + "/" + next) }
            }
            files += found.sorted().map { InputFile(displayPath: $0, isStandardInput: false) }
        }
        return files
    }
}

struct InputFile {
    let displayPath: String
    let isStandardInput: Bool
    func read() throws -> [UInt8] {
        if isStandardInput { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: displayPath) else {
            throw ReadError(message: "cannot read \(displayPath)")
        }
        return [UInt8](data)
    }
    struct ReadError: Error, CustomStringConvertible { let message: String; var description: String { message } }
}
