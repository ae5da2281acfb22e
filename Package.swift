// swift-tools-version: 6.0
import PackageDescription

/// The built-in stages: one library each under `Plugins/`, each depending only on PipelineKit.
let stageModules = ["Segmentation", "SpeakerAttribution", "StanceDetection", "AppealStripping"]

let package = Package(
    name: "pipe",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "pipe", targets: ["pipe"]),
        .library(name: "PipelineKit", targets: ["PipelineKit"]),
        .library(name: "PipelineKitTesting", targets: ["PipelineKitTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(
            name: "PipelineKit",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "PipelineKitTesting", dependencies: ["PipelineKit"]),
        .target(
            name: "PipeBuiltins",
            dependencies: ["PipelineKit"] + stageModules.map { .target(name: $0) }
        ),
        .executableTarget(
            name: "pipe",
            dependencies: [
                "PipelineKit", "PipeBuiltins", "StanceDetection", "AppealStripping",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PipelineKitTests", dependencies: ["PipelineKit", "PipelineKitTesting"]),
        .testTarget(
            name: "PipeCLITests", dependencies: ["PipelineKit", "PipeBuiltins", "PipelineKitTesting"],
            exclude: ["Fixtures"]
        ),
    ]
        + stageModules.map {
            .target(
                name: $0, dependencies: ["PipelineKit"], path: "Plugins/\($0)",
                // The stance stage and the appeal stripper ship their default models as resources.
                resources: ["StanceDetection", "AppealStripping"].contains($0) ? [.copy("Resources")] : []
            )
        }
        + stageModules.map {
            .testTarget(
                name: "\($0)Tests", dependencies: [.target(name: $0), "PipelineKit", "PipelineKitTesting"],
                resources: [.copy("Fixtures")]
            )
        }
)

for target in package.targets where target.type != .plugin {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
