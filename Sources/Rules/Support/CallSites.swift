import PythonModel

/// The calls to a function that this file makes, found by name: `f(...)` for a module-level
/// function, `self.f(...)` / `obj.f(...)` / `C.f(...)` for a method.
struct CallSites {
    var calls: [[Argument]]
    /// The function is also used as a value (passed, stored, returned): callers may be anywhere.
    var escapes: Bool

    static func find(_ def: FunctionDef, in module: Module) -> CallSites? {
        guard !def.isLambda else { return nil }
        let isMethod = def.enclosingClass != nil
        var calls: [[Argument]] = []
        var callees = Set<Int>()
        var references: [Int] = []
        IRWalk.expressions(in: module.body) { e in
            switch e.kind {
            case .call(let f, let args):
                if matches(f, def.name, isMethod) {
                    calls.append(args)
                    callees.insert(f.range.lowerBound)
                }
            case .name(let n) where !isMethod && n == def.name:
                references.append(e.range.lowerBound)
            case .attribute(_, let n) where isMethod && n == def.name:
                references.append(e.range.lowerBound)
            default: break
            }
        }
        let escapes = references.contains { !callees.contains($0) }
        return CallSites(calls: calls, escapes: escapes)
    }

    static func matches(_ callee: Expr, _ name: String, _ isMethod: Bool) -> Bool {
        switch callee.kind {
        case .name(let n): return !isMethod && n == name
        case .attribute(_, let n): return isMethod && n == name
        default: return false
        }
    }

    /// True when there is at least one call, the function never escapes as a value, and every call
    /// passes `parameter` (positionally, by keyword, or possibly through `*args` / `**kwargs`).
    func all(passing parameter: Parameter, of def: FunctionDef) -> Bool {
        guard !calls.isEmpty, !escapes else { return false }
        var positionalIndex: Int?
        if parameter.kind == .positional || parameter.kind == .positionalOnly {
            let positional = def.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
            positionalIndex = positional.firstIndex { $0.name == parameter.name }
            if def.enclosingClass != nil, let i = positionalIndex {
                let isStatic = def.decorators.contains { if case .name("staticmethod") = $0.kind { return true } else { return false } }
                positionalIndex = isStatic ? i : i - 1
            }
        }
        for args in calls {
            if args.contains(where: { $0.kind == .starred || $0.kind == .doubleStarred }) { continue }
            if args.contains(where: { $0.kind == .keyword && $0.name == parameter.name }) { continue }
            if let i = positionalIndex, i >= 0, args.filter({ $0.kind == .positional }).count > i { continue }
            return false
        }
        return true
    }
}
