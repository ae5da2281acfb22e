/// A `command:` stage: documents go to one of `workers` child processes as JSON lines and come
/// back with new layers or text edits (`docs/stage-protocol.md`).
///
/// Faults are contained per document: a process that crashes, exits, hangs past the timeout or
/// writes something that is not a reply turns the document it held into an error record, and
/// a fresh process is started for the next document.
final class ProcessStage: Stage {
    private let pool: WorkerPool
    private let timeoutSeconds: Double

    init(pool: WorkerPool, timeoutSeconds: Double) {
        self.pool = pool
        self.timeoutSeconds = timeoutSeconds
    }

    func process(_ document: inout Document, context: StageContext) async throws {
        let worker = try await pool.acquire()
        let (healthy, error) = await worker.process(&document, timeout: timeoutSeconds)
        await pool.release(worker, healthy: healthy)
        if let error { throw error }
    }

    func shutdown() async {
        await pool.shutdown()
    }
}

/// Up to `size` processes of one stage; starts them on demand and replaces broken ones.
actor WorkerPool {
    private let spec: ProcessStageSpec
    private let size: Int
    private var idle: [ProcessWorker] = []
    private var free: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var closed = false

    init(spec: ProcessStageSpec, size: Int, first: ProcessWorker) {
        self.spec = spec
        self.size = size
        self.free = size
        self.idle = [first]
    }

    /// A worker for one document: an idle one, or a newly started one when none is idle.
    func acquire() async throws(StageError) -> ProcessWorker {
        while free == 0 {
            await withCheckedContinuation { waiters.append($0) }
        }
        guard !closed else { throw StageError("the stage was shut down") }
        free -= 1
        if let worker = idle.popLast() { return worker }
        do {
            return try await ProcessWorker.start(spec)
        } catch {
            returnSlot()
            throw StageError("could not restart the process: \(error.message)")
        }
    }

    /// Returns a worker after a document; a broken one is dropped (and killed).
    func release(_ worker: ProcessWorker, healthy: Bool) {
        if healthy && !closed {
            idle.append(worker)
        } else {
            worker.child.kill()
        }
        returnSlot()
    }

    /// Asks every idle process to finish, killing those that do not exit within 5 seconds.
    func shutdown() async {
        closed = true
        let workers = idle
        idle = []
        for worker in workers {
            await worker.child.finish(within: 5)
        }
    }

    private func returnSlot() {
        free += 1
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }
}
