/// Starts `command:` stages: launches the first process, reads its handshake, has the caller
/// check the options against what the process declared, configures it, and returns a stage
/// whose reads and writes are the ones the process declared.
enum ProcessStageLauncher {
    /// - Parameter check: turns the pipeline file's options into the options to send, given the
    ///   descriptor built from the handshake; throws to refuse them.
    static func launch(
        argv: [String], workers: Int, timeoutSeconds: Double, workingDirectory: String, name: String,
        check: (StageDescriptor) throws -> JSONObject
    ) async throws -> LaunchedStage {
        var spec = ProcessStageSpec(
            argv: argv, options: nil, timeoutSeconds: timeoutSeconds,
            workingDirectory: workingDirectory, name: name)
        let first = try await ProcessWorker.connect(spec)
        let hello = first.handshake
        let descriptor = StageDescriptor(
            name: hello.name, version: hello.version,
            summary: hello.summary.isEmpty ? "process stage: \(argv.joined(separator: " "))" : hello.summary,
            options: hello.options, reads: hello.reads, writes: hello.writes
        ) { _, _ in throw StageError("process stages are started by the pipeline builder") }
        let options: JSONObject
        do {
            options = try check(descriptor)
            try await first.configure(options, spec: spec)
        } catch {
            first.child.kill()
            throw error
        }
        spec.options = options
        let pool = WorkerPool(spec: spec, size: workers, first: first)
        let stage = ProcessStage(pool: pool, timeoutSeconds: timeoutSeconds)
        return LaunchedStage(name: name, stage: stage, reads: hello.reads, writes: hello.writes, descriptor: descriptor)
    }
}
