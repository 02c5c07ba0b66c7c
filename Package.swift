// swift-tools-version:6.0
import PackageDescription

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
        // Debian's libtree-sitter-dev; scripts/bootstrap.sh installs it when missing.
        .systemLibrary(
            name: "CTreeSitter",
            pkgConfig: "tree-sitter",
            providers: [.apt(["libtree-sitter-dev"])]
        ),
        // The tree-sitter-python grammar; its sources are fetched by scripts/bootstrap.sh.
        .target(
            name: "TreeSitterPython",
            path: "Sources/TreeSitterPython",
            sources: ["src/parser.c", "src/scanner.c"],
            publicHeadersPath: "include",
            cSettings: [.headerSearchPath("src"), .unsafeFlags(["-O2", "-w"])]
        ),
        .target(name: "Syntax", dependencies: ["CTreeSitter", "TreeSitterPython"]),
        .target(name: "PythonModel", dependencies: ["Syntax"]),
        .target(name: "HeapSim", dependencies: ["PythonModel"]),
        .target(
            name: "Rules",
            dependencies: ["PythonModel", "HeapSim", "TOMLKit"],
            plugins: ["EmbedRuleData"]
        ),
        .target(name: "Engine", dependencies: ["Rules", "TOMLKit"]),
        .target(name: "Reporters", dependencies: ["Engine", "Rules"]), // Rules: only Catalog.swift, until the catalog moves
        .executableTarget(
            name: "heaplint",
            dependencies: ["Engine", "Reporters", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Embeds rules/<CODE>-<name>/{rule.toml,query.scm,README.md} into the binary at build time.
        .executableTarget(name: "RuleDataEmbedder"),
        .plugin(name: "EmbedRuleData", capability: .buildTool(), dependencies: ["RuleDataEmbedder"]),

        .target(name: "TestSupport", dependencies: ["Syntax", "PythonModel", "HeapSim", "Rules", "Engine"], path: "Tests/TestSupport"),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "TestSupport"]),
        .testTarget(name: "PythonModelTests", dependencies: ["PythonModel", "TestSupport"]),
        .testTarget(name: "HeapSimTests", dependencies: ["HeapSim", "PythonModel", "TestSupport"]),
        .testTarget(name: "RulesTests", dependencies: ["Rules", "TestSupport"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "TestSupport"]),
        .testTarget(name: "ReportersTests", dependencies: ["Reporters", "Engine", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)
