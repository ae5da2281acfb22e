import ArgumentParser
import PipelineKit

/// `pipe validate`: checks pipeline files without reading any document.
struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipeline files: YAML, stage names, options, and that each stage's inputs are produced.",
        discussion: "Command stages are started to read their handshake. Exit status 1 when any file has problems."
    )

    @Argument(help: "Pipeline files to check.")
    var files: [String]

    func run() async throws {
        var failed = false
        for file in files {
            do {
                let (config, pipeline) = try await ConfigLoading.build(file)
                await pipeline.shutdown()
                let names = config.stages.map(\.name).joined(separator: " -> ")
                print("\(file): ok (\(config.stages.count) stage\(config.stages.count == 1 ? "" : "s"): \(names))")
            } catch {
                failed = true
                Terminal.line("\(error)")
            }
        }
        if failed { throw ExitCode(1) }
    }
}
