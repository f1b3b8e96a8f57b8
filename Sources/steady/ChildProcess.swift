#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program found on PATH and collects what it prints, with `posix_spawn` and two pipes.
///
/// Not Foundation's `Process`: on Linux it opens loopback sockets to wake its run loop, and Steady
/// promises to open no socket at all. Both pipes are drained together with `poll`, so a chatty
/// child can never block on a full pipe while its other one is being read.
enum ChildProcess {
    struct Result {
        let status: Int32
        let output: [UInt8]
        let errorOutput: [UInt8]
    }

    struct SpawnError: Error, CustomStringConvertible {
        let description: String
    }

    /// Runs `program` (looked up on PATH) with `arguments`, standard input from /dev/null.
    /// A status of 127 means the program was not found.
    static func run(_ program: String, _ arguments: [String]) throws(SpawnError) -> Result {
        var outputPipe: [Int32] = [-1, -1]
        var errorPipe: [Int32] = [-1, -1]
        guard pipe(&outputPipe) == 0 else { throw SpawnError(description: "cannot make a pipe: \(String(cString: strerror(errno)))") }
        guard pipe(&errorPipe) == 0 else {
            close(outputPipe[0]); close(outputPipe[1])
            throw SpawnError(description: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        for descriptor in outputPipe + errorPipe { posix_spawn_file_actions_addclose(&actions, descriptor) }

        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        let spawned = posix_spawnp(&child, program, &actions, nil, argv, environ)
        close(outputPipe[1])
        close(errorPipe[1])
        guard spawned == 0 else {
            close(outputPipe[0]); close(errorPipe[0])
            if spawned == ENOENT { return Result(status: 127, output: [], errorOutput: []) }
            throw SpawnError(description: "cannot start \(program): \(String(cString: strerror(spawned)))")
        }
        let (output, errorOutput) = drain(outputPipe[0], errorPipe[0])
        close(outputPipe[0])
        close(errorPipe[0])
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        // Exit status when it exited; 128 + the signal when a signal ended it, as shells say.
        let exited = status & 0x7F == 0
        return Result(status: exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output: output, errorOutput: errorOutput)
    }

    /// Runs `program` (looked up on PATH) on this terminal: it shares standard input, output and
    /// error with Steady (an editor), and Steady waits for it. Returns its exit status as `run`
    /// does (127: not found).
    static func runAttached(_ program: String, _ arguments: [String]) throws(SpawnError) -> Int32 {
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child = pid_t()
        let spawned = posix_spawnp(&child, program, nil, nil, argv, environ)
        guard spawned == 0 else {
            if spawned == ENOENT { return 127 }
            throw SpawnError(description: "cannot start \(program): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Reads both descriptors to their end, whichever has data first.
    private static func drain(_ first: Int32, _ second: Int32) -> ([UInt8], [UInt8]) {
        var collected: [[UInt8]] = [[], []]
        var watched = [pollfd(fd: first, events: Int16(POLLIN), revents: 0), pollfd(fd: second, events: Int16(POLLIN), revents: 0)]
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while watched.contains(where: { $0.fd >= 0 }) {
            guard poll(&watched, nfds_t(watched.count), -1) >= 0 else {
                if errno == EINTR { continue }
                break
            }
            for index in watched.indices where watched[index].fd >= 0 && watched[index].revents != 0 {
                let count = chunk.withUnsafeMutableBytes { read(watched[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    collected[index] += chunk[0..<count]
                } else if count == 0 || errno != EINTR {
                    watched[index].fd = -1  // end of output (or an error): stop watching it
                }
            }
        }
        return (collected[0], collected[1])
    }
}
