import Foundation
import PackagePlugin

/// Turns every file under `rules/` into a Swift source file of string literals, so the
/// heaplint binary carries its rule metadata and docs with no source tree beside it.
@main
struct EmbedRuleData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rulesDir = context.package.directoryURL.appending(path: "rules")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: rulesDir, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker {
                let name = url.lastPathComponent
                if name == "rule.toml" || name == "query.scm" || name == "README.md" {
                    inputs.append(url)
                }
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRuleData.swift")
        return [
            .buildCommand(
                displayName: "Embedding rule data from rules/",
                executable: try context.tool(named: "RuleDataEmbedder").url,
                arguments: [rulesDir.path, output.path] + inputs.map(\.path),
                inputFiles: inputs + [rulesDir],
                outputFiles: [output]
            )
        ]
    }
}
