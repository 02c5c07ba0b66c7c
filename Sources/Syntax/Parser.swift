#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CTreeSitter
import TreeSitterPython

public enum SyntaxError: Error, CustomStringConvertible {
    case incompatibleLanguage(Int)
    case parseFailed
    case query(kind: String, offset: Int)

    public var description: String {
        switch self {
        case .incompatibleLanguage(let v): return "the Python grammar has ABI \(v), which this tree-sitter runtime cannot load"
        case .parseFailed: return "the parser gave up (timeout or cancellation)"
        case .query(let kind, let offset): return "invalid query: \(kind) error at byte \(offset)"
        }
    }
}

/// A tree-sitter parser for Python. Not thread-safe: use one per worker.
///
/// The grammar (tree-sitter-python 0.23.6) parses a copy of the bytes, of the same length so that
/// every offset points into the original: a lone `\r` reads as `\n`; constructs nested past
/// CPython's limits are blanked (see `Prescan`); the `t` of a PEP 750 t-string prefix reads as `f`
/// (t-strings have f-string syntax; the tree remembers which strings were templates); and when the
/// grammar's scanner mistakes a continuation line inside brackets indented less than its statement
/// for a dedent, those newlines read as spaces (implicit line joining makes them so in Python).
public final class Parser {
    private let raw: OpaquePointer

    public init() throws {
        raw = ts_parser_new()
        guard ts_parser_set_language(raw, Language.python.raw) else {
            ts_parser_delete(raw)
            throw SyntaxError.incompatibleLanguage(Language.python.abiVersion)
        }
    }

    deinit { ts_parser_delete(raw) }

    public func parse(_ source: SourceText) throws -> Tree {
        // Python reads a lone `\r` as a line break; the grammar does not.
        var bytes = source.bytes
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { bytes[i] = 0x0A }
            i += 1
        }
        let prescan = Prescan(bytes)
        if prescan.rewrites { bytes = prescan.apply(to: bytes) }
        var tree = try parseBytes(bytes)
        var templates = Set<Int>()
        // t-strings: the grammar reads `t"…"` as the name `t` then a string. Each round finds the
        // t-strings it can see (nested ones appear once their enclosing one parses as an f-string).
        var candidates = Parser.templateCandidates(bytes)
        var rounds = 0
        while !candidates.isEmpty, rounds < 64 {
            rounds += 1
            var patched = false
            let root = ts_tree_root_node(tree)
            for (quote, prefixStart) in candidates {
                let node = ts_node_descendant_for_byte_range(root, UInt32(quote), UInt32(quote + 1))
                guard !ts_node_is_null(node), Int(ts_node_start_byte(node)) == quote,
                      String(cString: ts_node_type(node)) == "string_start" else { continue }
                for k in prefixStart..<quote where bytes[k] == UInt8(ascii: "t") || bytes[k] == UInt8(ascii: "T") {
                    bytes[k] = bytes[k] == UInt8(ascii: "t") ? UInt8(ascii: "f") : UInt8(ascii: "F")
                }
                templates.insert(prefixStart)
                patched = true
            }
            guard patched else { break }
            ts_tree_delete(tree)
            tree = try parseBytes(bytes)
            candidates = candidates.filter { !templates.contains($0.1) }
        }
        // A second reading of rewritten bytes (same offsets) replaces the tree only if it has fewer errors.
        func keepIfBetter(_ rewritten: [UInt8]) throws -> Bool {
            let second = try parseBytes(rewritten)
            guard Parser.errorCount(second) < Parser.errorCount(tree) else {
                ts_tree_delete(second)
                return false
            }
            ts_tree_delete(tree)
            tree = second
            return true
        }
        // Continuation lines dedented inside brackets.
        if !prescan.dedentedContinuations.isEmpty, ts_node_has_error(ts_tree_root_node(tree)) {
            var joined = bytes
            for r in prescan.dedentedContinuations { for k in r { joined[k] = 0x20 } }
            _ = try keepIfBetter(joined)
        }
        // A comment at column 0 between an indented decorator and its `def` (the grammar's
        // indentation scanner reads it as a dedent): read again with such lines blanked.
        if ts_node_has_error(ts_tree_root_node(tree)) {
            let lines = Parser.outdentedCommentsAfterDecorators(bytes)
            if !lines.isEmpty {
                var blanked = bytes
                for r in lines { for k in r { blanked[k] = 0x20 } }
                _ = try keepIfBetter(blanked)
            }
        }
        // `1, *"ten"` / `*(a, b),`: the grammar's starred item in a bare tuple takes only a name,
        // attribute or subscript. A second reading without those stars, kept only if it has fewer
        // errors; the tree remembers where they were so the items are still unpacked.
        // The same second reading blanks type parameter defaults (`def f[T=int]()`, 3.13), which
        // the grammar does not know and the simulation does not need, and reads the commas of
        // `except A, B:` (3.14) as `|`, remembered so the handler still gets the tuple.
        var unpackStars = Set<Int>()
        var exceptCommas = Set<Int>()
        if ts_node_has_error(ts_tree_root_node(tree)) {
            let vicinity = Parser.errorVicinities(bytes, tree)
            let stars = Parser.unpackingStarCandidates(bytes, inErrorsOf: tree)
            let defaults = Parser.typeParameterDefaults(bytes, in: vicinity)
            let commas = Parser.exceptTupleCommas(bytes, in: vicinity)
            if !stars.isEmpty || !defaults.isEmpty || !commas.isEmpty {
                var rewritten = bytes
                for k in stars { rewritten[k] = 0x20 }
                for r in defaults { for k in r { rewritten[k] = 0x20 } }
                for k in commas { rewritten[k] = UInt8(ascii: "|") }
                if try keepIfBetter(rewritten) {
                    unpackStars = Set(stars)
                    exceptCommas = Set(commas)
                }
            }
        }
        return Tree(raw: tree, source: source, prescan: prescan, templateStarts: templates, unpackStars: unpackStars,
                    exceptCommas: exceptCommas)
    }

    /// Comment lines starting at column 0 whose previous line that is not blank or a comment is an
    /// indented decorator (`    @register`): the bytes from `#` to the end of the line.
    static func outdentedCommentsAfterDecorators(_ b: [UInt8]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var afterIndentedDecorator = false
        var start = 0
        while start < b.count {
            var end = start
            while end < b.count && b[end] != 0x0A && b[end] != 0x0D { end += 1 }
            var i = start
            while i < end && (b[i] == 0x20 || b[i] == 0x09) { i += 1 }
            if i == end {
                // blank: the state carries over
            } else if b[i] == UInt8(ascii: "#") {
                if i == start && afterIndentedDecorator { out.append(start..<end) }
            } else {
                afterIndentedDecorator = i > start && b[i] == UInt8(ascii: "@")
            }
            start = end + 1
        }
        return out
    }

    /// `*` bytes inside the tree's ERROR nodes that start an unpacked item: after `,`, `=`, `(`,
    /// `[`, `{` or a line start, before a quote, a bracket or a digit (not `**`, not a product).
    static func unpackingStarCandidates(_ b: [UInt8], inErrorsOf tree: OpaquePointer) -> [Int] {
        let ranges = errorVicinities(b, tree)
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
        var out: [Int] = []
        for r in ranges {
            for k in r where k < b.count && b[k] == UInt8(ascii: "*") {
                if k + 1 < b.count && b[k + 1] == UInt8(ascii: "*") { continue }
                if k > 0 && b[k - 1] == UInt8(ascii: "*") { continue }
                var j = k + 1
                while j < b.count, isSpace(b[j]) { j += 1 }
                guard j < b.count else { continue }
                let next = b[j]
                let opens = next == UInt8(ascii: "\"") || next == UInt8(ascii: "'") || next == UInt8(ascii: "(")
                    || next == UInt8(ascii: "[") || next == UInt8(ascii: "{") || (next >= 0x30 && next <= 0x39)
                guard opens else { continue }
                var i = k - 1
                while i >= 0, isSpace(b[i]) { i -= 1 }
                let before: UInt8 = i >= 0 ? b[i] : 0x0A
                let afterExcept = i >= 5 && Array(b[(i - 5)...i]) == Array("except".utf8)
                if !afterExcept && Parser.assignmentFollows(b, from: k) { continue }
                if afterExcept || [UInt8(ascii: ","), UInt8(ascii: "="), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), 0x0A].contains(before) {
                    out.append(k)
                }
            }
        }
        return out
    }

    /// +1 for an opening bracket, -1 for a closing one, 0 otherwise.
    static func bracketChange(_ c: UInt8) -> Int {
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return 1
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return -1
        default: return 0
        }
    }

    /// `=default` parts of type parameter lists (`[T=int, *Ts=*tuple[int]]` after `def name`,
    /// `class Name` or `type Name`), up to the next `,` or the closing `]` at the list's depth.
    static func typeParameterDefaults(_ b: [UInt8], in ranges: [Range<Int>]) -> [Range<Int>] {
        func isIdent(_ c: UInt8) -> Bool { c == 0x5F || (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c >= 0x80 }
        var out: [Range<Int>] = []
        var seen = Set<Int>()
        for r in ranges {
            for open in r where open < b.count && b[open] == UInt8(ascii: "[") && !seen.contains(open) {
                seen.insert(open)
                // identifier right before `[`, and `def` / `class` / `type` before it.
                var i = open - 1
                guard i >= 0, isIdent(b[i]) else { continue }
                while i >= 0, isIdent(b[i]) { i -= 1 }
                var j = i
                while j >= 0, b[j] == 0x20 || b[j] == 0x09 { j -= 1 }
                guard j >= 0, j < i, isIdent(b[j]) else { continue }
                var w = j
                while w >= 0, isIdent(b[w]) { w -= 1 }
                let word = String(decoding: b[(w + 1)...j], as: UTF8.self)
                guard ["def", "class", "type"].contains(word) else { continue }
                var depth = 0
                var k = open
                var defaultStart: Int?
                while k < b.count, b[k] != 0x0A || depth > 0 {
                    let c = b[k]
                    depth += Parser.bracketChange(c)
                    if Parser.bracketChange(c) < 0 {
                        if depth == 0 {
                            if let d = defaultStart { out.append(d..<k) }
                            break
                        }
                    }
                    if depth == 1, c == UInt8(ascii: ","), let d = defaultStart { out.append(d..<k); defaultStart = nil }
                    if depth == 1, c == UInt8(ascii: "="), defaultStart == nil,
                       k + 1 < b.count, b[k + 1] != UInt8(ascii: "="),
                       k > 0, ![UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: ":")].contains(b[k - 1]) {
                        defaultStart = k
                    }
                    k += 1
                }
            }
        }
        return out
    }

    /// The commas of `except A, B:` / `except* A, B:` (PEP 758, 3.14): at bracket depth 0 between
    /// `except` and its `:`, in a clause without `as`.
    static func exceptTupleCommas(_ b: [UInt8], in ranges: [Range<Int>]) -> [Int] {
        let keyword = Array("except".utf8)
        var out: [Int] = []
        var seen = Set<Int>()
        for r in ranges {
            var k = r.lowerBound
            while k + keyword.count < min(r.upperBound, b.count) {
                defer { k += 1 }
                guard b[k] == keyword[0], Array(b[k..<(k + keyword.count)]) == keyword, !seen.contains(k) else { continue }
                seen.insert(k)
                if k > 0, ![0x20, 0x09, 0x0A].contains(b[k - 1]) { continue }
                let after = b[k + keyword.count]
                guard after == 0x20 || after == 0x09 || after == UInt8(ascii: "*") else { continue }
                var depth = 0
                var commas: [Int] = []
                var j = k + keyword.count
                var ok = false
                while j < b.count, b[j] != 0x0A {
                    let c = b[j]
                    depth += Parser.bracketChange(c)
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "#") { break }
                    if depth == 0, c == UInt8(ascii: ",") { commas.append(j) }
                    if depth == 0, c == UInt8(ascii: ":") { ok = true; break }
                    if depth == 0, c == UInt8(ascii: "a"), j + 2 < b.count, b[j + 1] == UInt8(ascii: "s"),
                       b[j - 1] == 0x20, b[j + 2] == 0x20 { break }
                    j += 1
                }
                if ok { out += commas }
            }
        }
        return out
    }

    /// Whether an assignment `=` (or augmented one) follows on the logical line at bracket depth
    /// 0: what comes before it is a target (`*(a) = 1` stays the error CPython reports).
    static func assignmentFollows(_ b: [UInt8], from k: Int) -> Bool {
        var depth = 0
        var j = k
        while j < b.count, b[j] != 0x0A || depth > 0 {
            let c = b[j]
            depth = max(0, depth + Parser.bracketChange(c))
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "#") { return false }
            if depth == 0, c == UInt8(ascii: "="), j + 1 < b.count, b[j + 1] != UInt8(ascii: "="),
               j > 0, ![UInt8(ascii: "="), UInt8(ascii: "!"), UInt8(ascii: "<"), UInt8(ascii: ">")].contains(b[j - 1]) {
                return true
            }
            j += 1
        }
        return false
    }

    /// The byte ranges of the tree's ERROR and MISSING nodes, each from eight lines before it.
    static func errorVicinities(_ b: [UInt8], _ tree: OpaquePointer) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var cursor = ts_tree_cursor_new(ts_tree_root_node(tree))
        defer { ts_tree_cursor_delete(&cursor) }
        while true {
            let node = ts_tree_cursor_current_node(&cursor)
            var descend = ts_node_has_error(node)
            if ts_node_symbol(node) == UInt16.max || ts_node_is_missing(node) {
                // (From a few lines before it: the grammar's recovery often starts the ERROR node
                // lines after the one it could not read, at the end of a bracket.)
                var start = Int(ts_node_start_byte(node))
                var lines = 0
                while start > 0 {
                    if b[start - 1] == 0x0A { lines += 1; if lines > 8 { break } }
                    start -= 1
                }
                ranges.append(start..<Int(ts_node_end_byte(node)))
                descend = false
            }
            if descend && ts_tree_cursor_goto_first_child(&cursor) { continue }
            var done = false
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                if !ts_tree_cursor_goto_parent(&cursor) { done = true; break }
            }
            if done || ranges.count > 256 { break }
        }
        return ranges
    }

    public func parse(_ string: String) throws -> Tree {
        try parse(SourceText(string))
    }

    private func parseBytes(_ bytes: [UInt8]) throws -> OpaquePointer {
        // A fresh external scanner for every parse: the grammar's scanner (tree-sitter-python
        // 0.23.6) does not reset its "inside an f-string" flag when a parse starts, so after a file
        // that ends inside an unterminated f-string the next file parsed by the same parser came
        // out wrong (a MISSING dedent, a false syntax error). Setting the language again destroys
        // and recreates the scanner's state.
        _ = ts_parser_set_language(raw, Language.python.raw)
        let tree: OpaquePointer? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: max(buf.count, 1)) { p in
                    ts_parser_parse_string(raw, nil, p, UInt32(buf.count))
                }
            } ?? ts_parser_parse_string(raw, nil, "", 0)
        }
        guard let tree else {
            ts_parser_reset(raw)
            throw SyntaxError.parseFailed
        }
        return tree
    }

    /// (offset of the quote, offset of the prefix) for every `t"`, `T'`, `tr"`, `rt'`, … that starts
    /// a token (no identifier character before the prefix).
    static func templateCandidates(_ b: [UInt8]) -> [(Int, Int)] {
        func isT(_ c: UInt8) -> Bool { c == UInt8(ascii: "t") || c == UInt8(ascii: "T") }
        func isR(_ c: UInt8) -> Bool { c == UInt8(ascii: "r") || c == UInt8(ascii: "R") }
        func isIdent(_ c: UInt8) -> Bool {
            (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x5F || c >= 0x80
        }
        var out: [(Int, Int)] = []
        var p = 1
        while p < b.count {
            if b[p] == 0x22 || b[p] == 0x27 {
                var start = -1
                if isT(b[p - 1]) {
                    start = p - 1
                    if p >= 2, isR(b[p - 2]) { start = p - 2 }
                } else if isR(b[p - 1]), p >= 2, isT(b[p - 2]) {
                    start = p - 2
                }
                if start >= 0, start == 0 || !isIdent(b[start - 1]) { out.append((p, start)) }
            }
            p += 1
        }
        return out
    }

    /// ERROR and MISSING nodes in a tree.
    static func errorCount(_ tree: OpaquePointer) -> Int {
        let root = ts_tree_root_node(tree)
        guard ts_node_has_error(root) else { return 0 }
        var count = 0
        var cursor = ts_tree_cursor_new(root)
        defer { ts_tree_cursor_delete(&cursor) }
        var descend = true
        while true {
            let node = ts_tree_cursor_current_node(&cursor)
            if ts_node_is_missing(node) || ts_node_symbol(node) == UInt16.max { count += 1; descend = false }
            else { descend = ts_node_has_error(node) }
            if descend && ts_tree_cursor_goto_first_child(&cursor) { continue }
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard ts_tree_cursor_goto_parent(&cursor) else { return count }
            }
        }
    }
}

/// A syntax tree; frees its C tree when the last node referring to it is gone.
public final class Tree {
    let raw: OpaquePointer
    /// The original text (offsets of every node point into it).
    public let source: SourceText
    /// What CPython's tokenizer rejects that the grammar accepts (tabs, characters, nesting limits).
    public let sourceProblems: [Prescan.Problem]
    /// Start offsets of the strings that are PEP 750 t-strings (`t"…"`, `tr'…'`, …).
    public let templateStarts: Set<Int>

    /// Offsets of `*` unpacking items (`1, *"ten"`) the grammar could not read, blanked for it:
    /// the item after each is unpacked all the same.
    public let unpackStars: Set<Int>
    /// Offsets of the commas of `except A, B:` (PEP 758) the grammar read as `|`.
    public let exceptCommas: Set<Int>

    init(raw: OpaquePointer, source: SourceText, prescan: Prescan? = nil, templateStarts: Set<Int> = [],
         unpackStars: Set<Int> = [], exceptCommas: Set<Int> = []) {
        self.exceptCommas = exceptCommas
        self.raw = raw
        self.source = source
        self.sourceProblems = prescan?.problems ?? []
        self.templateStarts = templateStarts
        self.unpackStars = unpackStars
    }

    deinit { ts_tree_delete(raw) }

    public var root: Node { Node(raw: ts_tree_root_node(raw), tree: self) }

    /// Whether `node` (a `string`) is a t-string.
    public func isTemplate(_ node: Node) -> Bool { templateStarts.contains(node.startByte) }
}
