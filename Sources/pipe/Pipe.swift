import ArgumentParser
import PipelineKit

/// The `pipe` command: runs news-analysis pipelines described in YAML.
@main
struct Pipe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse news text with pipelines described in YAML.",
        discussion: """
            A pipeline file names stages in order (appeal-stripper, segmenter, speaker-attribution, stance, or your own). Start with: pipe run pipelines/news.yaml
            """,
        version: PipeVersion.current,
        subcommands: [
            RunCommand.self, ValidateCommand.self, StagesCommand.self, BenchCommand.self,
            TrainCommand.self, AppealLinesCommand.self, NewStageCommand.self, ServeCommand.self,
        ]
    )
}

/// pipe's own version, also the PipelineKit version that shared-library stages are checked against.
enum PipeVersion {
    static let current = PipelineKitVersion.current
}
