import Foundation
import PythonModel
import Syntax

/// Syntax errors of one file, as CPython would reject them, for HL901.
///
/// What CPython's tokenizer rejects (the parser's prescan: inconsistent tabs and spaces,
/// non-printable characters, nesting past CPython's limits), ERROR nodes of the tree (outermost
/// only) pointed at the token that goes wrong, the lowering's list where no ERROR node covers it,
/// and what the grammar accepts but no Python from 3.8 to 3.14 does: Python 2 forms (`print "x"`,
/// `exec "x"`, backquotes, `<>`, `raise E, v`, `0777`, `10L`, `ur''`, tuple parameters),
/// `except A, B as e:`, t-strings concatenated with other literals, and NUL bytes. Code valid in
/// any of those versions is never an issue, whatever the target version. Issues at the same start
/// byte are reported once; a tree error on the line of a tokenizer problem is left out (the
/// tokenizer's message says what CPython says).
enum SyntaxIssues {
    struct Issue: Equatable {
        var range: Range<Int>
        var message: String
    }

    /// `except A, B:` (no `as`) is valid Python 3.14 (PEP 758), so it is never an issue.
    static func collect(tree: Tree, module: Module, source: SourceText, nulOffset: Int?) -> [Issue] {
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
        var tokenizerRows = Set<Int>()
        for problem in tree.sourceProblems {
            add(problem.range, problem.message)
            tokenizerRows.insert(source.lineIndex(of: problem.range.lowerBound))
        }
        func addTreeError(_ range: Range<Int>, _ message: String) {
            if tokenizerRows.contains(source.lineIndex(of: range.lowerBound)) { return }
            add(range, message)
        }
        let root = tree.root
        let symbols = Symbols.shared
        root.walk { n in
            if n.isError {
                // The root itself is an ERROR node when nothing parsed as a module: look inside first.
                if n == root { return true }
                errorRanges.append(n.byteRange)
                let (range, text) = unexpected(in: n, source: source)
                addTreeError(range, text)
                return false
            }
            let symbol = n.symbol
            if symbols.printStatement.contains(symbol) {
                // `print >>f, x` is a valid Python 3 expression (a tuple); every other form is Python 2.
                if !n.children.contains(where: { symbols.chevron.contains($0.symbol) }) {
                    add(n.byteRange, "Missing parentheses in call to 'print'. Did you mean print(...)?")
                }
            } else if symbols.execStatement.contains(symbol) {
                add(n.byteRange, "Missing parentheses in call to 'exec'. Did you mean exec(...)?")
            } else if symbols.string.contains(symbol) {
                if n.startByte < source.bytes.count, source.bytes[n.startByte] == UInt8(ascii: "`") {
                    add(n.byteRange, "invalid syntax: backquotes are not Python 3, use repr()")
                } else if let prefix = stringPrefix(n, source: source), !validPrefixes.contains(prefix.lowercased()) {
                    add(n.byteRange, "invalid syntax: `\(prefix)` is not a string prefix in Python 3")
                }
                return true
            } else if symbols.concatenatedString.contains(symbol) {
                let parts = n.children.filter { symbols.string.contains($0.symbol) }
                let templates = parts.filter { tree.isTemplate($0) }.count
                if templates > 0, templates < parts.count {
                    add(n.byteRange, "cannot mix t-string literals with string or bytes literals")
                } else {
                    let bytes = parts.filter { (stringPrefix($0, source: source) ?? "").lowercased().contains("b") }.count
                    if bytes > 0, bytes < parts.count { add(n.byteRange, "cannot mix bytes and nonbytes literals") }
                }
            } else if symbols.notEqual.contains(symbol) {
                add(n.byteRange, "invalid syntax: `<>` is not Python 3, use `!=`")
            } else if symbols.integer.contains(symbol), n.endByte > n.startByte, n.endByte <= source.bytes.count {
                let digits = source.bytes[n.byteRange]
                if [UInt8(ascii: "l"), UInt8(ascii: "L")].contains(digits.last!) {
                    add(n.byteRange, "invalid syntax: the `L` suffix of Python 2 longs is not Python 3")
                } else if digits.count > 1, digits.first == UInt8(ascii: "0"),
                          digits.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") }),
                          digits.contains(where: { $0 >= 0x31 && $0 <= 0x39 }) {
                    add(n.byteRange, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
                }
            } else if symbols.exceptClause.contains(symbol),
                      n.children.contains(where: { symbols.comma.contains($0.symbol) }),
                      n.children.contains(where: { symbols.asPattern.contains($0.symbol) }) {
                // `except A, B:` is valid from 3.14 (PEP 758); with `as` it is valid in no version.
                add(n.byteRange, "multiple exception types must be parenthesized when using 'as'")
            } else if symbols.raiseStatement.contains(symbol),
                      n.children.contains(where: { symbols.expressionList.contains($0.symbol) }) {
                add(n.byteRange, "invalid syntax: `raise E, V` is Python 2; use `raise E(V)`")
            } else if symbols.parameters.contains(symbol) || symbols.lambdaParameters.contains(symbol) {
                if let tuple = n.children.first(where: { symbols.tuplePattern.contains($0.symbol) }) {
                    add(tuple.byteRange, symbols.parameters.contains(symbol)
                        ? "Function parameters cannot be parenthesized (tuple parameters are Python 2)"
                        : "Lambda expression parameters cannot be parenthesized (tuple parameters are Python 2)")
                }
            }
            return true
        }
        if containsFutureName(source.bytes) { futureImports(root, symbols: symbols, add: add) }
        // The lowering's own findings (missing tokens, …) where no ERROR node already says more.
        for issue in module.syntaxErrors
        where !errorRanges.contains(where: { $0.contains(issue.range.lowerBound) || $0.lowerBound == issue.range.lowerBound }) {
            addTreeError(issue.range, issue.message)
        }
        if root.isError, issues.isEmpty {
            let (range, text) = unexpected(in: root, source: source)
            add(range, text)
        }
        return issues.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The source mentions `__future__` (a byte search: no copy of the file into a String).
    static func containsFutureName(_ bytes: [UInt8]) -> Bool {
        let needle = Array("__future__".utf8)
        guard bytes.count >= needle.count else { return false }
        var i = 0
        let last = bytes.count - needle.count
        while i <= last {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// The features `from __future__ import` accepts in every Python from 3.8 to 3.14.
    static let futureFeatures: Set<String> = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                              "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]

    /// CPython's future.c: `from __future__ import` only at the start of the module (after the
    /// docstring and other future imports), and only features it knows.
    static func futureImports(_ root: Node, symbols: Symbols, add: (Range<Int>, String) -> Void) {
        var atStart = true
        var first = true
        for n in root.children where n.isNamed && !symbols.comment.contains(n.symbol) {
            defer { first = false }
            if symbols.futureImport.contains(n.symbol) {
                if !atStart {
                    add(n.byteRange, "from __future__ imports must occur at the beginning of the file")
                    continue
                }
                for name in n.namedChildren {
                    let feature = symbols.aliasedImport.contains(name.symbol) ? (name.namedChildren.first?.text ?? "") : name.text
                    if feature == "braces" { add(name.byteRange, "not a chance") }
                    else if !feature.isEmpty, !futureFeatures.contains(feature) {
                        add(name.byteRange, "future feature \(feature) is not defined")
                    }
                }
                continue
            }
            let isDocstring = first && symbols.expressionStatement.contains(n.symbol) && n.namedChildCount == 1
                && n.namedChild(0).map { symbols.string.contains($0.symbol) || symbols.concatenatedString.contains($0.symbol) } == true
            if !isDocstring { atStart = false }
        }
        // Anywhere but the module's top level, a future import is never at the beginning of the file.
        for top in root.children where !symbols.futureImport.contains(top.symbol) {
            top.walk { n in
                if symbols.futureImport.contains(n.symbol) {
                    add(n.byteRange, "from __future__ imports must occur at the beginning of the file")
                    return false
                }
                return true
            }
        }
    }

    static let validPrefixes: Set<String> = ["", "r", "u", "b", "br", "rb", "f", "fr", "rf", "t", "tr", "rt"]

    /// The letters before the quote of a `string` node (nil for a backquote form).
    static func stringPrefix(_ n: Node, source: SourceText) -> String? {
        var k = n.startByte
        let end = min(n.endByte, source.bytes.count)
        while k < end, source.bytes[k] != UInt8(ascii: "\"") && source.bytes[k] != UInt8(ascii: "'") {
            if k - n.startByte > 3 { return nil }
            k += 1
        }
        return source.text(n.startByte..<k)
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
        /// A set of symbol ids as a bitmap: a test is an index, not a hash (it runs for every node).
        struct SymbolSet {
            private var bits: [Bool] = []
            func contains(_ id: UInt16) -> Bool { Int(id) < bits.count && bits[Int(id)] }
            mutating func insert(_ id: UInt16) {
                if Int(id) >= bits.count { bits += [Bool](repeating: false, count: Int(id) + 1 - bits.count) }
                bits[Int(id)] = true
            }
        }

        var printStatement = SymbolSet()
        var execStatement = SymbolSet()
        var string = SymbolSet()
        var notEqual = SymbolSet()
        var integer = SymbolSet()
        var exceptClause = SymbolSet()
        var comma = SymbolSet()
        var chevron = SymbolSet()
        var concatenatedString = SymbolSet()
        var asPattern = SymbolSet()
        var raiseStatement = SymbolSet()
        var expressionList = SymbolSet()
        var parameters = SymbolSet()
        var lambdaParameters = SymbolSet()
        var tuplePattern = SymbolSet()
        var futureImport = SymbolSet()
        var aliasedImport = SymbolSet()
        var comment = SymbolSet()
        var expressionStatement = SymbolSet()

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
                case "chevron": s.chevron.insert(id)
                case "concatenated_string": s.concatenatedString.insert(id)
                case "as_pattern": s.asPattern.insert(id)
                case "raise_statement": s.raiseStatement.insert(id)
                case "expression_list": s.expressionList.insert(id)
                case "parameters": s.parameters.insert(id)
                case "lambda_parameters": s.lambdaParameters.insert(id)
                case "tuple_pattern": s.tuplePattern.insert(id)
                case "future_import_statement": s.futureImport.insert(id)
                case "aliased_import": s.aliasedImport.insert(id)
                case "comment": s.comment.insert(id)
                case "expression_statement": s.expressionStatement.insert(id)
                default: break
                }
            }
            return s
        }()
    }
}
