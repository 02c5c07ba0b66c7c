import Foundation
import Testing

/// Runs the built `heaplint` binary: `HEAPLINT_BIN`, else `.build/debug/heaplint` under the package root.
struct Heaplint {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static var binary: URL {
        get throws {
            let path = ProcessInfo.processInfo.environment["HEAPLINT_BIN"]
                ?? packageRoot.appendingPathComponent(".build/debug/heaplint").path
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw MissingBinary(path: path)
            }
            return URL(fileURLWithPath: path)
        }
    }

    struct MissingBinary: Error, CustomStringConvertible {
        var path: String
        var description: String { "heaplint binary not found at \(path): run `swift build` first or set HEAPLINT_BIN" }
    }

    /// Runs in `directory` with `arguments`; `stdin` is fed to the process (empty when nil).
    /// Output goes through files, so a chatty process cannot block on a full pipe.
    /// `unsetting`: variables removed from the inherited environment (NO_COLOR is set unless removed here).
    static func run(_ arguments: [String], in directory: URL, stdin: String? = nil,
                    environment: [String: String] = [:], unsetting: [String] = []) throws -> Output {
        let process = Process()
        process.executableURL = try binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (k, v) in environment { env[k] = v }
        for k in unsetting { env.removeValue(forKey: k) }
        process.environment = env
        let io = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: io, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: io) }
        let outURL = io.appendingPathComponent("out"), errURL = io.appendingPathComponent("err"), inURL = io.appendingPathComponent("in")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: inURL.path, contents: Data((stdin ?? "").utf8))
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let input = try FileHandle(forReadingFrom: inURL)
        defer { try? out.close(); try? err.close(); try? input.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        process.waitUntilExit()
        return Output(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A fresh temporary directory, removed by `cleanup()`.
struct TempDir {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    func write(_ name: String, _ text: String) throws {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }
    func cleanup() { try? FileManager.default.removeItem(at: url) }
    func read(_ name: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(name)), as: UTF8.self)
    }
    func bytes(_ name: String) throws -> [UInt8] { Array(try Data(contentsOf: url.appendingPathComponent(name))) }
}
