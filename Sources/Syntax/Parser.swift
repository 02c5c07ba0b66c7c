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
        // Python reads a lone `\r` as a line break; the grammar does not. Give the parser `\n`
        // there instead: same length, so every offset still points into the original bytes.
        var bytes = source.bytes
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 >= bytes.count || bytes[i + 1] != 0x0A { bytes[i] = 0x0A }
            i += 1
        }
        let tree: OpaquePointer? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buf.count, 1)) { p in
                ts_parser_parse_string(raw, nil, p, UInt32(buf.count))
            }
        }
        guard let tree else {
            ts_parser_reset(raw)
            throw SyntaxError.parseFailed
        }
        return Tree(raw: tree, source: source)
    }

    public func parse(_ string: String) throws -> Tree {
        try parse(SourceText(string))
    }
}

/// A syntax tree; frees its C tree when the last node referring to it is gone.
public final class Tree {
    let raw: OpaquePointer
    public let source: SourceText

    init(raw: OpaquePointer, source: SourceText) {
        self.raw = raw
        self.source = source
    }

    deinit { ts_tree_delete(raw) }

    public var root: Node { Node(raw: ts_tree_root_node(raw), tree: self) }
}
