import PythonModel

/// What module-level names refer to: imports (as qualified names), classes, and simple values.
public struct ModuleNames {
    /// Local name → qualified name: `import collections as c` gives `c → collections`;
    /// `from collections import deque as dq` gives `dq → collections.deque`.
    public private(set) var imports: [String: String] = [:]
    /// Module-level classes by name.
    public private(set) var classes: [String: ClassDef] = [:]
    /// Module-level `NAME = value` assignments (the first one), for following names in defaults.
    public private(set) var assignments: [String: Expr] = [:]
    /// Names bound more than once at module level.
    public private(set) var rebound: Set<String> = []

    public init(_ module: Module) {
        var counts: [String: Int] = [:]
        func visit(_ stmts: [Stmt]) {
            for s in stmts {
                switch s.kind {
                case .importModules(let aliases):
                    for a in aliases {
                        if let asName = a.asName { imports[asName] = a.name } else {
                            let top = String(a.name.split(separator: ".").first ?? "")
                            imports[top] = top
                        }
                    }
                case .importFrom(let mod, let level, let names) where level == 0:
                    for a in names where a.name != "*" { imports[a.asName ?? a.name] = mod + "." + a.name }
                case .classDef(let c):
                    classes[c.name] = c
                    counts[c.name, default: 0] += 1
                case .functionDef(let f):
                    counts[f.name, default: 0] += 1
                case .assign(let targets, let value):
                    for t in targets {
                        if case .name(let n) = t.kind {
                            if assignments[n] == nil { assignments[n] = value }
                            counts[n, default: 0] += 1
                        }
                    }
                case .annAssign(let t, _, let value?):
                    if case .name(let n) = t.kind {
                        if assignments[n] == nil { assignments[n] = value }
                        counts[n, default: 0] += 1
                    }
                case .ifStmt(_, let body, let orelse):
                    visit(body); visit(orelse)
                case .tryStmt(let body, let handlers, let orelse, let finalbody):
                    visit(body); handlers.forEach { visit($0.body) }; visit(orelse); visit(finalbody)
                default:
                    break
                }
            }
        }
        visit(module.body)
        rebound = Set(counts.filter { $0.value > 1 }.keys)
    }

    /// The qualified name an expression refers to: `collections.deque`, `list` (a builtin), or nil.
    public func qualifiedName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .name(let n):
            if let q = imports[n] { return q }
            if classes[n] != nil || assignments[n] != nil { return nil }
            return n
        case .attribute(let base, let attr):
            return qualifiedName(base).map { $0 + "." + attr }
        default:
            return nil
        }
    }
}

