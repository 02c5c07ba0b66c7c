import Foundation
import Testing
import Syntax
@testable import PythonModel

/// Runs `body` on a thread with the stack size heaplint's workers get.
private func onWorkerStack(_ body: @escaping () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let t = Thread { body(); done.signal() }
    t.stackSize = 64 << 20
    t.start()
    done.wait()
}

@Suite struct RobustnessTests {
    @Test func syntaxErrorsAreReportedAndTheRestIsLowered() {
        let m = lower("x = (1 + )\ndef ok():\n    return 1\nfoo(\n")
        #expect(!m.syntaxErrors.isEmpty)
        #expect(m.functions.map(\.name) == ["ok"])
        #expect(m.syntaxErrors.allSatisfy { !$0.message.isEmpty })
        let missingColon = lower("def f()\n    return 1\n")
        #expect(!missingColon.syntaxErrors.isEmpty)
        #expect(missingColon.syntaxErrors.contains { $0.message.contains("`") })
        let stray = lower("x = 1\n)\ny = 2\n")
        #expect(stray.syntaxErrors.contains { $0.message == "unexpected `)`" }, "\(stray.syntaxErrors)")
        #expect(stray.scope.symbols["y"] != nil)
    }

    @Test func helpfulMessages() {
        #expect(lower("if x\n    pass\n").syntaxErrors.map(\.message) == ["missing `:` after `if`"])
        #expect(lower("class C\n  pass\n").syntaxErrors.first?.message == "missing `:` after `class`")
        #expect(lower("def f(a, b:\n    return 1\n").syntaxErrors.first?.message == "unclosed `(`")
        #expect(lower("x = (1 + )\n").syntaxErrors.map(\.message) == ["unexpected `+`"])
        let m = lower("x = foo(1,,2)\ny = 1\n")
        #expect(m.syntaxErrors.map(\.message) == ["unexpected `,`"])
        #expect(m.source.location(of: m.syntaxErrors[0].range.lowerBound) == SourceLocation(row: 1, column: 10))
        #expect(m.scope.symbols["y"] != nil)
    }

    @Test func oddBytesDoNotCrash() {
        let inputs: [[UInt8]] = [
            [0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8),
            Array("x = 1\r\ny = 2\r\n".utf8),
            Array("def f():\n\tif x:\n\t\treturn 1\n".utf8),
            Array("s = 'a".utf8) + [0x00, 0xFF, 0xFE] + Array("'\nt = 2\n".utf8),
            [0xFF, 0xFE, 0x00, 0x41],
            [],
            Array("\u{0}\u{0}\u{0}".utf8),
            Array("café = 'naïve' # ünïcode\n".utf8),
        ]
        for bytes in inputs {
            let m = lowerBytes(bytes)
            _ = m.dump()
        }
        let crlf = lowerBytes(Array("x = 1\r\ny = 2\r\n".utf8))
        #expect(crlf.body.count == 2)
        let bom = lowerBytes([0xEF, 0xBB, 0xBF] + Array("x = 1\n".utf8))
        #expect(bom.scope.symbols["x"]?.binding == .local)
        #expect(bom.syntaxErrors.isEmpty)
        let tabs = lowerBytes(Array("def f():\r\n\tif x:\r\n\t\treturn 1\r\n".utf8))
        #expect(tabs.syntaxErrors.isEmpty)
        #expect(tabs.functions.count == 1)
    }

    @Test func deepNestingIsBounded() {
        onWorkerStack {
            let depth = 100_000
            let parens = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + "\n"
            let lists = String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
            let sum = "x = " + Array(repeating: "a", count: depth).joined(separator: " + ") + "\n"
            var ifs = ""
            for i in 0..<2_000 { ifs += String(repeating: " ", count: i) + "if x:\n" }
            ifs += String(repeating: " ", count: 2_000) + "pass\n"
            for src in [parens, lists, sum, ifs, "f" + String(repeating: "()", count: depth) + "\n",
                        "x = " + String(repeating: "-", count: depth) + "1\n",
                        "y = " + String(repeating: "lambda: ", count: 5_000) + "1\n"] {
                let m = lower(src)
                let text = m.dump()
                #expect(!text.isEmpty)
            }
            // Chains within the depth budget are lowered completely; longer ones are cut, not crashed on.
            let short = "x = " + Array(repeating: "a", count: 150).joined(separator: " + ") + "\n"
            #expect(!lower(short).dump(includeScopes: false).contains("nesting too deep"))
            #expect(lower(sum).dump(includeScopes: false).contains("nesting too deep"))
            let ands = "x = " + Array(repeating: "a", count: 10_000).joined(separator: " and ") + "\n"
            #expect(!lower(ands).dump(includeScopes: false).contains("nesting too deep"))
            let deep = lower(parens)
            #expect(deep.dump(includeScopes: false).contains("nesting too deep")
                || deep.dump(includeScopes: false).contains("expr 1"))
        }
    }

    @Test func errorsInsideDefinitionsAreKeptAsUnsupported() {
        let m = lower("class A:\n    def m(self):\n        return self.\n    def n(self):\n        pass\n")
        #expect(m.classes.first?.methods.map(\.name) == ["m", "n"])
        guard case .unsupported(let why)? = m.functions.first?.body.first?.kind else {
            Issue.record("the broken statement was dropped: \(m.dump())"); return
        }
        #expect(why.hasPrefix("syntax error"))
    }

    @Test func python2FileLowersWithoutCrash() {
        let src = "print 'hello'\nexec 'x = 1'\ntry:\n    pass\nexcept Exception, e:\n    print e\nprint >>sys.stderr, 'x'\n"
        let m = lower(src)
        #expect(m.body.count >= 3)
        #expect(m.body.contains { if case .unsupported = $0.kind { return true } else { return false } })
    }
}
