import Engine
import Foundation
import Project
import Syntax

/// One input through the whole per-file pipeline (decoding, parsing, lowering, every rule, the heap
/// simulation, suppressions) and through `--fix --unsafe-fixes`, as `heaplint check --stdin-filename`
/// runs it. Oracles (each a crash the fuzzer reports):
/// - no crash and no hang (libFuzzer's `-timeout` and `-rss_limit_mb` bound each input);
/// - a fix never introduces a syntax error: where tree-sitter finds no ERROR / MISSING node in the
///   input, it finds none in the fixed text, and the engine's own guard against that never fires;
/// - fixing is stable: a second `--fix` over the fixed text changes nothing;
/// - the import tokenizer of the project index (`ImportScan`) does not crash or hang on it.
enum FuzzTarget {
    /// An empty directory: no configuration file is found, nothing is written.
    static let directory: String = {
        let path = NSTemporaryDirectory() + "heaplint-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()
    static let parser = try! Parser()

    static func fix(_ bytes: [UInt8]) -> LintResult {
        let options = LintOptions(paths: [], stdinFilename: "fuzz.py", stdinSource: bytes, isolated: true,
                                  useCache: false, workingDirectory: directory, jobs: 1, fixMode: .apply, unsafeFixes: true)
        do { return try Linter.run(options) } catch { fatalError("the run failed: \(error)") }
    }

    /// Whether tree-sitter finds a syntax error (NUL read as a space, as the pipeline does); nil when
    /// the bytes are not UTF-8 (the pipeline transcodes those and never fixes them).
    static func hasSyntaxError(_ bytes: [UInt8]) -> Bool? {
        var text = bytes
        if text.starts(with: [0xEF, 0xBB, 0xBF]) { text.removeFirst(3) }
        guard String(bytes: text, encoding: .utf8) != nil else { return nil }
        guard let tree = try? parser.parse(SourceText(bytes: text.map { $0 == 0 ? 0x20 : $0 })) else { return nil }
        return tree.root.hasError
    }

    static func check(_ bytes: [UInt8]) {
        // The project model's import index reads every file of a tree with this tokenizer (a
        // file named on stdin is never indexed, so it is driven here directly).
        _ = ImportScan.importedModuleNames(bytes, moduleName: "pkg.fuzz", isPackage: false)
        let result = fix(bytes)
        for d in result.diagnostics where d.message.contains("a fix would make the file fail to parse") {
            fatalError("oracle: a fix broke the syntax (caught by the engine's guard): \(d.message)")
        }
        guard let fixed = result.fixedStdin, fixed != bytes else { return }
        if hasSyntaxError(bytes) == false, hasSyntaxError(fixed) != false {
            fatalError("oracle: the fixed text has a syntax error:\n\(String(decoding: fixed, as: UTF8.self))")
        }
        let again = fix(fixed)
        if let twice = again.fixedStdin, twice != fixed {
            fatalError("oracle: a second --fix changed the text again:\n\(String(decoding: fixed, as: UTF8.self))")
        }
    }
}

/// libFuzzer's entry for one input.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size > 0 else { return 0 }
    FuzzTarget.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

#if FUZZING
/// libFuzzer's driver (`libclang_rt.fuzzer`). SwiftPM links an executable's entry point under its own
/// name, so `main` here hands over to the driver instead of libFuzzer's own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt
#endif

@main struct FuzzMain {
    static func main() {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, { data, size in fuzzOne(data, size) }))
        #else
        // Without libFuzzer: replay inputs (a crash file libFuzzer saved, a corpus file).
        var files = Array(CommandLine.arguments.dropFirst())
        if files.first == "--sexp", files.count == 2 {
            // The syntax tree of a file as the pipeline's parser reads it.
            let bytes = [UInt8](FileManager.default.contents(atPath: files[1]) ?? Data())
            print((try? Parser().parse(SourceText(bytes: bytes.map { $0 == 0 ? 0x20 : $0 })).root.sexp) ?? "parse failed")
            exit(0)
        }
        if files.first == "--parser-pair", files.count == 3 {
            let a = [UInt8](FileManager.default.contents(atPath: files[1])!), b = [UInt8](FileManager.default.contents(atPath: files[2])!)
            let shared = try! Parser()
            _ = try? shared.parse(SourceText(bytes: a.map { $0 == 0 ? 0x20 : $0 }))
            let x = try? shared.parse(SourceText(bytes: b.map { $0 == 0 ? 0x20 : $0 })).root.sexp
            let y = try? Parser().parse(SourceText(bytes: b.map { $0 == 0 ? 0x20 : $0 })).root.sexp
            if x != y { print("after:\n\(x ?? "nil")\nfresh:\n\(y ?? "nil")"); exit(1) }
            exit(0)
        }
        if files.first == "--parser-stress" {
            // One long-lived parser against a fresh one per input, several rounds: a parser must
            // carry nothing from one parse to the next.
            files.removeFirst()
            let inputs = files.compactMap { FileManager.default.contents(atPath: $0).map { ($0, [UInt8]($0)) } }
            let shared = try! Parser()
            var differ = 0
            for round in 0..<5 {
                for (k, (_, bytes)) in inputs.enumerated() {
                    let text = bytes.map { $0 == 0 ? 0x20 : $0 }
                    guard String(bytes: text, encoding: .utf8) != nil else { continue }
                    let a = try? shared.parse(SourceText(bytes: text)).root.sexp
                    let b = try? Parser().parse(SourceText(bytes: text)).root.sexp
                    if a != b {
                        differ += 1
                        print("round \(round): \(files[k]) parses differently with a long-lived parser")
                    }
                }
            }
            print("parser-stress: \(inputs.count) inputs x 5 rounds, \(differ) differences")
            exit(differ == 0 ? 0 : 1)
        }
        if files.isEmpty {
            FileHandle.standardError.write(Data("usage: heaplint-fuzz FILE...  (`make fuzz` builds the fuzzer)\n".utf8))
            exit(2)
        }
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
                exit(2)
            }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { fuzzOne($0.baseAddress, $0.count) }
            print("ok \(path)")
        }
        #endif
    }
}
