/// Starts `command:` stages. Placeholder until the process-stage protocol lands.
enum ProcessStageLauncher {
    static func launch(
        argv: [String], options: JSONObject, workers: Int, timeoutSeconds: Double,
        workingDirectory: String, name: String
    ) async throws -> LaunchedStage {
        throw StageError("command stages are not available yet")
    }
}
