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
            Exit codes: 0 nothing reported, 1 findings reported (with --fail-on confirmed: confirmed ones), \
            2 usage, configuration or I/O error.
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

    /// `always` / `never` win over the environment (as ruff's `--color`). `auto` decides as ruff
    /// does (the `colored` crate plus ruff's FORCE_COLOR), highest first:
    /// 1. the report goes to a file (`--output-file`): no color;
    /// 2. `FORCE_COLOR` set and not empty: color;
    /// 3. `CLICOLOR_FORCE` set and not `0`: color (even with NO_COLOR set);
    /// 4. `NO_COLOR` set (to any value): no color;
    /// 5. `CLICOLOR=0`: no color;
    /// 6. otherwise: color when stdout is a terminal.
    func resolve(toStdout: Bool = true, environment: [String: String] = ProcessInfo.processInfo.environment,
                 stdoutIsTerminal: @autoclosure () -> Bool = isatty(STDOUT_FILENO) == 1) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            guard toStdout else { return false }
            if let force = environment["FORCE_COLOR"], !force.isEmpty { return true }
            if let force = environment["CLICOLOR_FORCE"], force != "0" { return true }
            if environment["NO_COLOR"] != nil { return false }
            if environment["CLICOLOR"] == "0" { return false }
            return stdoutIsTerminal()
        }
    }
}
