#if canImport(Glibc)
import Glibc
#endif

/// Measures a pipeline on a corpus held in memory: each stage alone on one core, the whole run
/// (read, process, write JSONL) on a given number of jobs, and a byte-scan baseline, all in one
/// process so their ratios are comparable on a noisy machine.
public struct PipelineBenchmark: Sendable {
    /// One measured line of the report.
    public struct Measurement: Sendable {
        /// What was measured.
        public let name: String
        /// Best wall time over the repetitions, in seconds.
        public let seconds: Double
        /// Text megabytes per second (MiB of UTF-8).
        public let megabytesPerSecond: Double
        /// Documents per second.
        public let documentsPerSecond: Double
        /// Text megabytes per CPU second of this process (user + system), in the repetition with
        /// the best wall time; steadier than wall time on a busy machine. It leaves out the CPU
        /// time of child processes (process stages).
        public let megabytesPerCPUSecond: Double?

        /// Creates a measurement line.
        public init(name: String, seconds: Double, megabytesPerSecond: Double, documentsPerSecond: Double, megabytesPerCPUSecond: Double? = nil) {
            self.name = name
            self.seconds = seconds
            self.megabytesPerSecond = megabytesPerSecond
            self.documentsPerSecond = documentsPerSecond
            self.megabytesPerCPUSecond = megabytesPerCPUSecond
        }
    }

    /// The pipeline to measure.
    public let pipeline: Pipeline
    /// Repetitions; the best is kept.
    public let repetitions: Int

    /// Creates a benchmark.
    public init(pipeline: Pipeline, repetitions: Int = 3) {
        self.pipeline = pipeline
        self.repetitions = max(1, repetitions)
    }

    /// Measures the byte scan and each stage on one core, in order, on `documents`.
    public func measureStages(_ documents: [Document]) async throws -> [Measurement] {
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        var results: [Measurement] = []
        var scanTotal = 0
        let (scanSeconds, scanCPU) = time {
            for document in documents {
                var text = document.text
                scanTotal &+= text.withUTF8 { ByteScan.countCandidateEnds($0) }
            }
        }
        blackHole(scanTotal)
        results.append(measurement("byte scan (baseline)", scanSeconds, bytes, documents.count, cpu: scanCPU))

        var current = documents
        for named in pipeline.stages {
            var best = Double.infinity
            var bestCPU = 0.0
            var output: [Document] = []
            for _ in 0..<repetitions {
                var batch = current
                let clock = ContinuousClock()
                let start = clock.now
                let cpuStart = Self.cpuSeconds
                for i in batch.indices {
                    try await named.stage.process(&batch[i], context: StageContext(stageName: named.name, documentIndex: i))
                }
                let wall = Runner.seconds(clock.now - start)
                if wall < best { best = wall; bestCPU = Self.cpuSeconds - cpuStart }
                output = batch
            }
            results.append(measurement("stage \(named.name)", best, bytes, documents.count, cpu: bestCPU))
            current = output
        }
        return results
    }

    /// Measures a whole run from `paths` with `jobs` jobs, serialising JSONL into memory.
    public func measureRun(paths: [String], settings: InputReader.Settings, jobs: Int) async throws -> (Measurement, RunProgress) {
        var best: (Double, Double, RunProgress)?
        for _ in 0..<repetitions {
            var source = InputReader(paths: paths, settings: settings)
            let sink = CountingSink()
            let cpuStart = Self.cpuSeconds
            let progress = try await Runner(pipeline: pipeline, jobs: jobs).run(&source, into: sink)
            let cpu = Self.cpuSeconds - cpuStart
            if best == nil || progress.seconds < best!.0 { best = (progress.seconds, cpu, progress) }
        }
        let (seconds, cpu, progress) = best!
        return (measurement("pipe run, \(jobs) job\(jobs == 1 ? "" : "s"), input to JSONL", seconds, progress.bytes, progress.documents, cpu: cpu), progress)
    }

    /// Best wall time over the repetitions, and the CPU time of that repetition.
    private func time(_ body: () -> Void) -> (Double, Double) {
        var best = Double.infinity
        var bestCPU = 0.0
        for _ in 0..<repetitions {
            let clock = ContinuousClock()
            let start = clock.now
            let cpuStart = Self.cpuSeconds
            body()
            let wall = Runner.seconds(clock.now - start)
            if wall < best { best = wall; bestCPU = Self.cpuSeconds - cpuStart }
        }
        return (best, bestCPU)
    }

    private func measurement(_ name: String, _ seconds: Double, _ bytes: Int, _ documents: Int, cpu: Double) -> Measurement {
        let s = max(seconds, 1e-9)
        let megabytes = Double(bytes) / 1_048_576
        return Measurement(name: name, seconds: seconds, megabytesPerSecond: megabytes / s,
                           documentsPerSecond: Double(documents) / s,
                           megabytesPerCPUSecond: cpu > 0 ? megabytes / cpu : nil)
    }

    /// User plus system CPU seconds used by this process so far.
    public static var cpuSeconds: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    }

    /// Peak resident memory of this process in megabytes.
    public static var peakMemoryMegabytes: Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

/// Serialises documents to JSONL in memory and counts the bytes, as `pipe run` would write them.
final class CountingSink: RunSink {
    private(set) var outputBytes = 0
    private var writer = JSONWriter(capacity: 1 << 20)

    func document(_ document: Document) throws {
        document.writeJSON(to: &writer)
        outputBytes += writer.bytes.count + 1
        writer.bytes.removeAll(keepingCapacity: true)
    }

    func error(_ record: ErrorRecord) {}
}

@inline(never)
func blackHole<T>(_ value: T) {}
