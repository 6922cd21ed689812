// swift-tools-version: 5.4
// 5.4, not the main package's 6.1: from 5.5 on, SwiftPM renames an
// executable's entry point to `<target>_main` and links it as `main`, which
// a fuzz target does not have; libFuzzer's runtime brings `main`.
import PackageDescription

// A nested package, so that the main build and CI never link the fuzz
// targets: each defines `LLVMFuzzerTestOneInput` and needs libFuzzer's
// runtime, which only `-sanitize=fuzzer` brings. Build and run them with
// `scripts/fuzz.sh SECONDS [TARGET]`.
let package = Package(
    name: "ctg-planner-fuzz",
    dependencies: [
        .package(name: "ctg-planner", path: "..")
    ],
    targets: [
        // The instance reader and the expansion (FuzzEntry.instance).
        .executableTarget(
            name: "fuzz-instance",
            dependencies: [.product(name: "CTGPlanning", package: "ctg-planner")]
        ),
        // The schedule reader of replan and validate (FuzzEntry.schedule).
        .executableTarget(
            name: "fuzz-schedule",
            dependencies: [.product(name: "CTGPlanning", package: "ctg-planner")]
        ),
        // The ICS parser and the recurrence expansion of busy calendars.
        .executableTarget(
            name: "fuzz-ics",
            dependencies: [.product(name: "ICalendar", package: "ctg-planner")]
        ),
    ]
)
