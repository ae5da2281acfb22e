import ArgumentParser
import Foundation
import PipelineKit

/// `pipe run`: streams documents through a pipeline and writes JSONL.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline on documents and write annotated JSONL.",
        discussion: """
            Inputs are text files (one document each), folders (read recursively), JSONL files \
            (one {"id", "text", ...} per line) or '-' for JSONL on stdin. Output is one JSON object \
            per document, in input order (docs/output-format.md). Documents that fail become error \
            records on stderr; the exit status is 3 when any failed, 1 for a bad pipeline file.
            """
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Argument(help: "Input files, folders, JSONL files or '-'. Default: the pipeline's 'input:'.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output file ('-' for stdout). Default: the pipeline's 'output:', else stdout.")
    var output: String?

    @Option(name: .shortAndLong, help: "Documents processed at once. Default: the pipeline's 'jobs:', else the number of cores.")
    var jobs: Int?

    @Option(help: "Also write error records as JSON lines to this file.")
    var errors: String?

    @Flag(name: .shortAndLong, help: "No progress line and no summary on stderr.")
    var quiet = false

    @Flag(help: "Run the stages in separate 'pipe serve' processes (one per job), so that a stage that crashes the process costs only the document it held.")
    var isolate = false

    @Option(help: "With --isolate: seconds a document may take before its process is killed and restarted.")
    var isolateTimeout: Double = 600

    /// This executable, for starting `pipe serve` workers.
    static var executablePath: String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    func validate() throws {
        if isolateTimeout <= 0 { throw ValidationError("--isolate-timeout must be positive") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        var (config, pipeline) = try await ConfigLoading.load(self.pipeline)
        let jobs = jobs ?? config.jobs ?? ProcessInfoCores.count
        if isolate {
            await pipeline.shutdown()
            let configPath = URL(fileURLWithPath: self.pipeline).standardizedFileURL.path
            do {
                pipeline = try await Pipeline.isolated(
                    argv: [Self.executablePath, "serve", configPath], workers: jobs,
                    timeoutSeconds: isolateTimeout, name: "isolated")
            } catch {
                Terminal.error("cannot start isolated workers: \(error)")
                throw ExitCode(1)
            }
        }
        let paths: [String]
        do {
            paths = try ConfigLoading.inputs(inputs, config: config)
        } catch {
            await pipeline.shutdown()
            throw error
        }
        let sink: CLISink
        do {
            sink = try CLISink(output: output ?? config.output ?? "-", errors: errors, showProgress: !quiet && Terminal.stderrIsTerminal)
        } catch {
            await pipeline.shutdown()
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        var source = InputReader(paths: paths, settings: .init(maxDocumentBytes: config.maxDocumentBytes, invalidUTF8: config.invalidUTF8))
        let runner = Runner(pipeline: pipeline, jobs: jobs)
        let summary: RunProgress
        do {
            summary = try await runner.run(&source, into: sink)
            try sink.finish()
        } catch {
            await pipeline.shutdown()
            Terminal.error("\(error)")
            throw ExitCode(1)
        }
        await pipeline.shutdown()
        if !quiet { sink.printSummary(summary) }
        if summary.failed > 0 { throw ExitCode(3) }
    }
}
