import Foundation
import Syntax
@testable import PythonModel

func lower(_ source: String, name: String = "m") -> Module {
    lowerBytes(Array(source.utf8), name: name)
}

func lowerBytes(_ bytes: [UInt8], name: String = "m") -> Module {
    do {
        let tree = try Parser().parse(SourceText(bytes: bytes))
        return Lowering.lower(tree, moduleName: name)
    } catch {
        fatalError("parser failed: \(error)")
    }
}

/// The scope at `path` of names from the module scope (`["f", "g"]`), matching by scope name.
func scope(_ m: Module, _ path: String...) -> Scope? {
    var s: Scope? = m.scope
    for name in path {
        s = s?.children.first { $0.name == name }
    }
    return s
}

func binding(_ m: Module, _ name: String, in path: String...) -> Binding? {
    var s: Scope? = m.scope
    for p in path { s = s?.children.first { $0.name == p } }
    return s?.symbols[name]?.binding
}

/// Our symbol tables in the format of `Fixtures/symtable_dump.py`.
func symtableLines(_ m: Module) -> [String] {
    var out: [String] = []
    var stack: [Scope] = [m.scope]
    while let s = stack.popLast() {
        let kind: String
        var name = s.name
        switch s.kind {
        case .module: kind = "module"; name = "top"
        case .classBody: kind = "class"
        case .function: kind = "function"
        case .lambda: kind = "function"; name = "lambda"
        case .comprehension: kind = "function"; name = String(s.name.dropFirst().dropLast())
        }
        let line = s.kind == .module ? 0 : m.source.location(of: s.range.lowerBound).row
        out.append("S \(kind) \(name) \(line): \(s.symbolSummary)")
        stack.append(contentsOf: s.children)
    }
    for f in m.functions { out.append("Q \(f.qualifiedName)") }
    for c in m.classes { out.append("Q \(c.qualifiedName)") }
    return out.sorted()
}

let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

func findPython() -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let p = String(dir) + "/python3"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}

/// Runs python3 and returns (exit status, stdout).
func runPython(_ python: String, _ args: [String]) -> (Int32, String) {
    let proc = Process()
    proc.executableURL = URL(fileURLWithPath: python)
    proc.arguments = args
    let out = Pipe()
    proc.standardOutput = out
    proc.standardError = FileHandle.nullDevice
    do { try proc.run() } catch { return (-1, "") }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    proc.waitUntilExit()
    return (proc.terminationStatus, String(decoding: data, as: UTF8.self))
}
