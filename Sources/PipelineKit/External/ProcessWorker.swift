/// How to start one process of a `command:` stage.
struct ProcessStageSpec: Sendable {
    /// The program and its arguments; the program is looked up on `PATH`.
    var argv: [String]
    /// The stage's options, checked and completed with defaults, sent in the configure message;
    /// nil until the first process's handshake has been checked.
    var options: JSONObject?
    /// Seconds to wait for the hello reply and for each document's reply.
    var timeoutSeconds: Double
    /// Where the process runs: the pipeline file's folder.
    var workingDirectory: String
    /// The stage's name in the pipeline, used in messages.
    var name: String

    /// The command as the user wrote it, for messages.
    var commandLine: String { argv.joined(separator: " ") }
}

/// One running process of a `command:` stage that has answered the handshake.
final class ProcessWorker: Sendable {
    let child: ChildProcess
    let handshake: StageProtocol.Handshake

    private init(child: ChildProcess, handshake: StageProtocol.Handshake) {
        self.child = child
        self.handshake = handshake
    }

    /// Starts a process, performs the handshake and, when the spec has options, configures it.
    /// - Throws: ``StageError`` saying how the start or the handshake failed.
    static func start(_ spec: ProcessStageSpec) async throws(StageError) -> ProcessWorker {
        let worker = try await connect(spec)
        if let options = spec.options { try await worker.configure(options, spec: spec) }
        return worker
    }

    /// Sends the options and waits for `ready`; kills the process on any other answer.
    func configure(_ options: JSONObject, spec: ProcessStageSpec) async throws(StageError) {
        switch await child.ask(StageProtocol.configure(options: options), timeout: spec.timeoutSeconds) {
        case .line(let bytes):
            do {
                try StageProtocol.configured(bytes)
            } catch {
                child.kill()
                throw error
            }
        case .ended(let how):
            throw StageError("'\(spec.commandLine)' \(how) after receiving its options\(Self.stderrNote(child))")
        case .silent:
            throw StageError("'\(spec.commandLine)' did not answer 'configure' within \(Self.seconds(spec.timeoutSeconds))")
        }
    }

    /// Starts a process and reads its hello reply.
    static func connect(_ spec: ProcessStageSpec) async throws(StageError) -> ProcessWorker {
        let child: ChildProcess
        do {
            child = try ChildProcess(argv: spec.argv, workingDirectory: spec.workingDirectory, label: spec.name)
        } catch let error as StageError {
            throw error
        } catch {
            throw StageError("cannot start '\(spec.commandLine)': \(error)")
        }
        switch await child.ask(StageProtocol.hello(stage: spec.name), timeout: spec.timeoutSeconds) {
        case .line(let bytes):
            do {
                return ProcessWorker(child: child, handshake: try StageProtocol.handshake(bytes))
            } catch {
                child.kill()
                throw StageError("'\(spec.commandLine)' gave a bad handshake: \(error.message)")
            }
        case .ended(let how):
            throw StageError("'\(spec.commandLine)' \(how) before answering the handshake\(stderrNote(child))")
        case .silent:
            throw StageError("'\(spec.commandLine)' did not answer the handshake within \(seconds(spec.timeoutSeconds))\(stderrNote(child))")
        }
    }

    /// Sends one document and applies the reply.
    /// - Returns: whether the process is still usable for the next document.
    func process(_ document: inout Document, timeout: Double) async -> (healthy: Bool, error: StageError?) {
        switch await child.ask(StageProtocol.request(document), timeout: timeout) {
        case .line(let bytes):
            do {
                try StageProtocol.apply(bytes, to: &document, declared: handshake)
                return (true, nil)
            } catch {
                switch error {
                case .failed(let message):
                    return (true, StageError(message))
                case .garbage(let message):
                    child.kill()
                    return (false, StageError("the process wrote an invalid reply, so it was restarted: \(message)"))
                }
            }
        case .ended(let how):
            return (false, StageError("the process \(how) while processing this document; it was restarted\(Self.stderrNote(child))"))
        case .silent:
            return (false, StageError("no reply within \(Self.seconds(timeout)) (the stage's 'timeout'); the process was killed and restarted\(Self.stderrNote(child))"))
        }
    }

    private static func stderrNote(_ child: ChildProcess) -> String {
        let tail = child.recentStderr
        return tail.isEmpty ? "" : " (its stderr: \(tail))"
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
