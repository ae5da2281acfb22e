import Foundation
import Testing

@Suite("pipe new-stage", .enabled(if: PipeBinary.path != nil))
struct NewStageTests {
    /// A scratch copy of the two files new-stage edits.
    func scratchPackage() throws -> String {
        let dir = NSTemporaryDirectory() + "pipe-new-stage-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: dir + "/Sources/PipeBuiltins", withIntermediateDirectories: true)
        try manager.copyItem(atPath: PipeBinary.root + "/Package.swift", toPath: dir + "/Package.swift")
        try manager.copyItem(atPath: PipeBinary.root + "/Sources/PipeBuiltins/BuiltinStages.swift",
                             toPath: dir + "/Sources/PipeBuiltins/BuiltinStages.swift")
        return dir
    }

    @Test("new-stage writes a module, a test and a fixture, and registers the module")
    func scaffoldsAndRegisters() throws {
        let dir = try scratchPackage()
        let result = try PipeBinary.run(["new-stage", "word-count", "--package-path", dir])
        #expect(result.status == 0, "\(result.stderr)")
        for path in ["Plugins/WordCount/WordCountStage.swift", "Tests/WordCountTests/WordCountStageTests.swift",
                     "Tests/WordCountTests/Fixtures/sample.txt", "Plugins/WordCount/README-snippet.md"] {
            #expect(FileManager.default.fileExists(atPath: dir + "/" + path), "\(path)")
        }
        let package = try String(contentsOfFile: dir + "/Package.swift", encoding: .utf8)
        #expect(package.contains("\"AppealStripping\", \"WordCount\"]"))
        let builtins = try String(contentsOfFile: dir + "/Sources/PipeBuiltins/BuiltinStages.swift", encoding: .utf8)
        #expect(builtins.contains("import WordCount\n"))
        #expect(builtins.contains("WordCountStage.descriptor,\n    ]"))

        let again = try PipeBinary.run(["new-stage", "word-count", "--package-path", dir])
        #expect(again.status != 0)
        #expect(again.stderr.contains("Plugins/WordCount/WordCountStage.swift already exists"))
    }

    @Test("the scaffolded stage compiles against PipelineKit")
    func scaffoldTypeChecks() throws {
        let dir = try scratchPackage()
        #expect(try PipeBinary.run(["new-stage", "tone-check", "--package-path", dir]).status == 0)
        let build = URL(fileURLWithPath: try #require(PipeBinary.path)).deletingLastPathComponent().path
        let yamsMap = PipeBinary.root + "/.build/checkouts/Yams/Sources/CYaml/include"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc", "-typecheck", "-I", build + "/Modules",
                             "-Xcc", "-fmodule-map-file=\(yamsMap)/module.modulemap", "-Xcc", "-I\(yamsMap)",
                             dir + "/Plugins/ToneCheck/ToneCheckStage.swift"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }

    @Test("a name that is not lowercase words joined by dashes is refused")
    func badNameRefused() throws {
        let result = try PipeBinary.run(["new-stage", "WordCount", "--package-path", try scratchPackage()])
        #expect(result.status != 0)
        #expect(result.stderr.contains("'WordCount' is not a valid stage name"))
    }
}
