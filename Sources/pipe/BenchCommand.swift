import ArgumentParser
import Foundation
import PipelineKit

/// `pipe bench`: measures a pipeline's speed per stage and end to end.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure a pipeline: each stage on one core, the whole run, and a byte-scan baseline.",
        discussion: """
            All figures come from one process run, so compare their ratios rather than absolute \
            numbers on a busy machine. Build with -c release for meaningful numbers:
              swift run -c release pipe bench pipelines/segment.yaml corpus.jsonl
            """
    )

    @Argument(help: "The pipeline file (YAML).")
    var pipeline: String

    @Argument(help: "Inputs as for 'pipe run'. Default: the pipeline's 'input:'.")
    var inputs: [String] = []

    @Option(name: .customLong("repeat"), help: "Repetitions; the best time is reported.")
    var repeat_: Int = 3

    @Option(name: .shortAndLong, help: "Jobs for the end-to-end run.")
    var jobs: Int = 1

    @Option(help: "Repeat the input documents this many times to make the corpus larger.")
    var scale: Int = 1

    @Option(help: "Join this many input documents into one (texts separated by a blank line), to see how the stages scale with document length; the end-to-end run is then skipped.")
    var join: Int = 1

    @Flag(name: .customLong("run-together"), help: "Turn every line break into a space (as when a scraper loses them); the end-to-end run is then skipped.")
    var runTogether = false

    @Option(help: "Another pipeline file to run end to end on the same input in the same process, e.g. the pipeline without a process stage, to measure that stage's overhead.")
    var compare: String?

    func run() async throws {
        let (config, pipeline) = try await ConfigLoading.load(self.pipeline)
        defer { Task { await pipeline.shutdown() } }
        let paths = try ConfigLoading.inputs(inputs, config: config)
        let settings = InputReader.Settings(maxDocumentBytes: config.maxDocumentBytes, invalidUTF8: config.invalidUTF8)
        var source = InputReader(paths: paths, settings: settings)
        var documents: [Document] = []
        while let item = source.next() {
            if case .success(let document) = item.content { documents.append(document) }
        }
        let base = documents
        for _ in 1..<max(1, scale) { documents += base }
        let reshaped = join > 1 || runTogether
        if reshaped { documents = BenchCorpus.reshaped(documents, joining: max(1, join), runTogether: runTogether) }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        print(String(format: "corpus: %d documents, %.2f MB of text", documents.count, Double(bytes) / 1_048_576))

        let benchmark = PipelineBenchmark(pipeline: pipeline, repetitions: repeat_)
        var rows = try await benchmark.measureStages(documents)
        let scaledPaths = Array(repeating: paths, count: max(1, scale)).flatMap { $0 }
        if reshaped {
            print("(--join / --run-together: stages only; the end-to-end run reads the files as they are)")
        } else {
            let (runRow, _) = try await benchmark.measureRun(paths: scaledPaths, settings: settings, jobs: jobs)
            rows.append(runRow)
        }
        if let compare, !reshaped {
            let (_, other) = try await ConfigLoading.load(compare)
            let (row, _) = try await PipelineBenchmark(pipeline: other, repetitions: repeat_)
                .measureRun(paths: scaledPaths, settings: settings, jobs: jobs)
            await other.shutdown()
            rows.append(PipelineBenchmark.Measurement(name: "compare: \(compare)", seconds: row.seconds,
                megabytesPerSecond: row.megabytesPerSecond, documentsPerSecond: row.documentsPerSecond,
                megabytesPerCPUSecond: row.megabytesPerCPUSecond))
        }
        let baseline = rows[0].megabytesPerSecond
        let cpuBaseline = rows[0].megabytesPerCPUSecond
        print("measurement".padding(toLength: 48, withPad: " ", startingAt: 0) + "     MB/s       docs/s   vs scan   CPU MB/s  CPU vs scan")
        for row in rows {
            let name = row.name.padding(toLength: 48, withPad: " ", startingAt: 0)
            var line = name + String(format: "%9.1f %12.0f %8.3f", row.megabytesPerSecond, row.documentsPerSecond, row.megabytesPerSecond / baseline)
            if let cpu = row.megabytesPerCPUSecond, let cpuBaseline {
                line += String(format: " %10.1f %12.3f", cpu, cpu / cpuBaseline)
            }
            print(line)
        }
        print("CPU columns: MB per CPU second of the pipe process (steadier on a busy machine; process stages' own CPU is not included).")
        print(String(format: "peak memory: %.0f MB", PipelineBenchmark.peakMemoryMegabytes))
    }
}
