#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure to write output.
public struct OutputError: Error, Sendable, CustomStringConvertible {
    /// What went wrong, naming the file.
    public let message: String
    public var description: String { message }
}

/// Writes documents as JSON lines to a file or standard output, buffered.
public final class JSONLWriter {
    private let fd: Int32
    private let path: String
    private let ownsDescriptor: Bool
    private var writer = JSONWriter(capacity: 1 << 20)

    /// Opens `path` for writing (truncating it), or standard output for `-`.
    /// - Throws: ``OutputError`` when the file cannot be created.
    public init(path: String) throws(OutputError) {
        self.path = path
        if path == "-" {
            fd = 1
            ownsDescriptor = false
        } else {
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard fd >= 0 else {
                throw OutputError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            ownsDescriptor = true
        }
    }

    /// Appends one document line.
    public func write(_ document: Document) throws(OutputError) {
        document.writeJSON(to: &writer)
        writer.bytes.append(0x0A)
        if writer.bytes.count >= 1 << 20 { try flush() }
    }

    /// Appends one JSON value as a line.
    public func write(_ value: JSONValue) throws(OutputError) {
        writer.value(value)
        writer.bytes.append(0x0A)
        if writer.bytes.count >= 1 << 20 { try flush() }
    }

    /// Writes buffered bytes out.
    public func flush() throws(OutputError) {
        var offset = 0
        let count = writer.bytes.count
        while offset < count {
            let n = writer.bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + offset, count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw OutputError(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
            offset += n
        }
        writer.bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes and closes the file.
    public func close() throws(OutputError) {
        try flush()
        if ownsDescriptor { _ = Glibc.close(fd) }
    }
}
