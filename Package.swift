// swift-tools-version: 6.1
import PackageDescription

/// Layering: bytes → cmark → MarkdownSyntax → JournalModel → JournalLint / JournalAnalysis → steady.
/// ThinkingTraps (the detectors) and JournalFiles (disk access) sit beside the model so that the
/// linter, the summary and the evaluation tool share one detector and one way of reading files.
let package = Package(
    name: "Steady",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "steady", targets: ["steady"]),
        .library(name: "MarkdownSyntax", targets: ["MarkdownSyntax"]),
        .library(name: "JournalModel", targets: ["JournalModel"]),
        .library(name: "ThinkingTraps", targets: ["ThinkingTraps"]),
        .library(name: "JournalLint", targets: ["JournalLint"]),
        .library(name: "JournalAnalysis", targets: ["JournalAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            path: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "MarkdownSyntax", dependencies: ["CCmark"]),
        .target(name: "JournalModel", dependencies: ["MarkdownSyntax"]),
        .target(
            name: "ThinkingTraps",
            resources: [.embedInCode("Resources/lexicon.tsv")]
        ),
        .target(name: "JournalFiles"),
        .target(
            name: "JournalLint",
            dependencies: ["JournalModel", "MarkdownSyntax", "ThinkingTraps", "JournalFiles", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "JournalAnalysis", dependencies: ["JournalModel", "JournalLint", "ThinkingTraps"]),
        .executableTarget(
            name: "steady",
            dependencies: [
                "MarkdownSyntax", "JournalModel", "JournalFiles", "JournalLint", "JournalAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // mimalloc (Debian's libmimalloc-dev) replaces glibc's malloc in the CLI: a lint run
            // builds and frees a tree per file, thousands of small allocations each, and glibc's
            // allocator gave pages back to the system and took them again file after file.
            // Linking it made `lint` ~7% faster on the benchmark corpus (docs/benchmarks.md).
            linkerSettings: [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]
        ),
        .executableTarget(
            name: "evaluate-detector",
            dependencies: ["JournalLint", "JournalModel", "ThinkingTraps"]
        ),
        .testTarget(name: "MarkdownSyntaxTests", dependencies: ["MarkdownSyntax"], resources: [.copy("Goldens")]),
        .testTarget(name: "JournalModelTests", dependencies: ["JournalModel", "MarkdownSyntax"]),
        .testTarget(name: "ThinkingTrapsTests", dependencies: ["ThinkingTraps"], resources: [.copy("Fixtures")]),
        .testTarget(name: "JournalFilesTests", dependencies: ["JournalFiles"]),
        .testTarget(name: "JournalLintTests", dependencies: ["JournalLint", "JournalModel", "MarkdownSyntax", "ThinkingTraps"]),
        .testTarget(name: "JournalAnalysisTests", dependencies: ["JournalAnalysis", "JournalModel", "JournalLint"]),
        .testTarget(name: "SteadyCLITests", dependencies: ["steady"], resources: [.copy("Fixtures")]),
    ],
    swiftLanguageModes: [.v6]
)
