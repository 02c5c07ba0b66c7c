import Foundation
import PythonModel
import Syntax

/// Syntax errors of one file, as CPython would reject them, for HL901.
///
/// ERROR nodes of the tree, pointed at the token that goes wrong, then the lowering's list where
/// no ERROR node covers it, and what the grammar accepts but CPython does not: ERROR nodes
/// (outermost only), Python 2 statements the grammar still accepts (`print "x"`, `exec "x"`,
/// backquotes, `<>`), and NUL bytes. Issues at the same start byte are reported once.
enum SyntaxIssues {
    struct Issue: Equatable {
        var range: Range<Int>
        var message: String
    }

    /// `unparenthesizedExcept`: `except A, B:` is valid (PEP 758, Python 3.14+).
    static func collect(tree: Tree, module: Module, source: SourceText, nulOffset: Int?,
                        unparenthesizedExcept: Bool = false) -> [Issue] {
        var issues: [Issue] = []
        var seen = Set<Int>()
        var errorRanges: [Range<Int>] = []
        func add(_ range: Range<Int>, _ message: String) {
            guard seen.insert(range.lowerBound).inserted else { return }
            issues.append(Issue(range: range, message: message))
        }
        if let nulOffset {
            add(nulOffset..<(nulOffset + 1), "source code cannot contain null bytes")
        }
        let root = tree.root
        let symbols = Symbols.shared
        root.walk { n in
            if n.isError {
                // The root itself is an ERROR node when nothing parsed as a module: look inside first.
                if n == root { return true }
                errorRanges.append(n.byteRange)
                let (range, text) = unexpected(in: n, source: source)
                add(range, text)
                return false
            }
            let symbol = n.symbol
            if symbols.printStatement.contains(symbol) {
                add(n.byteRange, "Missing parentheses in call to 'print'. Did you mean print(...)?")
            } else if symbols.execStatement.contains(symbol) {
                add(n.byteRange, "Missing parentheses in call to 'exec'. Did you mean exec(...)?")
            } else if symbols.string.contains(symbol) {
                if n.startByte < source.bytes.count, source.bytes[n.startByte] == UInt8(ascii: "`") {
                    add(n.byteRange, "invalid syntax: backquotes are not Python 3, use repr()")
                }
                return false
            } else if symbols.notEqual.contains(symbol) {
                add(n.byteRange, "invalid syntax: `<>` is not Python 3, use `!=`")
            } else if symbols.integer.contains(symbol), n.endByte > n.startByte,
                      n.endByte <= source.bytes.count, [UInt8(ascii: "l"), UInt8(ascii: "L")].contains(source.bytes[n.endByte - 1]) {
                add(n.byteRange, "invalid syntax: the `L` suffix of Python 2 longs is not Python 3")
            } else if !unparenthesizedExcept, symbols.exceptClause.contains(symbol),
                      n.children.contains(where: { symbols.comma.contains($0.symbol) }) {
                add(n.byteRange, "multiple exception types must be parenthesized (`except E, e:` is Python 2; use `except E as e:`)")
            }
            return true
        }
        // The lowering's own findings (missing tokens, …) where no ERROR node already says more.
        for issue in module.syntaxErrors
        where !errorRanges.contains(where: { $0.contains(issue.range.lowerBound) || $0.lowerBound == issue.range.lowerBound }) {
            add(issue.range, issue.message)
        }
        if root.isError, issues.isEmpty {
            let (range, text) = unexpected(in: root, source: source)
            add(range, text)
        }
        return issues.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// Where an ERROR node goes wrong and how to say it: complete constructs at its start
    /// (`x = 1` before a stray `)`) are skipped; the first token after them is the unexpected one.
    static func unexpected(in n: Node, source: SourceText) -> (Range<Int>, String) {
        var culprit = n
        let children = n.children
        if let first = children.firstIndex(where: { !($0.isNamed && !$0.hasError && !$0.isMissing && $0.endByte > $0.startByte) }),
           first > 0 {
            culprit = children[first]
        }
        var leaf = culprit
        var steps = 0
        while let c = leaf.child(0), steps < 10_000 { leaf = c; steps += 1 }
        var t = leaf.text
        if t.isEmpty { t = source.text(culprit.startByte..<min(culprit.byteRange.upperBound, culprit.startByte + 64)) }
        t = String(t.prefix(while: { $0 != "\n" && $0 != "\r" }).prefix(30))
        let range = culprit.startByte..<max(culprit.startByte, n.endByte)
        if t.trimmingCharacters(in: .whitespaces).isEmpty { return (range, "invalid syntax") }
        return (range, "unexpected `\(t)`")
    }

    /// The grammar's symbol ids for the node kinds checked here (a name may have several ids).
    struct Symbols {
        var printStatement: Set<UInt16> = []
        var execStatement: Set<UInt16> = []
        var string: Set<UInt16> = []
        var notEqual: Set<UInt16> = []
        var integer: Set<UInt16> = []
        var exceptClause: Set<UInt16> = []
        var comma: Set<UInt16> = []

        static let shared: Symbols = {
            var s = Symbols()
            for (index, name) in Language.python.symbolNames.enumerated() {
                let id = UInt16(index)
                switch name {
                case "print_statement": s.printStatement.insert(id)
                case "exec_statement": s.execStatement.insert(id)
                case "string": s.string.insert(id)
                case "<>": s.notEqual.insert(id)
                case "integer": s.integer.insert(id)
                case "except_clause": s.exceptClause.insert(id)
                case ",": s.comma.insert(id)
                default: break
                }
            }
            return s
        }()
    }
}
