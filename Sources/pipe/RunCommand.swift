import ArgumentParser
import PipelineKit

/// `pipe run`: streams documents through a pipeline and writes JSONL.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline on documents and write annotated JSONL.",
        discussion: """
            Inputs are text files (one document each), folders (read recursively), JSONL files
            (one {"id", "text", ...} per line) or '-' for JSONL on stdin. Output is one JSON object
            per document, in input order (docs/output-format.md). Documents that fail become error
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

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let (config, pipeline) = try await ConfigLoading.load(self.pipeline)
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
        let runner = Runner(pipeline: pipeline, jobs: jobs ?? config.jobs ?? ProcessInfoCores.count)
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
