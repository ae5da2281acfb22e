// swift-tools-version: 6.0
// An example of a stage kept in its own package and loaded by `pipe` at run time.
// Build: Examples/build-plugins.sh   Use: pipe run pipelines/examples/library-stage.yaml
import PackageDescription

let package = Package(
    name: "LibraryStage",
    products: [
        // A dynamic library: `pipe` loads libSentenceLengthStage.so named by `library:` in YAML.
        .library(name: "SentenceLengthStage", type: .dynamic, targets: ["SentenceLengthStage"]),
    ],
    dependencies: [
        // A researcher's own package would name pipe's repository and the exact version of the
        // `pipe` binary that will load the library; this example uses the checkout it lives in.
        .package(name: "pipe", path: "../.."),
    ],
    targets: [
        .target(name: "SentenceLengthStage", dependencies: [.product(name: "PipelineKit", package: "pipe")]),
    ]
)
