import ArgumentParser

@main
struct Pipe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run news-analysis pipelines.")
}
