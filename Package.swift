// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ctg-planner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ctg-planner", targets: ["ctg-planner"]),
        .library(name: "CTGPlanning", targets: ["CTGPlanning"]),
        .library(name: "MIP", targets: ["MIP"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // Layer 1: GLPK's C API, and the only C code with a body (the error-hook guard).
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),
        .target(name: "CGLPKShim", dependencies: ["CGLPK"]),
        // Layer 2: a safe Swift MIP layer; no scheduling knowledge.
        .target(name: "MIP", dependencies: ["CGLPK", "CGLPKShim"]),
        // Layer 3: RFC 5545 reading and writing; no scheduling knowledge.
        .target(name: "ICalendar"),
        // Layer 4: the planning library.
        .target(
            name: "CTGPlanning",
            dependencies: ["MIP", "ICalendar", .product(name: "Yams", package: "Yams")]
        ),
        // Layer 5: the command line.
        .executableTarget(
            name: "ctg-planner",
            dependencies: ["CTGPlanning", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "MIPTests", dependencies: ["MIP", "CGLPK", "CGLPKShim"]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar"], resources: [.copy("Fixtures")]),
        // Fixtures are golden files read from the source tree, so that UPDATE_GOLDEN=1 can rewrite them.
        .testTarget(name: "CTGPlanningTests", dependencies: ["CTGPlanning", "MIP", "ICalendar"], exclude: ["Fixtures"]),
        .testTarget(name: "CLITests", dependencies: ["CTGPlanning", "ctg-planner"]),
    ]
)
