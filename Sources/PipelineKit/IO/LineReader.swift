#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in fixed-size chunks, so a 10 GB JSONL file streams.
///
/// A line longer than `maxLineBytes` is skipped without being held in memory and reported as
/// ``Line/tooLong(_:)``.
struct LineReader {
    enum Line {
        case bytes([UInt8])
        case tooLong(Int)
    }

    private let fd: Int32
    private let closeWhenDone: Bool
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    private(set) var lineNumber = 0

    init(fd: Int32, closeWhenDone: Bool, maxLineBytes: Int, chunkSize: Int = 1 << 20) {
        self.fd = fd
        self.closeWhenDone = closeWhenDone
        self.maxLineBytes = maxLineBytes
        self.buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    /// Refills the buffer; returns false at end of input.
    private mutating func fill() -> Bool {
        if atEOF { return false }
        if start > 0 {
            let count = end - start
            if count > 0 {
                buffer.withUnsafeMutableBufferPointer { b in
                    _ = memmove(b.baseAddress!, b.baseAddress! + start, count)
                }
            }
            start = 0
            end = count
        }
        if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        let n = buffer.withUnsafeMutableBufferPointer { b in
            read(fd, b.baseAddress! + end, b.count - end)
        }
        if n <= 0 {
            atEOF = true
            if closeWhenDone { close(fd) }
            return false
        }
        end += n
        return true
    }

    /// The next line without its line break, or nil at end of input.
    mutating func next() -> Line? {
        var scanFrom = start
        while true {
            if let newline = buffer[scanFrom..<end].firstIndex(of: 0x0A) {
                lineNumber += 1
                var lineEnd = newline
                if lineEnd > start && buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = Array(buffer[start..<lineEnd])
                start = newline + 1
                return .bytes(line)
            }
            if end - start > maxLineBytes {
                return skipLongLine()
            }
            // Bytes already searched, relative to the line start (fill moves the line to the front).
            let searched = end - start
            if !fill() {
                guard start < end else { return nil }
                lineNumber += 1
                let line = Array(buffer[start..<end])
                start = end
                return .bytes(line)
            }
            scanFrom = start + searched
        }
    }

    private mutating func skipLongLine() -> Line {
        var skipped = 0
        lineNumber += 1
        while true {
            if let newline = buffer[start..<end].firstIndex(of: 0x0A) {
                skipped += newline - start
                start = newline + 1
                return .tooLong(skipped)
            }
            skipped += end - start
            start = end
            if !fill() { return .tooLong(skipped) }
        }
    }
}
