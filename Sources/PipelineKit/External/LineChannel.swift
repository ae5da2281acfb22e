import Foundation

/// What waiting for the next line from a child process produced.
enum LineEvent: Sendable, Equatable {
    /// One line, without its newline.
    case line([UInt8])
    /// The child closed its output (it exited or crashed).
    case closed
    /// No line arrived within the timeout.
    case timedOut
}

/// Lines read from a child's stdout on a reader thread, handed to one async waiter at a time.
///
/// The reader thread calls ``push(_:)`` and ``finish()``; the stage awaits ``next(timeout:)``.
/// A waiter is resumed exactly once: by a line, by the end of output, or by its timer.
final class LineChannel: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [[UInt8]] = []
    private var head = 0
    private var finished = false
    private var waiter: CheckedContinuation<LineEvent, Never>?
    private var waiterToken = 0
    private var timer: Task<Void, Never>?

    /// Delivers a line to the waiter or queues it.
    func push(_ line: [UInt8]) {
        lock.lock()
        if let waiter = takeWaiter() {
            lock.unlock()
            waiter.resume(returning: .line(line))
            return
        }
        lines.append(line)
        lock.unlock()
    }

    /// Marks the end of output; a current or later waiter gets `.closed` once the queue is empty.
    func finish() {
        lock.lock()
        finished = true
        let waiter = takeWaiter()
        lock.unlock()
        waiter?.resume(returning: .closed)
    }

    /// The next line, `.closed` after the end of output, or `.timedOut` after `timeout` seconds.
    func next(timeout: Double) async -> LineEvent {
        await withCheckedContinuation { (continuation: CheckedContinuation<LineEvent, Never>) in
            lock.lock()
            if head < lines.count {
                let line = lines[head]
                head += 1
                if head > 64, head * 2 > lines.count { lines.removeFirst(head); head = 0 }
                lock.unlock()
                continuation.resume(returning: .line(line))
                return
            }
            if finished {
                lock.unlock()
                continuation.resume(returning: .closed)
                return
            }
            waiterToken += 1
            let token = waiterToken
            waiter = continuation
            timer = Task { [weak self] in
                try? await Task.sleep(nanoseconds: UInt64(max(timeout, 0.001) * 1_000_000_000))
                guard !Task.isCancelled else { return }
                self?.expire(token)
            }
            lock.unlock()
        }
    }

    private func expire(_ token: Int) {
        lock.lock()
        guard token == waiterToken, let waiter = takeWaiter() else { lock.unlock(); return }
        lock.unlock()
        waiter.resume(returning: .timedOut)
    }

    /// Removes the waiter and its timer; call with the lock held.
    private func takeWaiter() -> CheckedContinuation<LineEvent, Never>? {
        guard let waiter else { return nil }
        self.waiter = nil
        timer?.cancel()
        timer = nil
        return waiter
    }
}
