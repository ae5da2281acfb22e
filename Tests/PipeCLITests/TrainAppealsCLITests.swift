import Foundation
import Testing

@Suite("pipe train appeals", .enabled(if: PipeBinary.path != nil))
struct TrainAppealsCLITests {
    @Test("pipe train appeals writes a line model a pipeline can name, from files matched by a pattern")
    func trainsAModelAPipelineCanUse() throws {
        let folder = "/tmp/pipe-train-appeals-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let article = "The council met on Tuesday.\\nThe mayor said the bridge will reopen in May.\\n"
        let appeal = "Support our newsroom today.\\nDonate now and become a member.\\n"
        let record = #"{"id": "a", "kind": "appeal", "text": "\#(article)\#(appeal)", "gold": [{"start": 74, "end": 134}]}"#
        let negative = #"{"id": "n", "kind": "negative", "text": "\#(article)"}"#
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
}
