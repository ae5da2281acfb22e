import Foundation
import Testing

@Suite("pipe train appeals", .enabled(if: PipeBinary.path != nil))
struct TrainAppealsCLITests {
    /// An appeal record (two article lines, then a two-line gold appeal) and a hard negative (the article lines), as JSONL lines.
    static let records: (appeal: String, negative: String) = {
        let article = "The council met on Tuesday.\\nThe mayor said the bridge will reopen in May.\\n"
        let appeal = "Support our newsroom today.\\nDonate now and become a member.\\n"
        return (#"{"id": "a", "kind": "appeal", "text": "\#(article)\#(appeal)", "gold": [{"start": 74, "end": 134}]}"#,
                #"{"id": "n", "kind": "negative", "text": "\#(article)"}"#)
    }()

    /// A new empty folder under /tmp.
    static func temporaryFolder() throws -> String {
        let folder = "/tmp/pipe-train-appeals-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("pipe train appeals writes a line model a pipeline can name, from files matched by a pattern")
    func trainsAModelAPipelineCanUse() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (record, negative) = Self.records
        try (record + "\n" + negative + "\n").write(toFile: folder + "/set-1.jsonl", atomically: true, encoding: .utf8)
        try (negative + "\n").write(toFile: folder + "/set-2.jsonl", atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["train", "appeals", "--data", folder + "/set-*.jsonl", "--hash-bits", "12", "-o", folder + "/model.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("trained on 3 documents from 2 files: 8 units, 2 appeal units"))
        try "pipeline:\n  - stage: appeal-stripper\n    options:\n      line-model: model.json\n"
            .write(toFile: folder + "/p.yaml", atomically: true, encoding: .utf8)
        let validated = try PipeBinary.run(["validate", folder + "/p.yaml"])
        #expect(validated.status == 0, "\(validated.stderr)")
    }

    @Test("a malformed training record is reported with its file and line")
    func malformedRecordNamesFileAndLine() throws {
        let file = "/tmp/pipe-train-appeals-\(UUID().uuidString).jsonl"
        try #"{"id": "a", "text": "fine"}"# .appending("\n{\"id\": \"b\"}\n").write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let result = try PipeBinary.run(["train", "appeals", "--data", file, "-o", "/tmp/unused-\(UUID().uuidString).json"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(file):2: a record needs a string \"text\""))
    }

    @Test("with --test the new scorer is checked on held-out documents and every unit's probabilities are written")
    func checksHeldOutDocuments() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (record, negative) = Self.records
        try (Array(repeating: record + "\n" + negative, count: 10).joined(separator: "\n") + "\n")
            .write(toFile: folder + "/train.jsonl", atomically: true, encoding: .utf8)
        try (record + "\n").write(toFile: folder + "/test.jsonl", atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["train", "appeals", "--data", folder + "/train.jsonl", "--hash-bits", "12",
                                         "-o", folder + "/model.json", "--test", folder + "/test.jsonl",
                                         "--predictions", folder + "/pred.jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("test: 1 documents, units at p >= 0.5: precision 1.000, recall 1.000, F1 1.000; 0 article units"))
        let predictions = try String(contentsOfFile: folder + "/pred.jsonl", encoding: .utf8)
        #expect(predictions.hasPrefix(#"{"id":"a","units":[{"start":0,"end":27,"probability":"#))
        #expect(predictions.components(separatedBy: #""gold":true"#).count == 3)
        #expect(predictions.components(separatedBy: #""gold":false"#).count == 3)
    }

    @Test("an unreadable --test file is reported, and no model is written")
    func unreadableTestFileIsReported() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try (Self.records.appeal + "\n").write(toFile: folder + "/train.jsonl", atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["train", "appeals", "--data", folder + "/train.jsonl", "--hash-bits", "12",
                                         "-o", folder + "/model.json", "--test", folder + "/missing.jsonl"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot read '\(folder)/missing.jsonl'"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/model.json"))
    }

    @Test("--predictions without --test is refused")
    func predictionsNeedTest() throws {
        let result = try PipeBinary.run(["train", "appeals", "--data", "x.jsonl", "-o", "/tmp/unused.json", "--predictions", "p.jsonl"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--predictions needs --test"))
    }
}
