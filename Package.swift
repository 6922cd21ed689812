// swift-tools-version: 6.1
import PackageDescription

// Targets from the bottom up; each depends only on targets above it in this
// list, so the compiler holds the layers (docs/architecture.md).
let package = Package(
    name: "ctg-planner",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ctg-planner", targets: ["ctg-planner"]),
        .library(name: "MIP", targets: ["MIP"]),
        .library(name: "ICalendar", targets: ["ICalendar"]),
        // What the benchmark package (a package of its own) drives.
        .library(name: "CTGPlanning", targets: ["CTGCore", "CTGValidation", "CTGSolver"]),
        .library(name: "CTGGenerator", targets: ["CTGGenerator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // GLPK's C API, and the only C code with a body (the error-hook guard).
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"]), .brew(["glpk"])]
        ),
        .target(name: "CGLPKShim", dependencies: ["CGLPK"]),
        // A safe Swift MIP layer; no scheduling knowledge.
        .target(name: "MIP", dependencies: ["CGLPK", "CGLPKShim"]),
        // RFC 5545 reading and writing; no scheduling knowledge.
        .target(name: "ICalendar"),
        // An instance and its schedule: calendar, loading and diagnostics,
        // expansion into meetings and candidates, the schedule file, texts.
        .target(
            name: "CTGCore",
            dependencies: ["ICalendar", .product(name: "Yams", package: "Yams")]
        ),
        // The independent validator: it sees the instance and the schedule, never the model.
        .target(name: "CTGValidation", dependencies: ["CTGCore"]),
        // The MIP model, the solve (whole or decomposed) and re-planning.
        .target(name: "CTGSolver", dependencies: ["CTGCore", "CTGValidation", "MIP"]),
        // Why no schedule exists: minimal conflicts and repairs.
        .target(name: "CTGExplain", dependencies: ["CTGCore", "CTGSolver", "MIP"]),
        // What people read: calendars, feeds, invitations, summaries, HTML and CSV reports.
        .target(name: "CTGOutput", dependencies: ["CTGCore", "CTGValidation", "CTGSolver", "ICalendar"]),
        // Seeded instances for tests and benchmarks; not part of the tool.
        .target(name: "CTGGenerator", dependencies: ["CTGCore"]),
        // The command line: parse, call, print, exit code.
        .executableTarget(
            name: "ctg-planner",
            dependencies: [
                "CTGCore", "CTGValidation", "CTGSolver", "CTGExplain", "CTGOutput",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MIPTests", dependencies: ["MIP", "CGLPK", "CGLPKShim"]),
        .testTarget(name: "ICalendarTests", dependencies: ["ICalendar"], resources: [.copy("Fixtures")]),
        // Fixtures are golden files read from the source tree, so that UPDATE_GOLDEN=1 can rewrite them.
        .testTarget(
            name: "PlanningTests",
            dependencies: [
                "CTGCore", "CTGValidation", "CTGSolver", "CTGExplain", "CTGOutput", "CTGGenerator", "MIP", "ICalendar",
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "CLITests", dependencies: ["CTGCore", "CTGGenerator", "ctg-planner"]),
    ]
)
