import CTreeSitter

/// A node of a syntax tree. Holds its tree strongly, so it can never outlive it.
public struct Node {
    let raw: TSNode
    public let tree: Tree

    init(raw: TSNode, tree: Tree) {
        self.raw = raw
        self.tree = tree
    }

    init?(_ raw: TSNode, _ tree: Tree) {
        if ts_node_is_null(raw) { return nil }
        self.raw = raw
        self.tree = tree
    }

    public var symbol: UInt16 { ts_node_symbol(raw) }
    /// The node type, as named by the grammar (`function_definition`, `identifier`, …).
    public var kind: String {
        let symbol = Int(ts_node_symbol(raw))
        let names = Language.python.symbolNames
        // ERROR nodes carry the builtin error symbol (0xFFFF), outside the language's symbol table.
        return symbol < names.count ? names[symbol] : "ERROR"
    }
    public var isNamed: Bool { ts_node_is_named(raw) }
    public var isMissing: Bool { ts_node_is_missing(raw) }
    public var isError: Bool { ts_node_symbol(raw) == UInt16.max }
    public var hasError: Bool { ts_node_has_error(raw) }

    public var startByte: Int { Int(ts_node_start_byte(raw)) }
    public var endByte: Int { Int(ts_node_end_byte(raw)) }
    public var byteRange: Range<Int> { startByte..<max(startByte, endByte) }

    public var text: String { tree.source.text(byteRange) }

    public var parent: Node? { Node(ts_node_parent(raw), tree) }
    public var childCount: Int { Int(ts_node_child_count(raw)) }
    public var namedChildCount: Int { Int(ts_node_named_child_count(raw)) }

    public func child(_ index: Int) -> Node? { Node(ts_node_child(raw, UInt32(index)), tree) }
    public func namedChild(_ index: Int) -> Node? { Node(ts_node_named_child(raw, UInt32(index)), tree) }

    /// The child in a grammar field (`name`, `body`, `parameters`, …).
    public func child(field: String) -> Node? {
        guard let id = Language.python.fieldID(field) else { return nil }
        return Node(ts_node_child_by_field_id(raw, id), tree)
    }

    /// All children in order, walked with a cursor (linear, unlike indexed access).
    public var children: [Node] {
        var result: [Node] = []
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        guard ts_tree_cursor_goto_first_child(&cursor) else { return result }
        repeat {
            result.append(Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree))
        } while ts_tree_cursor_goto_next_sibling(&cursor)
        return result
    }

    public var namedChildren: [Node] { children.filter(\.isNamed) }

    /// Children with the grammar field each one sits in (nil when none).
    public var fieldedChildren: [(field: String?, node: Node)] {
        var result: [(String?, Node)] = []
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        guard ts_tree_cursor_goto_first_child(&cursor) else { return [] }
        repeat {
            let node = Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree)
            let name = ts_tree_cursor_current_field_name(&cursor).map { String(cString: $0) }
            result.append((name, node))
        } while ts_tree_cursor_goto_next_sibling(&cursor)
        return result
    }

    /// All children in a field (`argument`, `alias`, … may repeat), matched by field id (no
    /// field name is copied out of the grammar).
    public func children(field: String) -> [Node] {
        guard let id = Language.python.fieldID(field) else { return [] }
        var result: [Node] = []
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        guard ts_tree_cursor_goto_first_child(&cursor) else { return [] }
        repeat {
            if ts_tree_cursor_current_field_id(&cursor) == id {
                result.append(Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree))
            }
        } while ts_tree_cursor_goto_next_sibling(&cursor)
        return result
    }

    /// Pre-order walk without recursion; `visit` returns false to skip a node's children.
    public func walk(_ visit: (Node) -> Bool) {
        var cursor = ts_tree_cursor_new(raw)
        defer { ts_tree_cursor_delete(&cursor) }
        var descend = visit(self)
        while true {
            if descend && ts_tree_cursor_goto_first_child(&cursor) {
                descend = visit(Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree))
                continue
            }
            while !ts_tree_cursor_goto_next_sibling(&cursor) {
                guard ts_tree_cursor_goto_parent(&cursor) else { return }
            }
            descend = visit(Node(raw: ts_tree_cursor_current_node(&cursor), tree: tree))
        }
    }

    public var location: SourceLocation { tree.source.location(of: startByte) }
    public var endLocation: SourceLocation { tree.source.location(of: endByte) }

    /// S-expression form, for tests and debugging.
    public var sexp: String {
        guard let s = ts_node_string(raw) else { return "" }
        defer { free(s) }
        return String(cString: s)
    }

    public static func == (a: Node, b: Node) -> Bool { ts_node_eq(a.raw, b.raw) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
