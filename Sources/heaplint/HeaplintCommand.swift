import ArgumentParser
import Foundation
import Reporters

struct HeaplintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "heaplint",
        abstract: "Find memory-leak-prone patterns in Python and confirm each with a CPython heap simulation.",
        discussion: """
            `heaplint [PATHS…]` runs `check`; see `heaplint check --help` for its options.
            Output formats (--output-format): \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).
            Exit codes: 0 nothing reported, 1 findings reported, 2 usage, configuration or I/O error.
            """,
        version: HeaplintVersion.display,
        subcommands: [CheckCommand.self, RulesCommand.self, ExplainCommand.self, VersionCommand.self],
        defaultSubcommand: CheckCommand.self
    )
}

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the heaplint version.")
    func run() throws { print(HeaplintVersion.display) }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

func writeStdout(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

enum ColorChoice: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    /// auto: the output goes to stdout, stdout is a terminal and NO_COLOR is unset (https://no-color.org).
    func resolve(toStdout: Bool = true) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
            return toStdout && !noColor && isatty(STDOUT_FILENO) == 1
        }
    }
}
