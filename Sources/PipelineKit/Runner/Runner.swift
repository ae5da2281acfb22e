/// Streams documents from a source through a pipeline into a sink.
///
/// Documents are processed concurrently, at most ``jobs`` at a time, and handed to the sink in
/// input order. At most ``window`` documents are held at once (processing plus waiting behind a
/// slow earlier one), so memory depends on the window and document size, not on the corpus.
public struct Runner: Sendable {
    /// The pipeline to run.
    public let pipeline: Pipeline
    /// How many documents are processed at the same time.
    public let jobs: Int
    /// How many documents may be held at once; at least ``jobs``.
    public let window: Int

    /// Creates a runner; the window defaults to four documents per job.
    public init(pipeline: Pipeline, jobs: Int, window: Int? = nil) {
        self.pipeline = pipeline
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 4)
    }

    /// Runs every document of `source` and returns the final counts.
    /// - Throws: only what the sink throws when writing (for example a full disk).
    public func run<Source: DocumentSource>(_ source: inout Source, into sink: some RunSink) async throws -> RunProgress {
        if jobs == 1 { return try await runInline(&source, into: sink) }
        let clock = ContinuousClock()
        let started = clock.now
        var lastProgress = started
        var progress = RunProgress()
        var ready: [Int: Result<Document, ErrorRecord>] = [:]
        var nextIndex = 0
        var nextToWrite = 0
        var running = 0
        var exhausted = false
        let pipeline = self.pipeline

        try await withThrowingTaskGroup(of: (Int, Result<Document, ErrorRecord>).self) { group in
            while true {
                // Start documents while there is room in both the job count and the window.
                while !exhausted, running < jobs, nextIndex - nextToWrite < window {
                    guard let item = source.next() else { exhausted = true; break }
                    let index = nextIndex
                    nextIndex += 1
                    Self.admit(item, progress: &progress, sink: sink)
                    switch item.content {
                    case .failure(let record):
                        ready[index] = .failure(record)
                    case .success(let document):
                        running += 1
                        let origin = item.origin
                        group.addTask { (index, await pipeline.process(document, index: index, origin: origin)) }
                    }
                    progress.maxInFlight = max(progress.maxInFlight, nextIndex - nextToWrite)
                }
                // Hand over everything that is ready, in order.
                while let result = ready.removeValue(forKey: nextToWrite) {
                    try Self.deliver(result, to: sink, progress: &progress)
                    nextToWrite += 1
                }
                if running == 0 {
                    if exhausted && ready.isEmpty { break }
                    if !exhausted { continue }
                }
                guard let (index, result) = try await group.next() else { break }
                running -= 1
                ready[index] = result
                Self.tick(clock: clock, started: started, last: &lastProgress, progress: &progress, sink: sink)
            }
        }
        progress.seconds = Self.seconds(clock.now - started)
        sink.progress(progress)
        return progress
    }

    /// One job: each document is processed on the calling task, with no task switches.
    private func runInline<Source: DocumentSource>(_ source: inout Source, into sink: some RunSink) async throws -> RunProgress {
        let clock = ContinuousClock()
        let started = clock.now
        var lastProgress = started
        var progress = RunProgress()
        var index = 0
        while let item = source.next() {
            Self.admit(item, progress: &progress, sink: sink)
            progress.maxInFlight = 1
            let result: Result<Document, ErrorRecord>
            switch item.content {
            case .failure(let record): result = .failure(record)
            case .success(let document): result = await pipeline.process(document, index: index, origin: item.origin)
            }
            index += 1
            try Self.deliver(result, to: sink, progress: &progress)
            Self.tick(clock: clock, started: started, last: &lastProgress, progress: &progress, sink: sink)
        }
        progress.seconds = Self.seconds(clock.now - started)
        sink.progress(progress)
        return progress
    }

    /// Counts an item taken from the source and passes its input warnings to the sink.
    private static func admit(_ item: InputItem, progress: inout RunProgress, sink: some RunSink) {
        progress.documents += 1
        progress.bytes += item.byteCount
        for warning in item.warnings { sink.warning(warning, origin: item.origin) }
    }

    /// Hands one finished document (or its error record) to the sink and counts it.
    private static func deliver(_ result: Result<Document, ErrorRecord>, to sink: some RunSink, progress: inout RunProgress) throws {
        switch result {
        case .success(let document):
            try sink.document(document)
            progress.written += 1
        case .failure(let record):
            sink.error(record)
            progress.failed += 1
        }
    }

    /// Reports progress at most every 200 ms.
    private static func tick(clock: ContinuousClock, started: ContinuousClock.Instant, last: inout ContinuousClock.Instant,
                             progress: inout RunProgress, sink: some RunSink) {
        let now = clock.now
        guard now - last > .milliseconds(200) else { return }
        last = now
        progress.seconds = seconds(now - started)
        sink.progress(progress)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
