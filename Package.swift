// swift-tools-version:6.0
import PackageDescription

// `make fuzz` sets HEAPLINT_FUZZ=1: the fuzz target and everything it links get libFuzzer's coverage
// instrumentation, and the target links libFuzzer (with lld: ld.gold crashes on it here).
let fuzzing = Context.environment["HEAPLINT_FUZZ"] != nil
let fuzzSwift: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer"])] : []

// Test code is compiled unoptimised even in the release-mode test build (`make test`): the modules
// it tests stay optimised, and optimising the test targets' own code only lengthens the build.
let testSwift: [SwiftSetting] = [.unsafeFlags(["-Onone"])]

let package = Package(
    name: "heaplint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "heaplint", targets: ["heaplint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // Debian's libtree-sitter-dev (headers in /usr/include); scripts/bootstrap.sh installs it
        // when missing. Neither the module map nor pkg-config names the library (pkg-config would
        // add -ltree-sitter, the shared one): Syntax links it, statically on Linux (see below).
        .systemLibrary(name: "CTreeSitter"),
        // glibc's mallopt (Engine sets the trim threshold once per process, see Allocator.swift).
        .systemLibrary(name: "CMalloc"),
        // The tree-sitter-python grammar; its sources are fetched by scripts/bootstrap.sh.
        .target(
            name: "TreeSitterPython",
            path: "Sources/TreeSitterPython",
            sources: ["src/parser.c", "src/scanner.c"],
            publicHeadersPath: "include",
            cSettings: [.headerSearchPath("src"), .unsafeFlags(["-O2", "-w"] + (fuzzing ? ["-fsanitize=fuzzer-no-link"] : []))]
        ),
        // On Linux the tree-sitter runtime is linked from Debian's libtree-sitter.a (`-l:` makes the
        // linker take that archive, not libtree-sitter.so), so a release binary built with
        // --static-swift-stdlib needs only glibc, libstdc++ and libgcc: it can ship in a wheel.
        .target(
            name: "Syntax",
            dependencies: ["CTreeSitter", "TreeSitterPython"],
            swiftSettings: fuzzSwift,
            linkerSettings: [
                .linkedLibrary(":libtree-sitter.a", .when(platforms: [.linux])),
                .linkedLibrary("tree-sitter", .when(platforms: [.macOS])),
            ]
        ),
        .target(name: "PythonModel", dependencies: ["Syntax"], swiftSettings: fuzzSwift),
        // The project model: the modules of the linted tree and of the library they import (found,
        // parsed and lowered on demand) and how imports resolve among them.
        .target(name: "Project", dependencies: ["PythonModel", "Syntax"], swiftSettings: fuzzSwift),
        // The interpreter's inner loop touches its class's state at every step: release builds skip
        // the dynamic exclusivity checks there (debug builds and the tests keep them).
        .target(name: "HeapSim", dependencies: ["PythonModel", "Project"],
                swiftSettings: fuzzSwift + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        .target(
            name: "Rules",
            dependencies: ["PythonModel", "Project", "HeapSim", "TOMLKit"],
            swiftSettings: fuzzSwift,
            plugins: ["EmbedRuleData"]
        ),
        .target(name: "Engine", dependencies: ["Rules", "Project", "TOMLKit", "CMalloc"], swiftSettings: fuzzSwift),
        .target(name: "Reporters", dependencies: ["Engine"]),
        .executableTarget(
            name: "heaplint",
            dependencies: ["Engine", "Reporters", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // libFuzzer target over the per-file pipeline and --fix (`make fuzz`); in an ordinary build it
        // is a replayer: `heaplint-fuzz FILE…` runs the same checks on each file.
        .executableTarget(
            name: "heaplint-fuzz",
            dependencies: ["Engine", "Project", "Syntax"],
            path: "Sources/HeaplintFuzz",
            swiftSettings: fuzzSwift + (fuzzing ? [.define("FUZZING")] : []),
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer", "-use-ld=lld"])] : []
        ),

        // Embeds rules/<CODE>-<name>/{rule.toml,query.scm,README.md} into the binary at build time.
        .executableTarget(name: "RuleDataEmbedder"),
        .plugin(name: "EmbedRuleData", capability: .buildTool(), dependencies: ["RuleDataEmbedder"]),

        .target(name: "TestSupport", dependencies: ["Syntax", "PythonModel", "Project", "HeapSim", "Rules", "Engine"], path: "Tests/TestSupport"),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "TestSupport"], swiftSettings: testSwift),
        .testTarget(name: "PythonModelTests", dependencies: ["PythonModel", "TestSupport"], swiftSettings: testSwift),
        .testTarget(name: "HeapSimTests", dependencies: ["HeapSim", "PythonModel", "Project", "TestSupport"], swiftSettings: testSwift),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "Project", "TestSupport"], swiftSettings: testSwift),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "TestSupport"], swiftSettings: testSwift),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "Engine", "TestSupport"], swiftSettings: testSwift),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"], swiftSettings: testSwift),
    ],
    swiftLanguageModes: [.v5]
)
