import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A running child process with line-based stdin and stdout, used by process stages.
///
/// Its stdout is split into lines on a reader thread and delivered through ``lines``; its
/// stderr is forwarded to ours, each line prefixed with the stage name, and its last lines are
/// kept for error messages.
final class ChildProcess: @unchecked Sendable {
    /// Lines the child writes to stdout.
    let lines = LineChannel()
    private let process = Process()
    private let stdinHandle: FileHandle
    private let writeQueue: DispatchQueue
    private let tailLock = NSLock()
    private var stderrTail: [String] = []
    /// Whether the stderr reader has reached the end of the child's stderr.
    private var stderrClosed = false
    /// The last line that looks like a crash report (`Fatal error: …`), kept over the tail.
    private var crashLine: String?

    /// Starts `argv` (looked up on `PATH`) in `workingDirectory`.
    /// - Throws: ``StageError`` when the program cannot be started.
    init(argv: [String], workingDirectory: String, label: String) throws {
        Self.ignoreBrokenPipes
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = argv
        process.currentDirectoryURL = URL(fileURLWithPath: workingDirectory)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        stdinHandle = stdin.fileHandleForWriting
        writeQueue = DispatchQueue(label: "pipe.stage.\(label).stdin")
        do {
            try process.run()
        } catch {
            throw StageError("cannot start \(argv.joined(separator: " ")): \(error.localizedDescription)")
        }
        let outFD = stdout.fileHandleForReading.fileDescriptor
        let errFD = stderr.fileHandleForReading.fileDescriptor
        let channel = lines
        Thread.detachNewThread {
            Self.readLines(outFD) { channel.push($0) }
            channel.finish()
        }
        Thread.detachNewThread { [weak self] in
            Self.readLines(errFD) { line in
                let text = String(decoding: line, as: UTF8.self)
                FileHandle.standardError.write(Data("[\(label)] \(text)\n".utf8))
                self?.keepTail(text)
            }
            self?.markStderrClosed()
        }
    }

    /// The exit status once the child has exited, nil while it runs.
    var exitDescription: String? {
        guard !process.isRunning else { return nil }
        switch process.terminationReason {
        case .uncaughtSignal: return "was killed by signal \(process.terminationStatus)"
        default: return "exited with status \(process.terminationStatus)"
        }
    }

    /// The child's crash report line if it printed one, else its last stderr lines, joined.
    var recentStderr: String {
        tailLock.lock(); defer { tailLock.unlock() }
        return crashLine ?? stderrTail.joined(separator: " | ")
    }

    /// Queues bytes (one message line including its newline) for the child's stdin.
    ///
    /// Writing happens on a private queue so a child that stops reading cannot block the caller;
    /// the caller's response timeout covers that case.
    func send(_ bytes: [UInt8]) {
        let handle = stdinHandle
        writeQueue.async {
            _ = try? handle.write(contentsOf: bytes)
        }
    }

    /// What one message to the child brought back.
    enum Answer {
        /// A line of output.
        case line([UInt8])
        /// The child ended its output; `how` says how it exited ("exited with status 3").
        case ended(how: String)
        /// Nothing came within the timeout; the child has been killed.
        case silent
    }

    /// Sends one message line and waits up to `timeout` seconds for one line back.
    func ask(_ message: [UInt8], timeout: Double) async -> Answer {
        send(message)
        switch await lines.next(timeout: timeout) {
        case .line(let bytes):
            return .line(bytes)
        case .closed:
            await awaitExit(within: 1)
            return .ended(how: exitDescription ?? "closed its output")
        case .timedOut:
            kill()
            return .silent
        }
    }

    /// Closes the child's stdin, asking it to finish.
    func closeInput() {
        let handle = stdinHandle
        writeQueue.async { try? handle.close() }
    }

    /// Kills the child at once.
    func kill() {
        guard process.isRunning else { return }
        Self.sendKill(process.processIdentifier)
    }

    /// Waits up to `seconds` for the child to exit after ``closeInput()``, then kills it.
    func finish(within seconds: Double) async {
        closeInput()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline {
            try? await Task.sleep(nanoseconds: 20_000_000)
        }
        kill()
        process.waitUntilExit()
    }

    /// Waits briefly for a child that closed its output to be reaped and its stderr to be read to
    /// the end, so its status and last words are known.
    func awaitExit(within seconds: Double) async {
        let deadline = Date().addingTimeInterval(seconds)
        while (process.isRunning || !isStderrClosed) && Date() < deadline {
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
    }

    private var isStderrClosed: Bool {
        tailLock.lock(); defer { tailLock.unlock() }
        return stderrClosed
    }

    private func markStderrClosed() {
        tailLock.lock(); defer { tailLock.unlock() }
        stderrClosed = true
    }

    private func keepTail(_ line: String) {
        tailLock.lock(); defer { tailLock.unlock() }
        if line.contains("Fatal error") || line.contains("Segmentation fault") {
            crashLine = String(line.prefix(300))
        }
        stderrTail.append(String(line.prefix(300)))
        if stderrTail.count > 5 { stderrTail.removeFirst() }
    }

    /// Reads `fd` to its end, calling `body` for each line (newline stripped).
    private static func readLines(_ fd: Int32, _ body: ([UInt8]) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var pending: [UInt8] = []
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            var start = 0
            for i in 0..<n where buffer[i] == UInt8(ascii: "\n") {
                pending.append(contentsOf: buffer[start..<i])
                body(pending)
                pending.removeAll(keepingCapacity: true)
                start = i + 1
            }
            pending.append(contentsOf: buffer[start..<n])
        }
        if !pending.isEmpty { body(pending) }
    }

    private static func sendKill(_ pid: Int32) {
        #if canImport(Glibc)
        _ = Glibc.kill(pid, SIGKILL)
        #else
        _ = Darwin.kill(pid, SIGKILL)
        #endif
    }

    /// Writing to a child that died must give an error, not kill pipe with SIGPIPE.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()
}
