import ArgumentParser
import Foundation

/// `pipe new-stage NAME`: scaffolds a built-in Swift stage module, registers it, and adds a test.
struct NewStageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new-stage",
        abstract: "Create a new Swift stage module under Plugins/ with its registration, a test and a README snippet.",
        discussion: """
            Run in the package root (or pass --package-path). For NAME 'word-count' it creates
              Plugins/WordCount/WordCountStage.swift        the stage
              Tests/WordCountTests/WordCountStageTests.swift a test
              Tests/WordCountTests/Fixtures/sample.txt      a fixture
              Plugins/WordCount/README-snippet.md           a README section to fill in
            and registers the module in Package.swift (stageModules) and
            Sources/PipeBuiltins/BuiltinStages.swift. Then: swift build && swift test --filter WordCountTests
            """
    )

    @Argument(help: "The stage name as pipeline files will use it: lowercase words joined by '-', e.g. word-count.")
    var name: String

    @Option(help: "The root of the pipe package.")
    var packagePath: String = "."

    func validate() throws {
        guard StageScaffold.isValidName(name) else {
            throw ValidationError("'\(name)' is not a valid stage name: use lowercase letters, digits and '-', starting with a letter (e.g. word-count)")
        }
    }

    func run() throws {
        let scaffold = StageScaffold(stageName: name, root: packagePath)
        let created = try scaffold.write()
        for path in created { print("created \(path)") }
        print("registered \(scaffold.moduleName) in Package.swift and Sources/PipeBuiltins/BuiltinStages.swift")
        print("next: swift build && swift test --filter \(scaffold.moduleName)Tests && swift run pipe stages \(name)")
    }
}
