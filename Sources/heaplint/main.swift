import ArgumentParser
import Engine
import Foundation

// Parses with parseAsRoot() so usage errors exit 2 (heaplint's contract) rather than
// argument-parser's 64; --help and --version still exit 0. Help requests come back either
// as a thrown error or as a help command whose run() throws, so both places map the same way.
func exitForParserError(_ error: Error) -> Never {
    let message = HeaplintCommand.fullMessage(for: error)
    if HeaplintCommand.exitCode(for: error) == .success {
        if !message.isEmpty { print(message) }
        exit(0)
    }
    printError(message.hasPrefix("Error: ") ? "error: " + message.dropFirst(7) : "error: " + message)
    exit(2)
}

let command: ParsableCommand
do {
    command = try HeaplintCommand.parseAsRoot()
} catch {
    exitForParserError(error)
}

do {
    var runnable = command
    try runnable.run()
} catch let code as ExitCode {
    exit(code.rawValue)
} catch let error as ConfigurationError {
    printError(error.message.hasPrefix("error:") ? error.message : "error: " + error.message)
    exit(2)
} catch {
    exitForParserError(error)
}
exit(0)
