import Foundation
import Testing
@testable import PipelineKit

@Suite("Line reader")
struct LineReaderTests {
    /// Reads all lines of `text` through a reader with a tiny chunk size.
    func lines(_ text: String, chunkSize: Int, maxLineBytes: Int = 1 << 20) throws -> [String] {
        let path = NSTemporaryDirectory() + "lines-\(UUID().uuidString).txt"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        var reader = LineReader(fd: open(path, O_RDONLY), closeWhenDone: true, maxLineBytes: maxLineBytes, chunkSize: chunkSize)
        var result: [String] = []
        while let line = reader.next() {
            switch line {
            case .bytes(let bytes): result.append(String(decoding: bytes, as: UTF8.self))
            case .tooLong(let n): result.append("<too long: \(n)>")
            }
        }
        return result
    }

    @Test("lines that cross chunk boundaries come out whole, in order", arguments: [1, 2, 3, 7, 16, 1024])
    func linesAcrossChunks(chunkSize: Int) throws {
        let expected = (0..<60).map { i in String(repeating: "ab", count: i % 13) + "#\(i)" }
        #expect(try lines(expected.joined(separator: "\n") + "\n", chunkSize: chunkSize) == expected)
    }

    @Test("CRLF endings are stripped and a last line without a newline is kept")
    func crlfAndLastLine() throws {
        #expect(try lines("one\r\ntwo\r\nthree", chunkSize: 4) == ["one", "two", "three"])
    }

    @Test("a line over the limit is skipped and reported with its size; the next line is read")
    func tooLongLineSkipped() throws {
        let text = "short\n" + String(repeating: "x", count: 50) + "\nafter\n"
        #expect(try lines(text, chunkSize: 8, maxLineBytes: 20) == ["short", "<too long: 50>", "after"])
    }
}
