import ArgumentParser
import PipelineKit

/// `pipe stages`: lists the built-in stages or shows one stage's options; with `--pipeline`, the
/// stages of a pipeline file, including shared-library and process stages.
struct StagesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List the built-in stages, or show one stage's options.",
        discussion: """
            pipe stages                                   # built-in stages, one line each
            pipe stages speaker-attribution               # its options: name, type, default, meaning
            pipe stages --pipeline my.yaml                # the stages of a pipeline, custom ones included
            pipe stages --pipeline my.yaml keywords       # one of them in detail
            """
    )

    @Argument(help: "A stage name to describe.")
    var name: String?

    @Option(help: "A pipeline file whose stages (built-in, library and command) to list; starts its process stages to ask them.")
    var pipeline: String?

    func run() async throws {
        var descriptors = ConfigLoading.registry.descriptors
        var names = descriptors.map(\.name)
        if let pipeline {
            let (_, built) = try await ConfigLoading.load(pipeline)
            await built.shutdown()
            let known = built.stages.compactMap { stage in stage.descriptor.map { (stage.name, $0) } }
            descriptors = known.map(\.1)
            names = known.map(\.0)
        }
        guard let name else {
            let width = names.map(\.count).max() ?? 0
            for (n, d) in zip(names, descriptors) {
                print(n.padding(toLength: width + 2, withPad: " ", startingAt: 0) + d.summary)
            }
            return
        }
        guard let index = names.firstIndex(of: name) ?? descriptors.firstIndex(where: { $0.name == name }) else {
            let hint = NameSuggester.suggest(name, among: names).map { "; did you mean '\($0)'?" } ?? ""
            Terminal.error("unknown stage '\(name)'\(hint)")
            throw ExitCode(1)
        }
        print(StageDescription.render(descriptors[index]))
    }
}
