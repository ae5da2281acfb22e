import Foundation
import Testing

@Suite("shared-library stages", .enabled(if: PipeBinary.path != nil))
struct LibraryStageTests {
    /// The example plugin, built once per test run.
    static let examplePlugin: (status: Int32, output: String) = (try? buildExamplePlugin()) ?? (-1, "could not start Examples/build-plugins.sh")

    /// Builds the example plugin package with the script the README documents.
    static func buildExamplePlugin() throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PipeBinary.root + "/Examples/build-plugins.sh")
        process.arguments = ["debug"]
        process.currentDirectoryURL = URL(fileURLWithPath: PipeBinary.root)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test("the example plugin builds, loads into pipe without rebuilding pipe, and adds its layer")
    func examplePluginRunsThroughPipe() throws {
        let build = Self.examplePlugin
        try #require(build.status == 0, "\(build.output)")
        let input = #"{"id": "a", "text": "The council met. It approved the new budget for the harbour district after a long debate."}"#
        let result = try PipeBinary.run(["run", "pipelines/examples/library-stage.yaml", "-", "--quiet"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try #require(outputRecords(result.stdout).first)
        let lengths = try #require(record["sentence_lengths"] as? [[String: Any]])
        #expect(lengths.compactMap { $0["words"] as? Int } == [3, 13])
        #expect(lengths.compactMap { $0["long"] as? Bool } == [false, false])

        let stages = try PipeBinary.run(["validate", "pipelines/examples/library-stage.yaml"])
        #expect(stages.status == 0, "\(stages.stderr)")
    }

    @Test("a library option of the wrong type is reported at its line and column")
    func libraryOptionValidated() throws {
        let build = Self.examplePlugin
        try #require(build.status == 0, "\(build.output)")
        let file = PipeBinary.root + "/pipelines/examples/.bad-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try """
            pipeline:
              - stage: segmenter
              - library: ../../Examples/lib/libSentenceLengthStage.so
                options:
                  max-words: many
            """.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try PipeBinary.run(["validate", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file):5:18: error: stage 'sentence-length':"), "\(result.stderr)")
    }
}
