import Syntax

/// UTF-8 byte offsets into the module's source.
public typealias ByteRange = Range<Int>

// MARK: - Module

/// One lowered Python module: its statements in a small IR the heap simulation interprets,
/// its scopes as CPython's symtable decides them, and an index of its functions and classes.
public final class Module {
    /// Dotted name derived from the path (`app/cache.py` → `app.cache`; `__init__.py` → the package).
    public let name: String
    public let source: SourceText
    public internal(set) var body: [Stmt] = []
    /// The module scope; every other scope hangs below it.
    public internal(set) var scope: Scope
    /// Every function (including lambdas and nested defs) in source order; `FunctionDef.id` indexes it.
    public internal(set) var functions: [FunctionDef] = []
    /// Every class in source order; `ClassDef.id` indexes it.
    public internal(set) var classes: [ClassDef] = []
    /// Every comment, in source order (for suppressions and pragmas).
    public internal(set) var comments: [Comment] = []
    /// Syntax errors found by the parser; the rest of the module is still lowered.
    public internal(set) var syntaxErrors: [SyntaxIssue] = []
    /// Each call's callee as written (its first 60 characters), by the callee's range: how the
    /// simulator names code it cannot see into.
    public internal(set) var calleeSpellings: [ByteRange: String] = [:]
    /// Names of the type parameters of its generic classes, functions and aliases (PEP 695,
    /// `class Box[T]:`, `def first[V](xs: list[V])`): each is bound in an annotation scope of
    /// its own, to a `TypeVar`, where its class or function reads it.
    public internal(set) var typeParameterNames: Set<String> = []

    public init(name: String, source: SourceText) {
        self.name = name
        self.source = source
        self.scope = Scope(kind: .module, name: name, parent: nil, range: 0..<source.bytes.count)
    }

    /// The 1-based line of a byte offset.
    public func row(of offset: Int) -> Int { source.location(of: offset).row }
}

public struct Comment: Sendable, Equatable {
    public var range: ByteRange
    /// The comment text including the leading `#`.
    public var text: String
    public init(range: ByteRange, text: String) { self.range = range; self.text = text }
}

public struct SyntaxIssue: Sendable, Equatable {
    public var range: ByteRange
    public var message: String
    public init(range: ByteRange, message: String) { self.range = range; self.message = message }
}

// MARK: - Scopes

/// A scope with its symbol table, resolved the way CPython's symtable resolves names.
public final class Scope {
    public enum Kind: String, Sendable { case module, function, lambda, classBody = "class", comprehension }

    public let kind: Kind
    public let name: String
    public private(set) weak var parent: Scope?
    public internal(set) var children: [Scope] = []
    public let range: ByteRange
    public internal(set) var symbols: [String: Symbol] = [:]

    public init(kind: Kind, name: String, parent: Scope?, range: ByteRange) {
        self.kind = kind
        self.name = name
        self.parent = parent
        self.range = range
        parent?.children.append(self)
    }

    /// The innermost enclosing class name (this class for a class body), for private-name
    /// mangling: CPython's tables hold `__x` inside `class C` as `_C__x`.
    public internal(set) var privateName: String?

    /// How `name` resolves in this scope. Names not in the table are implicit globals
    /// (or, in a class body or at module level, looked up in globals then builtins).
    /// `name` is as written in the source (the IR's spelling); private names are mangled here.
    public func binding(of name: String) -> Binding {
        if let symbol = symbols[name] { return symbol.binding }
        // (Looked up again only when mangling changes the name: globals are the common miss.)
        let m = mangled(name)
        return m == name ? .globalImplicit : symbols[m]?.binding ?? .globalImplicit
    }

    /// `name` as CPython stores it in this scope (`__x` → `_C__x` inside class `C`).
    public func mangled(_ name: String) -> String {
        guard let cls = privateName, name.hasPrefix("__"), !name.hasSuffix("__"),
              !name.utf8.contains(UInt8(ascii: ".")) else { return name }
        let stripped = cls.drop(while: { $0 == "_" })
        return stripped.isEmpty ? name : "_" + stripped + name
    }

    /// Free variables in the order CPython puts them in `co_freevars` (sorted).
    public var freeVariables: [String] {
        symbols.filter { $0.value.binding == .free }.map(\.key).sorted()
    }

    /// Locals captured by nested scopes (`co_cellvars`, sorted).
    public var cellVariables: [String] {
        symbols.filter { $0.value.binding == .cell }.map(\.key).sorted()
    }
}

/// Where a name lives at run time.
public enum Binding: String, Sendable, Equatable {
    /// A fast local (or a name in a class namespace / module dict bound in that scope).
    case local
    /// A local that a nested scope captures: it lives in a cell.
    case cell
    /// A variable of an enclosing function scope, reached through a closure cell.
    case free
    /// Declared `global`.
    case globalExplicit
    /// Not bound in any enclosing function scope: module globals, then builtins.
    case globalImplicit
}

public struct Symbol: Sendable, Equatable {
    public struct Flags: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let assigned = Flags(rawValue: 1 << 0)
        public static let parameter = Flags(rawValue: 1 << 1)
        public static let referenced = Flags(rawValue: 1 << 2)
        public static let declaredGlobal = Flags(rawValue: 1 << 3)
        public static let declaredNonlocal = Flags(rawValue: 1 << 4)
        public static let imported = Flags(rawValue: 1 << 5)
        public static let annotated = Flags(rawValue: 1 << 6)
        /// Bound by a def/class statement.
        public static let definition = Flags(rawValue: 1 << 7)
    }
    public var flags: Flags
    public var binding: Binding
    public init(flags: Flags, binding: Binding) { self.flags = flags; self.binding = binding }
}

// MARK: - Definitions

public final class FunctionDef {
    /// `<lambda>` for lambdas.
    public let name: String
    /// As `__qualname__`: `C.method`, `outer.<locals>.inner`.
    public let qualifiedName: String
    public internal(set) var parameters: [Parameter] = []
    /// For a lambda: one `return` of its expression.
    public internal(set) var body: [Stmt] = []
    /// Outermost first, as written.
    public internal(set) var decorators: [Expr] = []
    public internal(set) var returns: Expr?
    public let isAsync: Bool
    public let isLambda: Bool
    /// The body contains `yield` / `yield from` (in its own scope).
    public internal(set) var isGenerator: Bool = false
    /// The whole definition, decorators included.
    public let range: ByteRange
    /// The name (for a lambda, the `lambda` keyword).
    public let nameRange: ByteRange
    public internal(set) var scope: Scope
    /// The class whose body defines this function directly, if any.
    public internal(set) weak var enclosingClass: ClassDef?
    /// The function whose body (or nested class body) contains this one, if any.
    public internal(set) weak var enclosingFunction: FunctionDef?
    /// Index into `Module.functions`.
    public let id: Int

    public init(id: Int, name: String, qualifiedName: String, isAsync: Bool, isLambda: Bool,
                range: ByteRange, nameRange: ByteRange, scope: Scope) {
        self.id = id; self.name = name; self.qualifiedName = qualifiedName
        self.isAsync = isAsync; self.isLambda = isLambda
        self.range = range; self.nameRange = nameRange; self.scope = scope
    }
}

public struct Parameter {
    public enum Kind: String, Sendable { case positionalOnly, positional, varPositional, keywordOnly, varKeyword }
    public var name: String
    public var kind: Kind
    public var defaultValue: Expr?
    public var annotation: Expr?
    /// The parameter including its annotation and default.
    public var range: ByteRange
    public init(name: String, kind: Kind, defaultValue: Expr? = nil, annotation: Expr? = nil, range: ByteRange) {
        self.name = name; self.kind = kind; self.defaultValue = defaultValue
        self.annotation = annotation; self.range = range
    }
}

public final class ClassDef {
    public let name: String
    public let qualifiedName: String
    public internal(set) var bases: [Expr] = []
    /// `metaclass=…` and other class keywords.
    public internal(set) var keywords: [Argument] = []
    public internal(set) var decorators: [Expr] = []
    public internal(set) var body: [Stmt] = []
    public let range: ByteRange
    public let nameRange: ByteRange
    public internal(set) var scope: Scope
    public internal(set) weak var enclosingFunction: FunctionDef?
    /// Index into `Module.classes`.
    public let id: Int

    public init(id: Int, name: String, qualifiedName: String, range: ByteRange, nameRange: ByteRange, scope: Scope) {
        self.id = id; self.name = name; self.qualifiedName = qualifiedName
        self.range = range; self.nameRange = nameRange; self.scope = scope
    }

    /// Functions defined directly in the class body (methods), in order.
    public var methods: [FunctionDef] {
        var result: [FunctionDef] = []
        func collect(_ stmts: [Stmt]) {
            for s in stmts {
                switch s.kind {
                case .functionDef(let f): result.append(f)
                case .ifStmt(_, let b, let o): collect(b); collect(o)
                case .tryStmt(let b, let h, let o, let f):
                    collect(b); h.forEach { collect($0.body) }; collect(o); collect(f)
                default: break
                }
            }
        }
        collect(body)
        return result
    }
}

// MARK: - Statements

public struct Stmt {
    public var kind: StmtKind
    public var range: ByteRange
    public init(_ kind: StmtKind, _ range: ByteRange) { self.kind = kind; self.range = range }
}

public indirect enum StmtKind {
    case expr(Expr)
    /// `a = b = value`: targets left to right.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case delete([Expr])
    case pass
    case breakLoop
    case continueLoop
    case returnValue(Expr?)
    case raise(Expr?, cause: Expr?)
    case global([String])
    case nonlocal([String])
    /// `elif` chains are nested `ifStmt`s in `orelse`.
    case ifStmt(test: Expr, body: [Stmt], orelse: [Stmt])
    case whileLoop(test: Expr, body: [Stmt], orelse: [Stmt])
    case forLoop(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case tryStmt(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    /// `import a.b.c as d`
    case importModules([ImportAlias])
    /// `from ..pkg import x as y`; a star import has one alias named `*`.
    case importFrom(module: String, level: Int, names: [ImportAlias])
    case assert(test: Expr, message: Expr?)
    case match(subject: Expr, cases: [MatchCase])
    /// Something not lowered (an ERROR node, Python 2 `print x`, `exec` …): the simulation treats it as unknown code.
    case unsupported(String)
}

public struct WithItem {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) { self.context = context; self.target = target }
}

public struct ExceptHandler {
    public var type: Expr?
    /// `except E as name:` — CPython unbinds `name` at the end of the handler.
    public var name: String?
    public var body: [Stmt]
    public var isGroup: Bool
    public var range: ByteRange
    public init(type: Expr?, name: String?, body: [Stmt], isGroup: Bool = false, range: ByteRange) {
        self.type = type; self.name = name; self.body = body; self.isGroup = isGroup; self.range = range
    }
}

public struct ImportAlias: Sendable, Equatable {
    /// Dotted name as written (`os.path`), or `*`.
    public var name: String
    public var asName: String?
    public var range: ByteRange
    public init(name: String, asName: String?, range: ByteRange) {
        self.name = name; self.asName = asName; self.range = range
    }
}

public struct MatchCase {
    /// Names the pattern binds (capture patterns, `as` names, `*rest`, `**rest`).
    public var bindings: [String]
    /// Expressions the pattern evaluates (value patterns like `Color.RED`, class names).
    public var patternValues: [Expr]
    /// The pattern's structure, as PEP 634 matches it.
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
    public init(bindings: [String], patternValues: [Expr], pattern: Pattern = .unknown, guardExpr: Expr?, body: [Stmt]) {
        self.bindings = bindings; self.patternValues = patternValues; self.pattern = pattern
        self.guardExpr = guardExpr; self.body = body
    }
}

/// A `case` pattern (PEP 634).
public indirect enum Pattern {
    /// `_`
    case wildcard
    /// `name`: matches anything and binds it.
    case capture(String)
    /// A literal (`"ping"`, `-1`, `None`) or a dotted value (`Color.RED`): compared with `==`
    /// (`is` for None, True and False).
    case value(Expr)
    /// `[a, *rest, b]` / `(a, b)` / `a, b`: a sequence (not str, bytes or bytearray) of that length.
    case sequence([Pattern])
    /// `*rest` (nil name for `*_`) inside a sequence pattern.
    case star(String?)
    /// `{"op": "ping", **rest}`: a mapping holding those keys, their values matching.
    case mapping(keys: [Expr], values: [Pattern], rest: String?)
    /// `Point(x, y=0)`: an instance of the class, its attributes matching.
    case classPattern(Expr, positional: [Pattern], keywords: [(name: String, pattern: Pattern)])
    /// `p | q`
    case or([Pattern])
    /// `p as name`
    case capturing(Pattern, String)
    /// A form not lowered (a complex literal, a pattern nested too deep): matching it is undecided.
    case unknown
}

// MARK: - Expressions

public struct Expr {
    public var kind: ExprKind
    public var range: ByteRange
    public init(_ kind: ExprKind, _ range: ByteRange) { self.kind = kind; self.range = range }

    /// The name the expression starts with as written (`ClassVar` in `ClassVar[int]`, `typing`
    /// in `typing.ClassVar`, `a` in `a.b() | c`); nil when it starts with anything else.
    public var leadingName: String? {
        var e = self
        for _ in 0..<Lowering.maxDepth {
            switch e.kind {
            case .name(let n): return n
            case .attribute(let o, _), .subscript(let o, _), .call(let o, _), .binary(_, let o, _), .compare(let o, _, _):
                e = o
            case .conditional(_, let body, _): e = body
            case .boolOp(_, let operands):
                guard let first = operands.first else { return nil }
                e = first
            default: return nil
            }
        }
        return nil
    }
}

public indirect enum ExprKind {
    case name(String)
    case constant(Constant)
    /// An f-string: the interpolated expressions and what the literal text decides (the result is a new str).
    case fstring(FormattedString)
    /// A t-string (PEP 750, `t"…"`): the interpolated expressions. The result is a new
    /// `string.templatelib.Template` that keeps the interpolated values (not a str).
    case template([Expr])
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    case dict([DictItem])
    case comprehension(Comprehension)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case call(Expr, [Argument])
    case lambda(FunctionDef)
    case binary(BinaryOp, Expr, Expr)
    case unary(UnaryOp, Expr)
    /// `and` (true) / `or` (false) over two or more operands.
    case boolOp(isAnd: Bool, [Expr])
    case compare(Expr, [CompareOp], [Expr])
    case conditional(test: Expr, body: Expr, orelse: Expr)
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    /// `*x` in a call, a display or an assignment target.
    case starred(Expr)
    /// `name := value`
    case namedExpr(target: String, value: Expr)
    case unsupported(String)
}

public enum Constant: Equatable, Sendable {
    case int(String)
    case float(String)
    case complex(String)
    /// The contents, backslash escapes decoded unless the literal is raw (`r'…'`); implicitly
    /// concatenated literals are joined (the first one's prefix decides).
    case string(String)
    case bytes(String)
    case bool(Bool)
    case none
    case ellipsis
}

public struct DictItem {
    /// nil for `**mapping`.
    public var key: Expr?
    public var value: Expr
    public init(key: Expr?, value: Expr) { self.key = key; self.value = value }
}

public struct Argument {
    public enum Kind: String, Sendable { case positional, keyword, starred, doubleStarred }
    public var kind: Kind
    /// The keyword, for `.keyword`.
    public var name: String?
    public var value: Expr
    public init(kind: Kind, name: String? = nil, value: Expr) { self.kind = kind; self.name = name; self.value = value }
}

public struct Comprehension {
    public enum Kind: String, Sendable { case list, set, dict, generator }
    public var kind: Kind
    /// The element (for a dict comprehension, the key).
    public var element: Expr
    /// For a dict comprehension, the value.
    public var value: Expr?
    public var generators: [ComprehensionFor]
    /// The comprehension's own scope (its first iterable is evaluated in the enclosing scope).
    public var scope: Scope
    public init(kind: Kind, element: Expr, value: Expr?, generators: [ComprehensionFor], scope: Scope) {
        self.kind = kind; self.element = element; self.value = value; self.generators = generators; self.scope = scope
    }
}

public struct ComprehensionFor {
    public var target: Expr
    public var iter: Expr
    public var conditions: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, conditions: [Expr], isAsync: Bool) {
        self.target = target; self.iter = iter; self.conditions = conditions; self.isAsync = isAsync
    }
}

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mult = "*", matMult = "@", div = "/", mod = "%", pow = "**"
    case lShift = "<<", rShift = ">>", bitOr = "|", bitXor = "^", bitAnd = "&", floorDiv = "//"
}

public enum UnaryOp: String, Sendable { case not, invert = "~", plus = "+", minus = "-" }

public enum CompareOp: String, Sendable {
    case eq = "==", notEq = "!=", lt = "<", ltE = "<=", gt = ">", gtE = ">="
    case `is`, isNot = "is not", `in`, notIn = "not in"
}
