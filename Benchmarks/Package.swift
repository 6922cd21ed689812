// swift-tools-version: 6.1
import PackageDescription

// A nested package, so that the main build and CI never compile the benchmark
// harness: `swift run -c release --package-path Benchmarks ctg-bench`.
let package = Package(
    name: "ctg-planner-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ctg-planner", path: ".."),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .executableTarget(
            name: "ctg-bench",
            dependencies: [
                .product(name: "CTGPlanning", package: "ctg-planner"),
                .product(name: "CTGGenerator", package: "ctg-planner"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        )
    ]
)
