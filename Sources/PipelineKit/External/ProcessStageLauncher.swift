/// Starts `command:` stages: launches the first process, reads its handshake, and returns a
/// stage whose reads and writes are the ones the process declared.
enum ProcessStageLauncher {
    static func launch(
        argv: [String], options: JSONObject, workers: Int, timeoutSeconds: Double,
        workingDirectory: String, name: String
    ) async throws -> LaunchedStage {
        let spec = ProcessStageSpec(
            argv: argv, options: options, timeoutSeconds: timeoutSeconds,
            workingDirectory: workingDirectory, name: name)
        let first = try await ProcessWorker.start(spec)
        let pool = WorkerPool(spec: spec, size: workers, first: first)
        let stage = ProcessStage(pool: pool, timeoutSeconds: timeoutSeconds)
        return LaunchedStage(name: name, stage: stage, reads: first.handshake.reads, writes: first.handshake.writes)
    }
}
