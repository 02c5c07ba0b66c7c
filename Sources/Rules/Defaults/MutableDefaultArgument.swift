import HeapSim
import PythonModel

/// HL101: a mutable default argument that calls store into, so it grows for the life of the function.
struct MutableDefaultArgument: Rule {
    let code = "HL101"

    static let mutableCalls: [String: String] = [
        "list": "list", "dict": "dict", "set": "set", "bytearray": "bytearray",
        "builtins.list": "list", "builtins.dict": "dict", "builtins.set": "set", "builtins.bytearray": "bytearray",
        "collections.deque": "deque", "collections.defaultdict": "defaultdict",
        "collections.OrderedDict": "OrderedDict", "collections.Counter": "Counter", "collections.ChainMap": "ChainMap",
        "weakref.WeakValueDictionary": "WeakValueDictionary", "weakref.WeakKeyDictionary": "WeakKeyDictionary",
        "weakref.WeakSet": "WeakSet", "types.SimpleNamespace": "SimpleNamespace", "array.array": "array",
    ]

    /// Base classes whose instances cannot be mutated in place.
    static let immutableBases: Set<String> = [
        "NamedTuple", "typing.NamedTuple", "Enum", "enum.Enum", "IntEnum", "enum.IntEnum", "StrEnum", "enum.StrEnum",
        "tuple", "str", "int", "float", "bytes", "frozenset", "Flag", "enum.Flag", "IntFlag", "enum.IntFlag",
    ]

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for def in context.module.functions {
            for (index, parameter) in def.parameters.enumerated() {
                guard let value = parameter.defaultValue,
                      let kind = mutableKind(value, context, depth: 0) else { continue }
                findings.append(finding(def, index, parameter, value, kind, context))
            }
        }
        return findings
    }

    /// The type of the mutable object a default evaluates to, or nil when it is not known to be mutable.
    func mutableKind(_ expr: Expr, _ context: RuleContext, depth: Int) -> String? {
        switch expr.kind {
        case .list: return "list"
        case .dict: return "dict"
        case .set: return "set"
        case .comprehension(let c):
            switch c.kind {
            case .list: return "list"
            case .set: return "set"
            case .dict: return "dict"
            case .generator: return nil
            }
        case .call(let callee, _):
            if let q = context.names.qualifiedName(callee), let kind = Self.mutableCalls[q] {
                // A builtin name the module rebinds is not the builtin.
                if case .name(let n) = callee.kind, context.names.assignments[n] != nil || context.names.classes[n] != nil { return nil }
                return kind
            }
            if case .name(let n) = callee.kind, let cls = context.names.classes[n], !context.names.rebound.contains(n),
               isMutableClass(cls, context) {
                return n
            }
            return nil
        case .name(let n):
            guard depth < 4, !context.names.rebound.contains(n), let bound = context.names.assignments[n] else { return nil }
            return mutableKind(bound, context, depth: depth + 1)
        case .tuple(let items):
            // A tuple is immutable, but a mutable object inside it is shared like any default.
            return items.contains { mutableKind($0, context, depth: depth + 1) != nil } ? "tuple" : nil
        case .attribute(let base, let name) where depth < 4:
            // `[].append`: a bound method of a mutable object keeps that object as `__self__`.
            guard mutableKind(base, context, depth: depth + 1) != nil,
                  ["append", "add", "extend", "update", "setdefault", "insert", "appendleft"].contains(name) else { return nil }
            return "bound method"
        default:
            return nil
        }
    }

    func isMutableClass(_ cls: ClassDef, _ context: RuleContext) -> Bool {
        for b in cls.bases {
            if let q = context.names.qualifiedName(b), Self.immutableBases.contains(q) { return false }
        }
        for d in cls.decorators {
            // @dataclass(frozen=True) instances cannot be assigned to.
            if case .call(_, let args) = d.kind,
               args.contains(where: { $0.name == "frozen" && { if case .constant(.bool(true)) = $0.value.kind { return true } else { return false } }($0) }) {
                return false
            }
        }
        let slotsEmpty = cls.body.contains { s in
            if case .assign(let ts, let v) = s.kind, ts.count == 1, case .name("__slots__") = ts[0].kind,
               case .tuple(let items) = v.kind, items.isEmpty { return true }
            return false
        }
        return !slotsEmpty
    }

    func finding(_ def: FunctionDef, _ index: Int, _ parameter: Parameter, _ value: Expr, _ kind: String,
                 _ context: RuleContext) -> Finding {
        let meta = metadata
        let functionName = def.isLambda ? "<lambda>" : def.name
        var verdict = Verdict.unknown
        var evidence: Evidence?
        var effect: String
        if context.settings.confirm {
            let outcome = context.simulation.defaultArgument(function: def, parameter: index)
            verdict = outcome.verdict
            evidence = outcome.evidence
            switch outcome.verdict {
            case .confirmed:
                effect = describe(outcome.evidence.growth)
                if context.simulation.callGraph.allCalls(pass: parameter, of: def) {
                    verdict = .unknown
                    effect = "grows if called without `\(parameter.name)`; no call in this file does"
                    evidence?.assumptions.append("every call in this file passes `\(parameter.name)`; callers elsewhere may not")
                }
            case .refuted:
                effect = "is never grown by a call (it is mutable, but nothing stored into it survives the call)"
            case .unknown:
                if let reason = outcome.reason {
                    effect = "is mutable and shared between calls; heaplint could not decide whether it grows (\(reason))"
                } else {
                    effect = "is mutable and shared between calls; heaplint could not decide whether it grows"
                }
            }
        } else {
            effect = "is mutable and shared between calls (not simulated: --no-confirm)"
        }
        let message = meta.message
            .replacingOccurrences(of: "{type}", with: kind)
            .replacingOccurrences(of: "{function}", with: functionName)
            .replacingOccurrences(of: "{effect}", with: effect)
        let severity: Severity = verdict == .confirmed ? .error : meta.defaultSeverity
        return Finding(code: code, name: meta.name, message: message, severity: severity, range: value.range,
                       verdict: verdict, evidence: evidence,
                       fix: fix(def, parameter, value, kind, context, title: meta.fixTitle))
    }

    /// "grows by 1 item per call", "grows by 1 item per call, keeping 5 objects alive".
    func describe(_ growth: Growth?) -> String {
        guard let g = growth else { return "grows with every call" }
        let kept = g.kinds.values.reduce(0, +)
        guard g.items > 0 else { return "keeps \(kept) more object\(kept == 1 ? "" : "s") alive per call" }
        if g.itemRate > 0, g.itemRate < 0.9 {
            // Growth on some calls only: say how often.
            let every = max(2, Int((1 / g.itemRate).rounded()))
            return "grows by 1 item every \(every) calls"
        }
        var text = "grows by \(g.items) item\(g.items == 1 ? "" : "s") per call"
        if kept > g.items { text += ", keeping \(kept) objects alive" }
        return text
    }

    /// `def f(x, acc=[])` → `def f(x, acc=None)` and `if acc is None: acc = []` at the top of the body.
    /// Unsafe: callers that relied on the shared object see a new one per call. The text is built by
    /// `DefaultArgumentFix`, which offers no fix wherever it cannot be sure the result still compiles.
    func fix(_ def: FunctionDef, _ parameter: Parameter, _ value: Expr, _ kind: String,
             _ context: RuleContext, title: String?) -> Fix? {
        guard !def.isLambda, parameter.annotation == nil else { return nil }
        if case .name = value.kind { return nil }
        guard let edits = DefaultArgumentFix.edits(def, parameter: parameter.name, value: value.range,
                                                   source: context.module.source) else { return nil }
        return Fix(applicability: .unsafe,
                   message: (title ?? "Use None and create the {type} inside the function").replacingOccurrences(of: "{type}", with: kind),
                   edits: edits)
    }
}
