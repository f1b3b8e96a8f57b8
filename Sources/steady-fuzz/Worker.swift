import Foundation

/// Runs inputs one after another in this process and tells the supervisor on stdout, one line
/// each: `R k` before input k, `P` while the CLI pass runs, `F k kind reason`, `D` when done.
struct Worker {
    let options: FuzzOptions
    let mutator: Mutator
    let pipeline = PipelineCheck()
    let cli: CLICheck?

    init(options: FuzzOptions, mutator: Mutator) {
        self.options = options
        self.mutator = mutator
        let heartbeat = options.worker ? { Worker.say("P") } : {}
        cli = options.steady.map { CLICheck(steady: $0, folder: Worker.folder(work: options.work, pid: getpid()), timeLimit: options.timeLimit, heartbeat: heartbeat) }
    }

    /// The folder of a worker's CLI files (the supervisor removes it after a crash).
    static func folder(work: String, pid: Int32) -> String {
        "\(work)/cli-\(pid)"
    }

    static func say(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { _ = write(1, $0.baseAddress, $0.count) }
    }

    /// Checks one input: in process always, through the CLI every `cliEvery`th input.
    func check(_ bytes: [UInt8], index: UInt64) -> Failure? {
        do {
            try pipeline.run(bytes)
            if let cli, options.cliEvery > 0, index % options.cliEvery == 0 { try cli.run(bytes) }
            return nil
        } catch {
            return error
        }
    }

    func run() {
        var kept: [String: Int] = [:]
        let store = CrashStore(folder: options.crashes, seed: options.seed)
        var index = options.start
        while options.runs.map({ index < $0 }) ?? true {
            if let deadline = options.deadline, Date().timeIntervalSince1970 >= deadline { break }
            let bytes = mutator.input(index)
            Self.say("R \(index)")
            if let failure = check(bytes, index: index) {
                _ = store.save(bytes, index: index, failure: failure, alreadyKept: kept[failure.kind, default: 0])
                kept[failure.kind, default: 0] += 1
                Self.say("F \(index) \(failure.kind) \(failure.reason)")
            }
            index += 1
        }
        if let cli { try? FileManager.default.removeItem(atPath: cli.folder) }
        Self.say("D")
    }
}
