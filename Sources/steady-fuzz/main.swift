import Foundation

/// `steady-fuzz`: a deterministic mutation fuzzer over parse → model → lint → summary → fix
/// (docs/reliability.md). Input k of seed s is the same on every machine; a crash, a hang or a
/// broken promise is saved under .build-fuzz/crashes/ and makes the exit status 1.
let options: FuzzOptions
do {
    options = try FuzzOptions(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data((error.reason + "\n").utf8))
    exit(error.kind == "help" ? 0 : 64)
}
let corpus = SeedCorpus(folders: options.corpusFolders)
let mutator = Mutator(corpus: corpus, seed: options.seed, maximumSize: Int(options.maxSize))

if options.worker {
    Worker(options: options, mutator: mutator).run()
    exit(0)
}

if options.only != nil || options.input != nil {
    // One input, in this process: a crash shows here as it would in a debugger.
    let bytes: [UInt8]
    if let path = options.input {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("steady-fuzz: cannot read \(path)\n".utf8))
            exit(2)
        }
        bytes = Array(data)
    } else {
        bytes = mutator.input(options.only!)
    }
    if let path = options.writeInput { _ = FileManager.default.createFile(atPath: path, contents: Data(bytes)) }
    var single = options
    single.cliEvery = 1
    if let failure = Worker(options: single, mutator: mutator).check(bytes, index: 0) {
        print("\(failure.kind): \(failure.reason)")
        exit(1)
    }
    print("ok (\(bytes.count) bytes)")
    exit(0)
}

if options.runs == nil, options.seconds == nil {
    FileHandle.standardError.write(Data("steady-fuzz: give --runs N or --seconds N\n\(FuzzOptions.usage)\n".utf8))
    exit(64)
}
let started = Date()
let tally = Supervisor(options: options, mutator: mutator).run()
let elapsed = Date().timeIntervalSince(started)
let perSecond = elapsed > 0 ? Double(tally.runs) / elapsed : 0
print("steady-fuzz: seed \(options.seed), \(corpus.seeds.count) seeds, \(tally.runs) inputs in \(String(format: "%.1f", elapsed)) s (\(String(format: "%.0f", perSecond))/s)")
for (kind, count) in tally.failures.sorted(by: { $0.key < $1.key }) {
    print("  FAILED \(kind): \(count) inputs; first: \(tally.firstReasons[kind] ?? "")")
}
if tally.failures.isEmpty { print("  no failures") }
exit(tally.failures.isEmpty ? 0 : 1)
