import Foundation

/// The command line of `steady-fuzz` (Scripts/fuzz passes its own through). Read by hand: the
/// fuzzer keeps to the libraries it checks and Foundation.
struct FuzzOptions {
    var seed: UInt64 = 1
    var runs: UInt64?
    var seconds: Double?
    var corpusFolders: [String] = []
    var crashes = ".build-fuzz/crashes"
    var work = ".build-fuzz/work"
    var timeLimit: Double = 10
    var steady: String?
    var cliEvery: UInt64 = 50
    /// Inputs are cut to this many bytes (CI's debug build uses less: big inputs are slow there).
    var maxSize: UInt64 = 1 << 20
    var only: UInt64?
    var input: String?
    var writeInput: String?
    var worker = false
    var start: UInt64 = 0
    var deadline: Double?

    static let usage = """
    usage: steady-fuzz [--seed N] [--runs N | --seconds N] [--corpus DIR]...
                       [--time-limit S] [--steady PATH] [--cli-every N] [--max-size BYTES] [--crashes DIR]
           steady-fuzz --seed N --only K [--write-input FILE]    check input K of seed N again
           steady-fuzz --input FILE                               check one file
    """

    init(_ arguments: [String]) throws(Failure) {
        var rest = arguments[...]
        func value(_ name: String) throws(Failure) -> String {
            guard let next = rest.popFirst() else { throw Failure(kind: "usage", reason: "\(name) needs a value\n\(Self.usage)") }
            return next
        }
        func number(_ name: String) throws(Failure) -> UInt64 {
            let text = try value(name)
            guard let number = UInt64(text) else { throw Failure(kind: "usage", reason: "\(name) takes a whole number, not '\(text)'") }
            return number
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "--seed": seed = try number(argument)
            case "--runs": runs = try number(argument)
            case "--seconds": seconds = Double(try number(argument))
            case "--corpus": corpusFolders.append(try value(argument))
            case "--crashes": crashes = try value(argument)
            case "--work": work = try value(argument)
            case "--time-limit": timeLimit = Double(try number(argument))
            case "--steady": steady = try value(argument)
            case "--cli-every": cliEvery = try number(argument)
            case "--max-size": maxSize = max(try number(argument), 1)
            case "--only": only = try number(argument)
            case "--input": input = try value(argument)
            case "--write-input": writeInput = try value(argument)
            case "--worker": worker = true
            case "--start": start = try number(argument)
            case "--deadline": deadline = Double(try number(argument))
            case "--help", "-h": throw Failure(kind: "help", reason: Self.usage)
            default: throw Failure(kind: "usage", reason: "unknown argument '\(argument)'\n\(Self.usage)")
            }
        }
        if corpusFolders.isEmpty { corpusFolders = ["Examples", "Tests"] }
    }

    /// The arguments a worker is started with: the same inputs, from `start` on.
    func workerArguments(start: UInt64, deadline: Double?) -> [String] {
        var arguments = ["--worker", "--seed", "\(seed)", "--start", "\(start)", "--crashes", crashes, "--work", work,
                         "--time-limit", "\(Int(timeLimit))", "--cli-every", "\(cliEvery)", "--max-size", "\(maxSize)"]
        if let runs { arguments += ["--runs", "\(runs)"] }
        if let deadline { arguments += ["--deadline", "\(Int(deadline))"] }
        for folder in corpusFolders { arguments += ["--corpus", folder] }
        if let steady { arguments += ["--steady", steady] }
        return arguments
    }
}
