import ArgumentParser
import Foundation
import Reporters

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List every rule: code, name, family, default severity, summary, peers.")

    enum Format: String, CaseIterable, ExpressibleByArgument { case text, json }

    @Option(help: "Output format.")
    var format: Format = .text

    func run() throws {
        writeStdout(format == .json ? Catalog.json() : Catalog.text())
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain", abstract: "Show a rule's documentation (by code, e.g. HL101, or by name).")

    @Argument(help: "The rule code or name.")
    var code: String

    @Option(help: "Use ANSI colors: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        guard let entry = Catalog.entry(code) else {
            let known = Catalog.entries.map(\.code).joined(separator: ", ")
            printError("error: unknown rule code `\(code)`; known codes: \(known)")
            throw ExitCode(2)
        }
        writeStdout(Catalog.explain(entry, color: color.resolve()))
    }
}
