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
        // Continuation lines dedented inside brackets: a second reading, kept only if it has fewer errors.
        if !prescan.dedentedContinuations.isEmpty, ts_node_has_error(ts_tree_root_node(tree)) {
            var joined = bytes
            for r in prescan.dedentedContinuations { for k in r { joined[k] = 0x20 } }
            let second = try parseBytes(joined)
            if Parser.errorCount(second) < Parser.errorCount(tree) {
                ts_tree_delete(tree)
                tree = second
            } else {
                ts_tree_delete(second)
            }
        }
        return Tree(raw: tree, source: source, prescan: prescan, templateStarts: templates)
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

    init(raw: OpaquePointer, source: SourceText, prescan: Prescan? = nil, templateStarts: Set<Int> = []) {
        self.raw = raw
        self.source = source
        self.sourceProblems = prescan?.problems ?? []
        self.templateStarts = templateStarts
    }

    deinit { ts_tree_delete(raw) }

    public var root: Node { Node(raw: ts_tree_root_node(raw), tree: self) }

    /// Whether `node` (a `string`) is a t-string.
    public func isTemplate(_ node: Node) -> Bool { templateStarts.contains(node.startByte) }
}
