import Foundation
import Syntax

/// Lowers a syntax tree to the module model.
///
/// - Every statement becomes a `Stmt`; what the IR cannot express (Python 2 `print x`, ERROR
///   nodes, type aliases, nesting deeper than `maxDepth`) becomes `.unsupported(reason)`, never
///   a dropped statement. Syntax errors are also listed in `Module.syntaxErrors`.
/// - Scopes and symbols follow CPython 3.11's `symtable` exactly (checked against it by
///   `SymtableDifferentialTests`): symbol keys are stored as CPython stores them, so private
///   names inside a class are mangled (`__x` → `_C__x`); `Scope.binding(of:)` accepts the
///   unmangled spelling the IR uses. Comprehension scopes have CPython's `.0` parameter.
/// - `Module.functions` / `Module.classes` are in source order (a comprehension's element is
///   lowered after its `for` clauses, so a lambda there comes after lambdas in the iterables).
/// - Lowering is depth-bounded (recursion never exceeds `maxDepth` levels), so any input is safe
///   on a thread with a few MB of stack; consumers can recurse over the IR with the same bound.
/// - `Module.dump()` renders the IR and scopes for tests and debugging.
public enum Lowering {
    /// Nesting (statements inside statements, expressions inside expressions) deeper than this
    /// becomes `.unsupported("nesting too deep")`, so no input can overflow the stack.
    public static let maxDepth = 200

    /// `moduleName` is the dotted name (`app.cache`); the tree's source is kept on the module.
    public static func lower(_ tree: Tree, moduleName: String) -> Module {
        let module = Module(name: moduleName, source: tree.source)
        let lowerer = Lowerer(module: module, tree: tree)
        lowerer.run()
        return module
    }
}

/// Node kinds the lowering distinguishes, looked up by symbol id (no string building per node).
enum K: UInt8 {
    case other = 0
    // statements
    case module, block, expression_statement, assignment, augmented_assignment, delete_statement
    case pass_statement, break_statement, continue_statement, return_statement, raise_statement
    case global_statement, nonlocal_statement, if_statement, elif_clause, else_clause, while_statement
    case for_statement, with_statement, with_clause, with_item, try_statement, except_clause
    case except_group_clause, finally_clause, function_definition, class_definition, decorated_definition
    case decorator, import_statement, import_from_statement, future_import_statement, assert_statement
    case match_statement, case_clause, print_statement, exec_statement, type_alias_statement
    // expressions
    case identifier, integer, float, string, concatenated_string, true_, false_, none, ellipsis
    case list, tuple, set, dictionary, pair, list_comprehension, set_comprehension
    case dictionary_comprehension, generator_expression, for_in_clause, if_clause, attribute
    case `subscript`, slice, call, argument_list, keyword_argument, list_splat, dictionary_splat
    case parenthesized_list_splat, lambda, binary_operator, unary_operator, not_operator
    case boolean_operator, comparison_operator, conditional_expression, await, yield
    case named_expression, parenthesized_expression, expression_list, pattern_list, tuple_pattern
    case list_pattern, list_splat_pattern, dictionary_splat_pattern, as_pattern, as_pattern_target
    case interpolation, format_specifier, format_expression, string_content, escape_sequence
    case string_start, type, keyword_identifier
    case generic_type, type_parameter, member_type, union_type, splat_type, constrained_type
    // parameters
    case parameters, lambda_parameters, typed_parameter, default_parameter, typed_default_parameter
    case keyword_separator, positional_separator
    // imports
    case dotted_name, aliased_import, relative_import, import_prefix, wildcard_import
    // patterns
    case case_pattern, class_pattern, keyword_pattern, splat_pattern, union_pattern, dict_pattern
    case complex_pattern
    // extras and errors
    case comment, line_continuation, error
    // anonymous tokens
    case kwAsync, kwFrom, kwStar, kwLambda, kwAnd

    static let byName: [String: K] = {
        var m: [String: K] = [:]
        let all: [(String, K)] = [
            ("module", .module), ("block", .block), ("expression_statement", .expression_statement),
            ("assignment", .assignment), ("augmented_assignment", .augmented_assignment),
            ("delete_statement", .delete_statement), ("pass_statement", .pass_statement),
            ("break_statement", .break_statement), ("continue_statement", .continue_statement),
            ("return_statement", .return_statement), ("raise_statement", .raise_statement),
            ("global_statement", .global_statement), ("nonlocal_statement", .nonlocal_statement),
            ("if_statement", .if_statement), ("elif_clause", .elif_clause), ("else_clause", .else_clause),
            ("while_statement", .while_statement), ("for_statement", .for_statement),
            ("with_statement", .with_statement), ("with_clause", .with_clause), ("with_item", .with_item),
            ("try_statement", .try_statement), ("except_clause", .except_clause),
            ("except_group_clause", .except_group_clause), ("finally_clause", .finally_clause),
            ("function_definition", .function_definition), ("class_definition", .class_definition),
            ("decorated_definition", .decorated_definition), ("decorator", .decorator),
            ("import_statement", .import_statement), ("import_from_statement", .import_from_statement),
            ("future_import_statement", .future_import_statement), ("assert_statement", .assert_statement),
            ("match_statement", .match_statement), ("case_clause", .case_clause),
            ("print_statement", .print_statement), ("exec_statement", .exec_statement),
            ("type_alias_statement", .type_alias_statement),
            ("identifier", .identifier), ("integer", .integer), ("float", .float), ("string", .string),
            ("concatenated_string", .concatenated_string), ("true", .true_), ("false", .false_),
            ("none", .none), ("ellipsis", .ellipsis), ("list", .list), ("tuple", .tuple), ("set", .set),
            ("dictionary", .dictionary), ("pair", .pair), ("list_comprehension", .list_comprehension),
            ("set_comprehension", .set_comprehension), ("dictionary_comprehension", .dictionary_comprehension),
            ("generator_expression", .generator_expression), ("for_in_clause", .for_in_clause),
            ("if_clause", .if_clause), ("attribute", .attribute), ("subscript", .subscript), ("slice", .slice),
            ("call", .call), ("argument_list", .argument_list), ("keyword_argument", .keyword_argument),
            ("list_splat", .list_splat), ("dictionary_splat", .dictionary_splat),
            ("parenthesized_list_splat", .parenthesized_list_splat), ("lambda", .lambda),
            ("binary_operator", .binary_operator), ("unary_operator", .unary_operator),
            ("not_operator", .not_operator), ("boolean_operator", .boolean_operator),
            ("comparison_operator", .comparison_operator), ("conditional_expression", .conditional_expression),
            ("await", .await), ("yield", .yield), ("named_expression", .named_expression),
            ("parenthesized_expression", .parenthesized_expression), ("expression_list", .expression_list),
            ("pattern_list", .pattern_list), ("tuple_pattern", .tuple_pattern), ("list_pattern", .list_pattern),
            ("list_splat_pattern", .list_splat_pattern), ("dictionary_splat_pattern", .dictionary_splat_pattern),
            ("as_pattern", .as_pattern), ("as_pattern_target", .as_pattern_target),
            ("interpolation", .interpolation), ("format_specifier", .format_specifier),
            ("format_expression", .format_expression), ("string_content", .string_content),
            ("escape_sequence", .escape_sequence), ("string_start", .string_start), ("type", .type),
            ("keyword_identifier", .keyword_identifier), ("generic_type", .generic_type),
            ("type_parameter", .type_parameter), ("member_type", .member_type), ("union_type", .union_type),
            ("splat_type", .splat_type), ("constrained_type", .constrained_type),
            ("parameters", .parameters), ("lambda_parameters", .lambda_parameters),
            ("typed_parameter", .typed_parameter), ("default_parameter", .default_parameter),
            ("typed_default_parameter", .typed_default_parameter), ("keyword_separator", .keyword_separator),
            ("positional_separator", .positional_separator), ("dotted_name", .dotted_name),
            ("aliased_import", .aliased_import), ("relative_import", .relative_import),
            ("import_prefix", .import_prefix), ("wildcard_import", .wildcard_import),
            ("case_pattern", .case_pattern), ("class_pattern", .class_pattern),
            ("keyword_pattern", .keyword_pattern), ("splat_pattern", .splat_pattern),
            ("union_pattern", .union_pattern), ("dict_pattern", .dict_pattern),
            ("complex_pattern", .complex_pattern), ("comment", .comment),
            ("line_continuation", .line_continuation), ("ERROR", .error),
            ("async", .kwAsync), ("from", .kwFrom), ("*", .kwStar), ("and", .kwAnd),
        ]
        for (n, k) in all { m[n] = k }
        return m
    }()

    /// Symbol id → kind. Named and anonymous symbols sharing a name (`lambda`, `type`, `await`,
    /// `yield`) map to the named kind; `Lowerer.kind(_:)` tells them apart with `isNamed`.
    static let table: [K] = Language.python.symbolNames.map { byName[$0] ?? .other }
}

/// Per-module lowering state.
final class Lowerer {
    let module: Module
    let tree: Tree
    let bytes: [UInt8]
    var depth = 0
    /// Innermost symtable block.
    var current: ScopeBuilder
    let moduleBlock: ScopeBuilder
    var futureAnnotations = false
    /// Innermost enclosing class / function definitions (for `enclosingClass` / `enclosingFunction`).
    var classStack: [ClassDef] = []
    var functionStack: [FunctionDef] = []

    init(module: Module, tree: Tree) {
        self.module = module
        self.tree = tree
        self.bytes = tree.source.bytes
        moduleBlock = ScopeBuilder(type: .module, scope: module.scope, qualifiedName: "", privateName: nil, parent: nil)
        current = moduleBlock
    }

    func run() {
        let root = tree.root
        collectCommentsAndErrors(root)
        module.body = lowerStatements(of: root)
        SymbolAnalysis.run(moduleBlock)
    }

    // MARK: - Node helpers

    @inline(__always) func kind(_ n: Node) -> K {
        let s = Int(n.symbol)
        if s < K.table.count { return K.table[s] }
        return s == 0xFFFF ? .error : .other
    }

    /// The grammar's name for a node's kind. (`Node.kind` traps on ERROR nodes, whose symbol is 0xFFFF.)
    func kindName(_ n: Node) -> String {
        let s = Int(n.symbol)
        let names = Language.python.symbolNames
        if s < names.count { return names[s] }
        return s == 0xFFFF ? "ERROR" : "unknown"
    }

    /// Named children without comments and line continuations.
    func named(_ n: Node) -> [Node] {
        var out: [Node] = []
        for c in n.children where c.isNamed {
            let k = kind(c)
            if k != .comment && k != .line_continuation { out.append(c) }
        }
        return out
    }

    func firstNamed(_ n: Node) -> Node? {
        for c in n.children where c.isNamed {
            let k = kind(c)
            if k != .comment && k != .line_continuation { return c }
        }
        return nil
    }

    func text(_ n: Node) -> String { tree.source.text(n.byteRange) }

    /// An identifier, NFKC-normalized as CPython's tokenizer does for non-ASCII names.
    func ident(_ n: Node) -> String {
        let range = n.byteRange
        var ascii = true
        for i in range where i < bytes.count && bytes[i] >= 0x80 { ascii = false; break }
        let t = tree.source.text(range)
        return ascii ? t : t.precomposedStringWithCompatibilityMapping
    }

    func hasToken(_ n: Node, _ k: K) -> Bool {
        for c in n.children where !c.isNamed && kind(c) == k { return true }
        return false
    }

    /// Runs `body` one nesting level deeper, or returns `tooDeep` past `Lowering.maxDepth`.
    @inline(__always) func nested<T>(_ tooDeep: @autoclosure () -> T, _ body: () -> T) -> T {
        if depth >= Lowering.maxDepth { return tooDeep() }
        depth += 1
        defer { depth -= 1 }
        return body()
    }

    // MARK: - Scopes

    func pushBlock(_ b: ScopeBuilder) -> ScopeBuilder {
        let saved = current
        current = b
        return saved
    }

    /// A name load or store in the current block; loads of `super` in a function block also use `__class__`.
    func use(_ name: String) {
        current.add(name, .use)
        if name == "super" && current.isFunctionBlock { current.add("__class__", .use) }
    }

    func bind(_ name: String, _ f: RawFlags = .local) { current.add(name, f) }

    /// The qualified-name prefix for a definition named `name` in the current block.
    func qualifiedName(for name: String, checkGlobal: Bool) -> String {
        var b: ScopeBuilder? = current
        while let x = b, x.type == .annotation { b = x.parent }
        guard let parent = b, parent.type != .module else { return name }
        if checkGlobal && parent.lookup(name).contains(.global) { return name }
        if parent.type == .function && !parent.isComprehension {
            return parent.qualifiedName + ".<locals>." + name
        }
        return parent.qualifiedName + "." + name
    }

    // MARK: - Comments and syntax errors

    func collectCommentsAndErrors(_ root: Node) {
        let hasErrors = root.hasError
        var comments: [Comment] = []
        var issues: [SyntaxIssue] = []
        // Offsets of every `#`: subtrees without one hold no comment, so an error-free walk skips them.
        var hashes: [Int] = []
        for (i, b) in bytes.enumerated() where b == UInt8(ascii: "#") { hashes.append(i) }
        if hashes.isEmpty && !hasErrors { return }
        func containsHash(_ r: Range<Int>) -> Bool {
            var lo = 0, hi = hashes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if hashes[mid] < r.lowerBound { lo = mid + 1 } else { hi = mid }
            }
            return lo < hashes.count && hashes[lo] < r.upperBound
        }
        root.walk { n in
            let k = self.kind(n)
            if k == .comment {
                comments.append(Comment(range: n.byteRange, text: self.text(n)))
                return false
            }
            guard hasErrors else { return containsHash(n.byteRange) }
            if k == .error && n.isNamed {
                issues.append(SyntaxIssue(range: n.byteRange, message: self.errorMessage(n)))
            } else if n.isMissing {
                let what = n.isNamed ? kindName(n).replacingOccurrences(of: "_", with: " ") : "`\(kindName(n))`"
                issues.append(SyntaxIssue(range: n.byteRange, message: "missing \(what)"))
            }
            return true
        }
        module.comments = comments
        module.syntaxErrors = issues
    }

    func errorMessage(_ n: Node) -> String {
        // The first token of the error that is not a comment.
        var leaf = n
        var steps = 0
        descend: while steps < 10_000 {
            steps += 1
            for c in leaf.children where kind(c) != .comment && kind(c) != .line_continuation {
                leaf = c
                continue descend
            }
            break
        }
        var t = text(leaf)
        if t.isEmpty { t = text(n) }
        t = String(t.prefix(while: { $0 != "\n" && $0 != "\r" }).prefix(30))
        if t.isEmpty { return "invalid syntax" }
        // tree-sitter often wraps a whole broken statement in one ERROR: look at its first line.
        if leaf.startByte == n.startByte, startsLine(n.startByte), let hint = lineHint(from: n.startByte, firstToken: t) {
            return hint
        }
        return "unexpected `\(t)`"
    }

    /// Only blanks precede `offset` on its line.
    func startsLine(_ offset: Int) -> Bool {
        var i = min(offset, bytes.count) - 1
        while i >= 0 {
            let b = bytes[i]
            if b == 0x0A || b == 0x0D { return true }
            if b != 0x20 && b != 0x09 && b != 0x0C { return false }
            i -= 1
        }
        return true
    }

    static let compoundKeywords: Set<String> = ["if", "elif", "else", "for", "while", "def", "class", "with",
                                                "try", "except", "finally", "async", "match", "case"]

    /// "unclosed `(`" when the line opens more brackets than it closes; "missing `:`" when a
    /// compound statement's header does not end with a colon.
    func lineHint(from start: Int, firstToken: String) -> String? {
        var i = start
        var openers: [UInt8] = []
        var quote: UInt8 = 0
        var last: UInt8 = 0
        while i < bytes.count, bytes[i] != 0x0A, bytes[i] != 0x0D {
            let b = bytes[i]
            if quote != 0 {
                if b == UInt8(ascii: "\\") { i += 1 } else if b == quote { quote = 0 }
            } else if b == UInt8(ascii: "#") {
                break
            } else if b == UInt8(ascii: "'") || b == UInt8(ascii: "\"") {
                quote = b
            } else if b == UInt8(ascii: "(") || b == UInt8(ascii: "[") || b == UInt8(ascii: "{") {
                openers.append(b)
            } else if b == UInt8(ascii: ")") || b == UInt8(ascii: "]") || b == UInt8(ascii: "}") {
                if openers.isEmpty { return "unexpected `\(Character(Unicode.Scalar(b)))`" }
                openers.removeLast()
            }
            if b != 0x20 && b != 0x09 { last = b }
            i += 1
        }
        if let o = openers.last { return "unclosed `\(Character(Unicode.Scalar(o)))`" }
        if Lowerer.compoundKeywords.contains(firstToken) && last != UInt8(ascii: ":") {
            return "missing `:` after `\(firstToken)`"
        }
        return nil
    }
}
