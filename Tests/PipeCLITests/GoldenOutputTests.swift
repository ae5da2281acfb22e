import Foundation
import Testing

/// End-to-end: the default pipeline on the bundled samples must produce exactly the checked-in output.
///
/// After an intended change of the stages' output, re-record with
/// `PIPE_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests`, review the diff of
/// `Tests/PipeCLITests/Fixtures/golden/news.jsonl`, and commit it. A recording run fails on purpose so that
/// it cannot pass unnoticed in CI.
@Suite("golden output", .enabled(if: PipeBinary.path != nil))
struct GoldenOutputTests {
    static let goldenPath = PipeBinary.root + "/Tests/PipeCLITests/Fixtures/golden/news.jsonl"

    @Test("pipelines/news.yaml on the bundled samples writes the checked-in golden output")
    func newsPipelineMatchesGolden() throws {
        let result = try PipeBinary.run(["run", "pipelines/news.yaml", "--quiet", "--jobs", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        if ProcessInfo.processInfo.environment["PIPE_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: (Self.goldenPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try result.stdout.write(toFile: Self.goldenPath, atomically: true, encoding: .utf8)
            Issue.record("recorded \(Self.goldenPath); review and commit it, then run the tests without PIPE_RECORD_GOLDEN")
            return
        }
        let golden = try String(contentsOfFile: Self.goldenPath, encoding: .utf8)
        let actualLines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let goldenLines = golden.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(actualLines.count == goldenLines.count)
        for (i, (actual, expected)) in zip(actualLines, goldenLines).enumerated() where actual != expected {
            Issue.record("line \(i + 1) differs from the golden file:\n  got:      \(actual.prefix(400))\n  expected: \(expected.prefix(400))")
        }
    }

    @Test("the golden output keeps every offset within its text and the original text recoverable")
    func goldenOffsetsAreConsistent() throws {
        let golden = try String(contentsOfFile: Self.goldenPath, encoding: .utf8)
        let records = outputRecords(golden)
        #expect(records.count == 3)
        for record in records {
            let text = try #require(record["text"] as? String)
            let length = text.unicodeScalars.count
            for layer in ["paragraphs", "sentences"] {
                for span in record[layer] as? [[String: Any]] ?? [] {
                    let start = span["start"] as! Int, end = span["end"] as! Int
                    #expect(0 <= start && start <= end && end <= length)
                }
            }
            // Rebuild the original from the cleaned text and the removals.
            var original = Array(text.unicodeScalars)
            for removal in record["removed"] as? [[String: Any]] ?? [] {
                let start = removal["start"] as! Int
                let removedText = Array((removal["text"] as! String).unicodeScalars)
                original.insert(contentsOf: removedText, at: start)
            }
            let id = try #require(record["id"] as? String)
            let source = try String(contentsOfFile: PipeBinary.root + "/samples/" + (id as NSString).lastPathComponent, encoding: .utf8)
            #expect(String(String.UnicodeScalarView(original)) == source, "\(id)")
        }
    }
}
