import Foundation

/// Runs the inputs in a worker process and watches it: a worker that dies of a signal or goes
/// quiet for longer than the time limit has met a crash or a hang on the input it last named.
/// That input is made again here from the seed and its index, saved, and a new worker goes on
/// from the next one.
struct Supervisor {
    let options: FuzzOptions
    let mutator: Mutator

    struct Tally {
        var runs: UInt64 = 0
        var failures: [String: Int] = [:]
        var firstReasons: [String: String] = [:]
    }

    func run() -> Tally {
        var tally = Tally()
        let store = CrashStore(folder: options.crashes, seed: options.seed)
        let deadline = options.seconds.map { Date().timeIntervalSince1970 + $0 }
        var next = options.start
        while true {
            if let runs = options.runs, next >= runs { break }
            if let deadline, Date().timeIntervalSince1970 >= deadline { break }
            let (ended, current) = runWorker(from: next, deadline: deadline, tally: &tally)
            guard let failure = ended else { break }
            guard let current else {
                // The worker failed before its first input: nothing to go on from.
                record(failure, saved: nil, tally: &tally)
                break
            }
            let bytes = mutator.input(current)
            let saved = store.save(bytes, index: current, failure: failure, alreadyKept: tally.failures[failure.kind, default: 0])
            record(failure, saved: saved, tally: &tally)
            next = current + 1
        }
        return tally
    }

    private func record(_ failure: Failure, saved: String?, tally: inout Tally) {
        tally.failures[failure.kind, default: 0] += 1
        if tally.firstReasons[failure.kind] == nil {
            tally.firstReasons[failure.kind] = failure.reason + (saved.map { " — \($0)" } ?? "")
            FileHandle.standardError.write(Data("steady-fuzz: \(failure.kind): \(failure.reason)\(saved.map { " (\($0))" } ?? "")\n".utf8))
        }
    }

    /// Runs one worker until it finishes (nil) or fails on an input (the failure and its index).
    private func runWorker(from start: UInt64, deadline: Double?, tally: inout Tally) -> (Failure?, UInt64?) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = options.workerArguments(start: start, deadline: deadline)
        let pipe = Pipe()
        process.standardOutput = pipe
        // A crash is reported here; the runtime's backtrace would only slow each one down.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        do { try process.run() } catch {
            return (Failure(kind: "fuzzer-error", reason: "could not start a worker: \(error)"), nil)
        }
        let fd = pipe.fileHandleForReading.fileDescriptor
        var pending: [UInt8] = []
        var current: UInt64?
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var finished = false
        var lastHeard = Date()
        while true {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, 250)
            if ready > 0 {
                let count = read(fd, &buffer, buffer.count)
                if count <= 0 { break }
                lastHeard = Date()
                pending += buffer[..<count]
                while let newline = pending.firstIndex(of: 0x0A) {
                    let line = String(decoding: pending[..<newline], as: UTF8.self)
                    pending.removeSubrange(...newline)
                    handle(line, current: &current, finished: &finished, tally: &tally)
                }
            } else if Date().timeIntervalSince(lastHeard) > options.timeLimit + 2 {
                // A little past the limit: a CLI launch that runs too long is the worker's to report.
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                try? FileManager.default.removeItem(atPath: Worker.folder(work: options.work, pid: process.processIdentifier))
                return (Failure(kind: "hang", reason: "input ran past the \(Int(options.timeLimit)) s time limit"), current)
            }
        }
        process.waitUntilExit()
        if finished { return (nil, nil) }
        try? FileManager.default.removeItem(atPath: Worker.folder(work: options.work, pid: process.processIdentifier))
        if process.terminationReason == .uncaughtSignal {
            let signal = process.terminationStatus
            return (Failure(kind: "signal-\(signal)", reason: "died of signal \(signal) (\(String(cString: strsignal(signal))))"), current)
        }
        return (Failure(kind: "worker-exit", reason: "the worker exited \(process.terminationStatus) mid-run"), current)
    }

    private func handle(_ line: String, current: inout UInt64?, finished: inout Bool, tally: inout Tally) {
        let parts = line.split(separator: " ", maxSplits: 3).map(String.init)
        switch parts.first {
        case "R":
            current = UInt64(parts[1])
            tally.runs += 1
        case "F": record(Failure(kind: parts[2], reason: parts.count > 3 ? parts[3] : ""), saved: nil, tally: &tally)
        case "D": finished = true
        default: break
        }
    }
}
