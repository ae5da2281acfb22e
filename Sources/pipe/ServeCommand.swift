import ArgumentParser
import Foundation
import PipelineKit

/// `pipe serve PIPELINE`: runs a whole pipeline as a process stage on stdin/stdout.
///
/// `pipe run --isolate` starts these; it is rarely run by hand.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve a pipeline over the process stage protocol (used by 'pipe run --isolate').",
        discussion: "Reads protocol messages on stdin and answers on stdout (docs/stage-protocol.md)."
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    func run() async throws {
        let (_, built) = try await ConfigLoading.load(pipeline)
        var stages = built.stages
        // A test aid: crash on purpose on the document with this id, to show what isolation contains.
        if let id = ProcessInfo.processInfo.environment["PIPE_SERVE_CRASH_ON"] {
            stages.insert(Pipeline.NamedStage(name: "crash-test", stage: CrashOnID(id: id)), at: 0)
        }
        await PipelineServer(pipeline: Pipeline(stages: stages)).serve()
    }
}

/// Traps the process on one document id (see `PIPE_SERVE_CRASH_ON`).
private struct CrashOnID: Stage {
    let id: String

    func process(_ document: inout Document, context: StageContext) async throws {
        if document.id == id { fatalError("crash requested by PIPE_SERVE_CRASH_ON for document '\(id)'") }
    }
}
