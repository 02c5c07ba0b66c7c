import HeapSim
import PythonModel
import Syntax

/// HL101: a mutable default argument that calls store into, so it grows for the life of the function.
struct MutableDefaultArgument: Rule {
    let code = "HL101"

    /// Calls that make a mutable container (`collections.deque` → `deque`), under every name they
    /// go by: the constructors the simulation's library table models as tracked containers, so
    /// the candidates and the simulation cannot disagree.
    static let mutableCalls: [String: String] = LibraryModels.standard.mutableConstructors
    /// Class methods of builtin types that make a new dict (the simulation models both):
    /// `str.maketrans("é", "e")`, `dict.fromkeys(FIELDS, 0)`.
    static let alternateConstructors: [String: String] = ["str.maketrans": "dict", "dict.fromkeys": "dict"]

    /// Standard-library classes written in Python whose instances are values, never changed after
    /// construction (their constructors bind attributes through `__new__` or `object.__setattr__`).
    static let standardLibraryValues: Set<String> = [
        "fractions.Fraction", "uuid.UUID", "ipaddress.IPv4Address", "ipaddress.IPv6Address", "ipaddress.IPv4Network",
        "ipaddress.IPv6Network", "ipaddress.IPv4Interface", "ipaddress.IPv6Interface", "pathlib.Path", "pathlib.PurePath",
        "pathlib.PosixPath", "pathlib.PurePosixPath", "pathlib.WindowsPath", "pathlib.PureWindowsPath", "datetime.timezone",
    ]

    /// Base classes whose instances cannot be mutated in place.
    static let immutableBases: Set<String> = [
        "NamedTuple", "typing.NamedTuple", "Enum", "enum.Enum", "IntEnum", "enum.IntEnum", "StrEnum", "enum.StrEnum",
        "tuple", "str", "int", "float", "bytes", "frozenset", "Flag", "enum.Flag", "IntFlag", "enum.IntFlag",
    ]

    func check(_ context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for def in context.module.functions where !isOverloadStub(def, context) {
            for (index, parameter) in def.parameters.enumerated() {
                guard let written = parameter.defaultValue else { continue }
                // (A name the class body binds before the method, `attrib=cell_attrib`: the
                // default is evaluated in the class's namespace, so it is that object.)
                let value = Self.classLevelValue(written, of: def) ?? written
                guard let kind = mutableKind(value, context.names, context.simulation, depth: 0),
                      context.settings.enabled.contains(code) else { continue }
                // A sentinel: an instance of a class that holds no growing state and that this
                // function never stores into.
                if isSentinel(value, context.names, context.simulation, depth: 0), !storesInto(parameter.name, def),
                   !storesThroughKeptAttributes(parameter.name, def, context.module) { continue }
                // A suppressed line is still a candidate (an unused-noqa check needs to see it used),
                // but it is not worth a simulation.
                let simulate = context.isReported(code, at: written.range.lowerBound)
                var found = finding(def, index, parameter, written, kind, context, simulate: simulate)
                // (No fix for a class-level name: the method's body cannot name it unqualified.)
                if value.range != written.range { found.fix = nil }
                findings.append(found)
            }
        }
        return findings
    }

    /// What a method's default that is a bare name evaluates to when the class body binds that
    /// name before the method (`cell_attrib = {...}` then `def cell(self, attrib=cell_attrib)`):
    /// the last such binding's value. nil otherwise (a module-level name, or a nested function).
    static func classLevelValue(_ value: Expr, of def: FunctionDef) -> Expr? {
        guard case .name(let n) = value.kind, def.enclosingFunction == nil, let cls = def.enclosingClass else { return nil }
        var bound: Expr?
        for st in cls.body where st.range.lowerBound < def.range.lowerBound {
            switch st.kind {
            case .assign(let targets, let v):
                if targets.contains(where: { if case .name(n) = $0.kind { return true } else { return false } }) { bound = v }
            case .annAssign(let target, _, let v?):
                if case .name(n) = target.kind { bound = v }
            default: break
            }
        }
        return bound
    }

    /// The type of the mutable object a default evaluates to, or nil when it is not known to be mutable.
    func mutableKind(_ expr: Expr, _ names: ModuleNames, _ simulation: ModuleSimulation?, depth: Int) -> String? {
        switch expr.kind {
        case .list, .dict, .set, .comprehension:
            return Self.displayKind(expr)
        case .call(let callee, let args):
            // A copy of a mutable object (`copy.deepcopy(BASE_SETTINGS)`): a new one of its kind,
            // made once, like a display.
            if let q = names.qualifiedName(callee), q == "copy.copy" || q == "copy.deepcopy", args.count == 1,
               args[0].kind == .positional {
                return mutableKind(args[0].value, names, simulation, depth: depth + 1)
            }
            if let q = names.qualifiedName(callee), let kind = Self.mutableCalls[q] ?? Self.alternateConstructors[q] {
                // A builtin name the module rebinds is not the builtin.
                if case .name(let n) = callee.kind, names.assignments[n] != nil || names.classes[n] != nil { return nil }
                return kind
            }
            if case .name(let n) = callee.kind, let cls = names.classes[n], !names.rebound.contains(n),
               isMutableClass(cls, names) {
                return n
            }
            // A named tuple of the module holding a mutable object (`Rule("", "", ["session"])`,
            // or one `namedtuple(...)` made), or a frozen dataclass's instance holding one
            // (`Envelope("noreply@…", ["audit@…"])`): a candidate through what it holds, as a
            // tuple display is.
            if case .name(let n) = callee.kind, !names.rebound.contains(n),
               args.contains(where: { mutableKind($0.value, names, simulation, depth: depth + 1) != nil }) {
                if let cls = names.classes[n] {
                    if cls.bases.contains(where: { b in names.qualifiedName(b).map { $0 == "typing.NamedTuple" || $0 == "NamedTuple" } ?? false }) {
                        return "tuple"
                    }
                    if Self.isFrozen(cls) { return n }
                } else if let bound = names.assignments[n], case .call(let factory, _) = bound.kind,
                          let q = names.qualifiedName(factory), q == "collections.namedtuple" || q == "typing.NamedTuple" {
                    return "tuple"
                }
            }
            // A read-only view of a mapping holding a mutable object (`MappingProxyType(BASE)`
            // where `BASE = {"Via": [...]}`): a candidate through what it holds.
            if let q = names.qualifiedName(callee), q == "types.MappingProxyType", args.count == 1, args[0].kind == .positional,
               holdsMutableValue(args[0].value, names, simulation, depth: depth + 1) {
                return "mappingproxy"
            }
            // An instance of a class another project module defines (`registry=Registry()` after
            // `from .store import Registry`).
            // Only one whose code shows state that can change (a container bound in its
            // constructor, a method storing into the instance): `Symbol("x")`, `Value(" ")` and
            // the like are values, not stores.
            if case .name(let n) = callee.kind, names.assignments[n] == nil, names.classes[n] == nil,
               let (m, cls) = simulation?.importedClass(n) {
                let other = ModuleNames(m)
                if isMutableClass(cls, other), hasChangingState(cls, other, depth: 0) { return n }
            }
            // The same named by its module (`dbkit.pool.Pool(size=2)` after `import dbkit.pool`).
            if case .attribute = callee.kind, let q = names.qualifiedName(callee),
               let (m, cls) = simulation?.projectClass(qualified: q) {
                let other = ModuleNames(m)
                if isMutableClass(cls, other), hasChangingState(cls, other, depth: 0) { return cls.name }
            }
            // An instance of a standard-library class written in Python whose code shows state that
            // can change (`capture=MemoryHandler(capacity=10)`, `timers=sched.scheduler(clock)`),
            // when the environment's standard library is there to follow.
            if depth == 0, let q = names.qualifiedName(callee), q.contains("."), Self.mutableCalls[q] == nil,
               !Self.standardLibraryValues.contains(q), let (m, cls) = simulation?.standardLibraryClass(qualified: q) {
                let other = ModuleNames(m)
                if isMutableClass(cls, other), hasChangingState(cls, other, depth: 0) { return cls.name }
            }
            // A copy made by the object's own method (`attrs=DEFAULT_ATTRS.copy()`): a new one of
            // its kind.
            if case .attribute(let base, "copy") = callee.kind, args.isEmpty, depth < 4,
               let kind = mutableKind(base, names, simulation, depth: depth + 1), ["dict", "list", "set"].contains(kind) {
                return kind
            }
            // A class's own factory (`registry=PluginConfig.default_registry()`, a classmethod or
            // staticmethod whose every `return` hands back a new mutable object).
            if depth < 3, case .attribute(let base, let method) = callee.kind, case .name(let c) = base.kind,
               let (cm, cls) = classNamed(c, names, simulation),
               let f = cls.body.lazy.compactMap({ st -> FunctionDef? in if case .functionDef(let f) = st.kind { return f } else { return nil } })
                   .last(where: { $0.name == method }),
               f.decorators.count == 1, case .name(let d) = f.decorators[0].kind, d == "classmethod" || d == "staticmethod",
               !f.isGenerator, !f.isAsync {
                let other = cm.map(ModuleNames.init) ?? names
                return Self.returnedMutableKind(f) { mutableKind($0, other, cm == nil ? simulation : nil, depth: depth + 1) }
            }
            // A call of a project function every `return` of which hands back a new mutable
            // object (`pending=buffers.pending_lines()` where `def pending_lines(): return []`):
            // the default is that object, made once when the `def` runs.
            if depth < 3, let (fm, f) = simulation?.projectFunction(called: callee), !f.isGenerator, !f.isAsync, !f.isLambda {
                return Self.returnedMutableKind(f) { mutableKind($0, ModuleNames(fm), nil, depth: depth + 1) }
            }
            return nil
        case .name(let n):
            if depth == 0, names.assignments[n] == nil, let (m, value) = simulation?.importedModuleLevelValue(n) {
                // A module-level object of another project module (`listeners=ON_SAVE` after `from
                // .hooks import ON_SAVE`): the default is that object (a display, or an instance
                // of a class of that module with state that can change).
                return importedValueKind(value, m, simulation)
            }
            guard depth < 4, !names.rebound.contains(n), let bound = names.assignments[n] else { return nil }
            return mutableKind(bound, names, simulation, depth: depth + 1)
        case .subscript(let base, let key) where depth < 4:
            // An entry of a module-level dict display named by a constant key
            // (`headers=DEFAULTS["headers"]`, `settings.LOGGING["handlers"]`): that object.
            guard case .constant(let k) = key.kind, let (display, m) = dictDisplay(base, names, simulation, depth: depth),
                  case .dict(let items) = display.kind,
                  let entry = items.last(where: { if let ik = $0.key, case .constant(let c) = ik.kind { return c == k } else { return false } })
            else { return nil }
            return mutableKind(entry.value, m.map(ModuleNames.init) ?? names, m == nil ? simulation : nil, depth: depth + 1)
        case .tuple(let items):
            // A tuple is immutable, but a mutable object inside it is shared like any default.
            return items.contains { mutableKind($0, names, simulation, depth: depth + 1) != nil } ? "tuple" : nil
        case .attribute(let base, let name) where depth < 4:
            // A module-level object of another project module named through its module
            // (`reg=hooks.default_registry` after `import hooks`): as above.
            if depth == 0, let (m, value) = simulation?.projectModuleLevelValue(expr) { return importedValueKind(value, m, simulation) }
            // An enum member's value (`steps=Preset.BASIC.value` where `class Preset(Enum):
            // BASIC = [...]`): the object the class body binds, kept as the member's value.
            if name == "value", case .attribute(let member, let memberName) = base.kind, case .name(let c) = member.kind,
               let (cm, cls) = classNamed(c, names, simulation) {
                let classNames = cm.map(ModuleNames.init) ?? names
                if cls.bases.contains(where: { ["enum.Enum", "Enum"].contains(classNames.qualifiedName($0) ?? "") }),
                   let v = Self.classBodyValue(memberName, of: cls) {
                    return mutableKind(v, classNames, cm == nil ? simulation : nil, depth: depth + 1)
                }
            }
            // A container a class body binds (`hooks=Plugin.hooks` where `class Plugin: hooks = []`,
            // the class in this module or imported from another project module): an object made
            // once, when the class statement runs, like a module-level one.
            if case .name(let c) = base.kind, !names.rebound.contains(c) {
                if let cls = names.classes[c] {
                    if let v = Self.classBodyValue(name, of: cls) { return mutableKind(v, names, simulation, depth: depth + 1) }
                } else if names.assignments[c] == nil, let (cm, cls) = simulation?.importedClass(c),
                          let v = Self.classBodyValue(name, of: cls) {
                    return mutableKind(v, ModuleNames(cm), nil, depth: depth + 1)
                }
            }
            // `[].append`: a bound method of a mutable object made by the default expression keeps
            // that object as `__self__`; the default is that object. A method of a module-level
            // container (`totals.update`) is not: that container exists whatever the default is,
            // and its growth belongs to the module-container rules.
            if case .name = base.kind { return nil }
            guard ["append", "add", "extend", "update", "setdefault", "insert", "appendleft", "__setitem__", "extendleft"].contains(name)
            else { return nil }
            return mutableKind(base, names, simulation, depth: depth + 1)
        default:
            return nil
        }
    }

    /// The class a name of this module is (its own class statement: module nil), or the class of
    /// another project module it imports.
    func classNamed(_ c: String, _ names: ModuleNames, _ simulation: ModuleSimulation?) -> (module: Module?, cls: ClassDef)? {
        guard !names.rebound.contains(c) else { return nil }
        if let cls = names.classes[c] { return (nil, cls) }
        if names.assignments[c] == nil, let (m, cls) = simulation?.importedClass(c) { return (m, cls) }
        return nil
    }

    /// The dict display a module-level name (this module's, or another project module's named
    /// by import or through its module) is bound to, with that module (nil for this one).
    func dictDisplay(_ e: Expr, _ names: ModuleNames, _ simulation: ModuleSimulation?, depth: Int) -> (Expr, Module?)? {
        switch e.kind {
        case .name(let n):
            if !names.rebound.contains(n), let bound = names.assignments[n] {
                if case .dict = bound.kind { return (bound, nil) }
                return nil
            }
            if names.assignments[n] == nil, let (m, v) = simulation?.importedModuleLevelValue(n), case .dict = v.kind { return (v, m) }
            return nil
        case .attribute:
            if let (m, v) = simulation?.projectModuleLevelValue(e), case .dict = v.kind { return (v, m) }
            return nil
        default:
            return nil
        }
    }

    /// The value a class body binds `attribute` to by its one plain assignment at the top level
    /// of the body (`hooks = []`); nil when it binds it otherwise, or more than once.
    static func classBodyValue(_ attribute: String, of cls: ClassDef) -> Expr? {
        var found: [Expr] = []
        var other = false
        for st in cls.body {
            switch st.kind {
            case .assign(let targets, let v):
                if targets.count == 1, case .name(attribute) = targets[0].kind { found.append(v) }
                else if targets.contains(where: { if case .name(attribute) = $0.kind { return true } else { return false } }) { other = true }
            case .annAssign(let target, _, let v?):
                if case .name(attribute) = target.kind { found.append(v) }
            case .augAssign(let target, _, _):
                if case .name(attribute) = target.kind { other = true }
            case .functionDef(let f): if f.name == attribute { other = true }
            case .classDef(let c): if c.name == attribute { other = true }
            case .ifStmt, .forLoop, .whileLoop, .tryStmt, .with, .match, .importFrom, .importModules, .delete: other = true
            default: break
            }
        }
        guard !other, found.count == 1 else { return nil }
        return found[0]
    }

    /// What a module-level object of another project module (`m` binds it to `value`) is, as a
    /// candidate: a display, or an instance of one of `m`'s classes whose code shows state that
    /// can change (a marker like `_missing = _Missing()` or a settings value like
    /// `DEFAULT_TIMEOUT = Timeout(5.0)` is neither), or what `mutableKind` takes there otherwise.
    func importedValueKind(_ value: Expr, _ m: Module, _ simulation: ModuleSimulation?) -> String? {
        let other = ModuleNames(m)
        if case .call(let callee, _) = value.kind, case .name(let n) = callee.kind, let cls = other.classes[n] {
            guard !other.rebound.contains(n), isMutableClass(cls, other), hasChangingState(cls, other, depth: 0) else { return nil }
            return n
        }
        // An instance of a class that module imports from a third (`default_registry =
        // Registry()` in a package `__init__` after `from .routing import Registry`).
        if case .call(let callee, _) = value.kind, case .name(let n) = callee.kind, other.assignments[n] == nil,
           let (cm, cls) = simulation?.importedClass(n, inModule: m) {
            let names = ModuleNames(cm)
            guard isMutableClass(cls, names), hasChangingState(cls, names, depth: 0) else { return nil }
            return n
        }
        return mutableKind(value, other, nil, depth: 1)
    }

    /// The kind of mutable object every `return` of `f` hands back (a display or a call `kindOf`
    /// names), when `f` has at least one return and they all agree; nil otherwise (a return of
    /// a name, of nothing, or of kinds that differ).
    static func returnedMutableKind(_ f: FunctionDef, _ kindOf: (Expr) -> String?) -> String? {
        var kinds: Set<String> = []
        var undecided = false
        func scan(_ stmts: [Stmt]) {
            for st in stmts {
                switch st.kind {
                case .returnValue(let v):
                    guard let v else { undecided = true; continue }
                    switch v.kind {
                    case .list, .dict, .set, .comprehension, .call:
                        if let k = kindOf(v) { kinds.insert(k) } else { undecided = true }
                    default: undecided = true
                    }
                case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _): scan(b); scan(o)
                case .with(_, let b, _): scan(b)
                case .tryStmt(let b, let hs, let o, let fin): scan(b); for h in hs { scan(h.body) }; scan(o); scan(fin)
                case .match(_, let cases): for c in cases { scan(c.body) }
                default: break
                }
            }
        }
        scan(f.body)
        guard !undecided, kinds.count == 1 else { return nil }
        return kinds.first
    }

    /// A dict display (directly or through a module-level name) with a mutable value.
    func holdsMutableValue(_ e: Expr, _ names: ModuleNames, _ simulation: ModuleSimulation?, depth: Int) -> Bool {
        guard depth < 6 else { return false }
        switch e.kind {
        case .dict(let items):
            return items.contains { item in item.key != nil && mutableKind(item.value, names, simulation, depth: depth + 1) != nil }
        case .name(let n):
            guard !names.rebound.contains(n), let bound = names.assignments[n] else { return false }
            return holdsMutableValue(bound, names, simulation, depth: depth + 1)
        default:
            return false
        }
    }

    /// A class decorator called with `frozen=True` (`@dataclass(frozen=True)`, `@attr.s(frozen=True)`):
    /// its instances cannot be assigned to.
    static func isFrozen(_ cls: ClassDef) -> Bool {
        cls.decorators.contains { d in
            guard case .call(_, let args) = d.kind else { return false }
            return args.contains { a in
                if a.name == "frozen", case .constant(.bool(true)) = a.value.kind { return true }
                return false
            }
        }
    }

    /// The container a display makes (`[]`, `{}`, `{1}`, a comprehension), whatever module it is in.
    static func displayKind(_ e: Expr) -> String? {
        switch e.kind {
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
        default: return nil
        }
    }

    /// `@overload` stubs are replaced by the implementation at run time: never called as such.
    func isOverloadStub(_ def: FunctionDef, _ context: RuleContext) -> Bool {
        def.decorators.contains { d in
            let q = context.names.qualifiedName(d)
            return q == "typing.overload" || q == "overload" || q == "typing_extensions.overload"
        }
    }

    /// An instance (directly or through a module-level name) of a module class whose code stores
    /// nothing into its instances after construction: a marker object, compared by identity.
    func isSentinel(_ expr: Expr, _ names: ModuleNames, _ simulation: ModuleSimulation?, depth: Int) -> Bool {
        switch expr.kind {
        case .call(let callee, let args):
            // (One handed a mutable object holds it: `Rule("", "", ["session"])`.)
            if args.contains(where: { mutableKind($0.value, names, simulation, depth: depth + 1) != nil }) { return false }
            if case .attribute = callee.kind, let q = names.qualifiedName(callee),
               let (m, cls) = simulation?.projectClass(qualified: q) {
                return isInertClass(cls, ModuleNames(m), depth: 0)
            }
            guard case .name(let n) = callee.kind else { return false }
            if let cls = names.classes[n] { return !names.rebound.contains(n) && isInertClass(cls, names, depth: 0) }
            if names.assignments[n] == nil, let (m, cls) = simulation?.importedClass(n) { return isInertClass(cls, ModuleNames(m), depth: 0) }
            return false
        case .name(let n):
            guard depth < 4, !names.rebound.contains(n), let bound = names.assignments[n] else { return false }
            return isSentinel(bound, names, simulation, depth: depth + 1)
        case .tuple(let items):
            return !items.isEmpty && items.allSatisfy { isSentinel($0, names, simulation, depth: depth + 1) || mutableKind($0, names, simulation, depth: depth + 1) == nil }
        default:
            return false
        }
    }

    static let mutatingMethods: Set<String> = [
        "append", "add", "extend", "update", "setdefault", "insert", "appendleft", "extendleft", "__setitem__",
        "__setattr__", "__iadd__", "put", "push",
    ]

    /// A class that holds no mutable state of its own: no base but `object` or other such classes,
    /// no mutable class attributes, no `__dict__`/`setattr` tricks, and no method but the
    /// constructor assigns anything; the constructor only binds attributes, never grows them.
    func isInertClass(_ cls: ClassDef, _ names: ModuleNames, depth: Int) -> Bool {
        guard depth < 4 else { return false }
        for b in cls.bases {
            if case .name("object") = b.kind { continue }
            if case .name(let n) = b.kind, let base = names.classes[n], isInertClass(base, names, depth: depth + 1) { continue }
            return false
        }
        if !cls.keywords.isEmpty || !cls.decorators.isEmpty { return false }
        for s in cls.body {
            switch s.kind {
            case .pass, .expr:
                continue
            case .assign(_, let v), .annAssign(_, _, let v?):
                if mutableKind(v, names, nil, depth: 1) != nil { return false }
            case .annAssign:
                continue
            case .functionDef(let f):
                let constructor = ["__init__", "__new__", "__set_name__", "__init_subclass__"].contains(f.name)
                if !f.decorators.isEmpty && !constructor { continue }
                var mutates = false
                IRWalk.expressions(in: f.body, intoFunctions: true) { e in
                    if case .call(let callee, _) = e.kind {
                        if case .attribute(_, let m) = callee.kind, Self.mutatingMethods.contains(m) { mutates = true }
                        if case .name("setattr") = callee.kind, !constructor { mutates = true }
                    }
                    if case .attribute(_, "__dict__") = e.kind { mutates = true }
                }
                if !constructor && f.body.contains(where: { storesAttribute($0) }) { mutates = true }
                // (A constructor binding a container, `self.pending = []`: the instance holds
                // something that can grow.)
                if constructor {
                    IRWalk.statements(in: f.body) { st in
                        if case .assign(_, let v) = st.kind, mutableKind(v, names, nil, depth: 1) != nil { mutates = true }
                        if case .annAssign(_, _, let v?) = st.kind, mutableKind(v, names, nil, depth: 1) != nil { mutates = true }
                    }
                }
                if mutates { return false }
            default:
                return false
            }
        }
        return true
    }

    /// Whether the class's own code (and that of its bases in the same module) shows instance
    /// state that can change: a mutable class attribute, a constructor binding a container, or
    /// a method (not a constructor, a property or pickling support) that stores into the
    /// instance or grows what it holds.
    func hasChangingState(_ cls: ClassDef, _ names: ModuleNames, depth: Int) -> Bool {
        guard depth < 4 else { return false }
        for b in cls.bases {
            if case .name(let n) = b.kind, let base = names.classes[n], hasChangingState(base, names, depth: depth + 1) { return true }
        }
        let pickling: Set<String> = ["__setstate__", "__getstate__", "__reduce__", "__reduce_ex__", "__copy__", "__deepcopy__"]
        for s in cls.body {
            switch s.kind {
            case .assign(_, let v), .annAssign(_, _, let v?):
                if Self.displayKind(v) != nil { return true }
                // A dataclass field made per instance as a container (`field(default_factory=list)`,
                // `field(default_factory=lambda: ["transactional"])`).
                if case .call(let callee, let args) = v.kind, let q = names.qualifiedName(callee),
                   q == "dataclasses.field" || q == "field",
                   let factory = args.first(where: { $0.kind == .keyword && $0.name == "default_factory" })?.value {
                    switch factory.kind {
                    case .name(let n) where Self.mutableCalls[n] != nil: return true
                    case .lambda(let f):
                        if case .returnValue(let r?)? = f.body.first?.kind, Self.displayKind(r) != nil { return true }
                    default: break
                    }
                }
            case .functionDef(let f):
                if pickling.contains(f.name) { continue }
                let constructor = ["__init__", "__new__", "__post_init__"].contains(f.name)
                if !f.decorators.isEmpty && !constructor { continue }
                if constructor {
                    var binds = false
                    IRWalk.statements(in: f.body) { st in
                        if case .assign(let ts, let v) = st.kind, ts.contains(where: { if case .attribute = $0.kind { return true } else { return false } }),
                           mutableKind(v, names, nil, depth: 1) != nil { binds = true }
                    }
                    if binds { return true }
                    continue
                }
                // (Stores into what another parameter holds, `obj.defects.append(defect)` in
                // `register_defect(self, obj, defect)`, change that object, not the instance,
                // unless the parameter is bound again in the method.)
                var others = Set(f.parameters.dropFirst().map(\.name))
                IRWalk.statements(in: f.body) { st in
                    switch st.kind {
                    case .assign(let ts, _):
                        for t in ts { if case .name(let n) = t.kind { others.remove(n) } }
                    case .augAssign(let t, _, _), .annAssign(let t, _, _), .forLoop(let t, _, _, _, _):
                        if case .name(let n) = t.kind { others.remove(n) }
                    case .global(let ns), .nonlocal(let ns): others.subtract(ns)
                    default: break
                    }
                }
                if f.body.contains(where: { storesAttribute($0, excludingRoots: others) }) { return true }
                var mutates = false
                IRWalk.expressions(in: f.body, intoFunctions: true) { e in
                    if case .call(let callee, _) = e.kind {
                        if case .attribute(let base, let m) = callee.kind, Self.mutatingMethods.contains(m),
                           case .attribute = base.kind, !Self.rooted(base, in: others) { mutates = true }
                        if case .name("setattr") = callee.kind { mutates = true }
                    }
                }
                if mutates { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether a statement (or one nested in it) assigns an attribute or an item.
    /// Whether an attribute or item chain starts at one of `names` (`obj.defects[0]`).
    static func rooted(_ e: Expr, in names: Set<String>) -> Bool {
        switch e.kind {
        case .name(let n): return names.contains(n)
        case .attribute(let b, _), .subscript(let b, _): return rooted(b, in: names)
        default: return false
        }
    }

    /// `excludingRoots`: stores through those names (other parameters) do not count.
    func storesAttribute(_ s: Stmt, excludingRoots: Set<String> = []) -> Bool {
        func target(_ t: Expr) -> Bool {
            switch t.kind {
            case .attribute, .subscript: return !Self.rooted(t, in: excludingRoots)
            case .tuple(let items), .list(let items): return items.contains(where: target)
            default: return false
            }
        }
        switch s.kind {
        case .assign(let ts, _): return ts.contains(where: target)
        case .augAssign(let t, _, _), .annAssign(let t, _, _): return target(t)
        case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _):
            return (b + o).contains { storesAttribute($0, excludingRoots: excludingRoots) }
        case .with(_, let b, _): return b.contains { storesAttribute($0, excludingRoots: excludingRoots) }
        case .tryStmt(let b, let hs, let o, let f): return (b + o + f + hs.flatMap(\.body)).contains { storesAttribute($0, excludingRoots: excludingRoots) }
        case .match(_, let cases): return cases.flatMap(\.body).contains { storesAttribute($0, excludingRoots: excludingRoots) }
        default: return false
        }
    }

    /// The function stores through the parameter: `p.x = …`, `p[k] = …`, `p.items.append(…)`, `setattr(p, …)`.
    func storesInto(_ name: String, _ def: FunctionDef) -> Bool {
        func rooted(_ e: Expr) -> Bool {
            switch e.kind {
            case .name(let n): return n == name
            case .attribute(let b, _), .subscript(let b, _): return rooted(b)
            default: return false
            }
        }
        func target(_ t: Expr) -> Bool {
            switch t.kind {
            case .attribute(let b, _), .subscript(let b, _): return rooted(b)
            case .tuple(let items), .list(let items): return items.contains(where: target)
            default: return false
            }
        }
        var found = false
        var stack = def.body
        while let s = stack.popLast() {
            switch s.kind {
            case .assign(let ts, _): if ts.contains(where: target) { found = true }
            case .augAssign(let t, _, _), .annAssign(let t, _, _): if target(t) { found = true }
            case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _): stack += b + o
            case .with(_, let b, _): stack += b
            case .tryStmt(let b, let hs, let o, let f): stack += b + o + f + hs.flatMap(\.body)
            case .match(_, let cases): stack += cases.flatMap(\.body)
            default: break
            }
        }
        IRWalk.expressions(in: def.body) { e in
            guard case .call(let callee, let args) = e.kind else { return }
            if case .attribute(let b, let m) = callee.kind, Self.mutatingMethods.contains(m), rooted(b) { found = true }
            if case .name("setattr") = callee.kind, let first = args.first, rooted(first.value) { found = true }
        }
        return found
    }

    /// Whether the module stores into the object through an attribute the function keeps it in
    /// (`self._helper = helper`, then `self._helper.last = v` or `self._helper.rows.append(v)` in
    /// any function or method of the module): a helper object, not a marker.
    func storesThroughKeptAttributes(_ name: String, _ def: FunctionDef, _ module: Module) -> Bool {
        var kept = Set<String>()
        IRWalk.statements(in: def.body) { s in
            if case .assign(let ts, let v) = s.kind, case .name(name) = v.kind {
                for t in ts { if case .attribute(_, let a) = t.kind { kept.insert(a) } }
            }
        }
        // Handed to a constructor of the module (`MetricsSink(bucket)`): the attribute its
        // `__init__` keeps the receiving parameter in (`self.bucket = bucket`) keeps it too.
        IRWalk.expressions(in: def.body) { e in
            guard case .call(let callee, let args) = e.kind, case .name(let c) = callee.kind,
                  let cls = module.classes.first(where: { $0.name == c && $0.enclosingFunction == nil }),
                  let initializer = cls.methods.first(where: { $0.name == "__init__" }) else { return }
            let positional = initializer.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }.dropFirst().map(\.name)
            var receiving = Set<String>()
            var index = 0
            for a in args {
                switch a.kind {
                case .positional:
                    if case .name(name) = a.value.kind, index < positional.count { receiving.insert(positional[index]) }
                    index += 1
                case .keyword:
                    if case .name(name) = a.value.kind, let k = a.name { receiving.insert(k) }
                default: break
                }
            }
            guard !receiving.isEmpty else { return }
            IRWalk.statements(in: initializer.body) { s in
                if case .assign(let ts, let v) = s.kind, case .name(let p) = v.kind, receiving.contains(p) {
                    for t in ts { if case .attribute(_, let a) = t.kind { kept.insert(a) } }
                }
            }
        }
        guard !kept.isEmpty else { return false }
        // (Below the kept attribute: `x.<kept>.y`, `x.<kept>[k]`, `x.<kept>.y.z`.)
        func below(_ e: Expr) -> Bool {
            switch e.kind {
            case .attribute(let b, _), .subscript(let b, _):
                if case .attribute(_, let a) = b.kind, kept.contains(a) { return true }
                return below(b)
            default: return false
            }
        }
        func at(_ e: Expr) -> Bool {
            if case .attribute(_, let a) = e.kind, kept.contains(a) { return true }
            return below(e)
        }
        var found = false
        let everything = module.body
        IRWalk.statements(in: everything) { s in
            switch s.kind {
            case .assign(let ts, _): if ts.contains(where: below) { found = true }
            case .augAssign(let t, _, _), .annAssign(let t, _, _): if below(t) { found = true }
            case .delete(let ts): if ts.contains(where: below) { found = true }
            default: break
            }
        }
        IRWalk.expressions(in: everything) { e in
            guard case .call(let callee, let args) = e.kind else { return }
            if case .attribute(let b, let m) = callee.kind, Self.mutatingMethods.contains(m), at(b) { found = true }
            if case .name("setattr") = callee.kind, let first = args.first, at(first.value) { found = true }
        }
        return found
    }

    /// A dataclass field whose default is a new mutable container (`field(default_factory=list)`).
    static func hasContainerFactoryField(_ cls: ClassDef) -> Bool {
        let containers: Set<String> = ["list", "dict", "set", "bytearray", "defaultdict", "deque", "Counter", "OrderedDict"]
        return cls.body.contains { s in
            guard case .annAssign(_, _, let value?) = s.kind, case .call(let callee, let args) = value.kind else { return false }
            switch callee.kind {
            case .name("field"), .attribute(_, "field"): break
            default: return false
            }
            return args.contains { a in
                guard a.name == "default_factory" else { return false }
                switch a.value.kind {
                case .name(let n), .attribute(_, let n): return containers.contains(n)
                default: return false
                }
            }
        }
    }

    func isMutableClass(_ cls: ClassDef, _ names: ModuleNames) -> Bool {
        for b in cls.bases {
            if let q = names.qualifiedName(b), Self.immutableBases.contains(q) { return false }
        }
        // @dataclass(frozen=True) instances cannot be assigned to.
        // (Unless a field's default is a new container: `history: list = field(default_factory=list)`
        // is the same list in every copy `dataclasses.replace` makes of the default.)
        if Self.isFrozen(cls) { return Self.hasContainerFactoryField(cls) }
        let slotsEmpty = cls.body.contains { s in
            if case .assign(let ts, let v) = s.kind, ts.count == 1, case .name("__slots__") = ts[0].kind,
               case .tuple(let items) = v.kind, items.isEmpty { return true }
            return false
        }
        return !slotsEmpty
    }

    func finding(_ def: FunctionDef, _ index: Int, _ parameter: Parameter, _ value: Expr, _ kind: String,
                 _ context: RuleContext, simulate: Bool = true) -> Finding {
        let meta = metadata
        let functionName = def.isLambda ? "<lambda>" : def.name
        var verdict = Verdict.unknown
        var evidence: Evidence?
        var effect: String
        // A tuple is a candidate only through what it holds (`((Basic, {...}),)`).
        let holds = kind == "tuple"
        if context.settings.confirm && simulate {
            let outcome = context.simulation.defaultArgument(function: def, parameter: index)
            verdict = outcome.verdict
            evidence = DefaultArgumentTexts.evidence(outcome)
            switch outcome.verdict {
            case .confirmed:
                effect = describe(outcome.evidence.growth)
                // (Growth through a visible caller stands: one handing on `**fields` without it.)
                let throughCallers: Bool
                if case .callers = outcome.evidence.scenario.drive { throughCallers = true } else { throughCallers = false }
                if !throughCallers && context.simulation.callGraph.allCalls(pass: parameter, of: def)
                    || context.simulation.callGraph.onlyPartialsBinding(parameter, of: def) {
                    verdict = .unknown
                    effect = "grows if called without `\(parameter.name)`; no call in this file does"
                    evidence?.assumptions.append("every call in this file passes `\(parameter.name)`; callers elsewhere may not")
                } else if !throughCallers, context.simulation.projectCallsAllPass(def, parameter: index) {
                    verdict = .unknown
                    effect = "grows if called without `\(parameter.name)`; no call in the project does"
                    evidence?.assumptions.append("every call in the project passes `\(parameter.name)`; callers elsewhere may not")
                }
            case .refuted:
                effect = outcome.storedButBounded
                    ? "stays bounded (calls store into it, but it stops growing after the first ones)"
                    : "is never grown by a call (\(holds ? "it holds mutable objects, but they do" : "it is mutable, but it does") not accumulate anything across calls)"
            case .unknown:
                let shared = holds ? "holds mutable objects shared between calls; heaplint could not decide whether they grow"
                    : "is mutable and shared between calls; heaplint could not decide whether it grows"
                if let unreached = outcome.unreached {
                    effect = shared + " (" + describe(unreached, outcome.endedBy, context.module.source) + ")"
                } else if case .growsOnlyOnSomePaths? = outcome.reason, !outcome.undecidedTests.isEmpty {
                    var rows: [Int] = []
                    var elsewhere: [String] = []
                    for t in outcome.undecidedTests {
                        if let m = t.module { elsewhere.append("a test of \(m) (byte \(t.offset))") } else {
                            let row = context.module.source.location(of: t.offset).row
                            if !rows.contains(row) { rows.append(row) }
                        }
                    }
                    var places: [String] = []
                    if !rows.isEmpty {
                        places.append((rows.count == 1 ? "the test at line " : "the tests at lines ") + rows.map(String.init).joined(separator: ", "))
                    }
                    effect = shared + " (it grows only when a test heaplint cannot evaluate goes one way: "
                        + (places + elsewhere).joined(separator: "; ") + ")"
                } else if case .assumption(.removalSkippedByException(nil, let offset)) = outcome.reason {
                    effect = shared + " (the statement at line \(context.module.source.location(of: offset).row) that takes its items out again runs after code that may raise for real callers, outside a `finally`: a call that raises before it keeps what it added)"
                } else if case .assumption(.removalSkippedByStoppedGenerator(nil, let offset)) = outcome.reason {
                    effect = shared + " (the statement at line \(context.module.source.location(of: offset).row) that takes its items out again ends a generator, after tests heaplint could not decide: where they let it yield first, a consumer that stops taking items never resumes it there)"
                } else if case .assumption(.removalSkippedByUndecidedTest(nil, let offset)) = outcome.reason {
                    effect = shared + " (the statement at line \(context.module.source.location(of: offset).row) that takes its items out again runs only on some ways through tests heaplint could not decide; a call that went another way kept what it added)"
                } else if let reason = outcome.reason {
                    effect = shared + " (\(DefaultArgumentTexts.reason(reason)))"
                } else {
                    effect = shared
                }
            }
        } else {
            effect = (holds ? "holds mutable objects shared between calls" : "is mutable and shared between calls") + " (not simulated: --no-confirm)"
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

    /// Why a store was not reached, with lines.
    func describe(_ unreached: UnreachedStore, _ endedBy: (type: String, origin: Int?)?, _ source: SourceText) -> String {
        switch unreached {
        case .functionNeverRan(let site, let function):
            var text = "`\(function)`, which can store into it at line \(source.location(of: site).row), never ran in the scenario"
            if let e = endedBy {
                // An exception of a class heaplint cannot see has no name it knows.
                let what = e.type == "object" || e.type == "opaque" ? "an exception" : e.type
                text += " (its callers stopped at \(what)" + (e.origin.map { " raised at line \(source.location(of: $0).row)" } ?? "") + ")"
            }
            return text + "; code heaplint cannot see may call it"
        case .skippedOnUndecidedPath(let site):
            return "the store at line \(source.location(of: site).row) sits behind conditions heaplint cannot evaluate, and no way it tried reached it"
        case .skippedHandler(let site, let tryStatement):
            return "the store at line \(source.location(of: site).row) is in an `except` handler of the `try` at line \(source.location(of: tryStatement).row) that no call raised into, and heaplint cannot tell whether real calls raise there"
        case .storedNothing(let site):
            return "the store at line \(source.location(of: site).row) ran, but was only ever handed nothing to store, and heaplint cannot tell what real calls hand it"
        case .skippedAfterUncertainRaise(let site, let exception, let raisedAt):
            return "the store at line \(source.location(of: site).row) was not reached: the model raised \(exception) at line \(source.location(of: raisedAt).row), which real callers may not"
        }
    }

    /// "grows by 1 item per call", "grows by 1 item per call, keeping 5 objects alive".
    func describe(_ growth: Growth?) -> String {
        guard let g = growth else { return "grows with every call" }
        let kept = g.kinds.values.reduce(0, +)
        if g.items == 0, let chars = g.characters, chars > 0 {
            // Nothing added, but text it holds gets longer (`buffers[k] = buffers.get(k, "") + chunk`).
            return "grows by \(chars) character\(chars == 1 ? "" : "s") of text per call"
        }
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
        // (A default naming an object that exists anyway, `HOOKS` or `Plugin.hooks` or
        // `hooks.default_registry`, would be the same object when looked up per call: no fix.)
        if case .name = value.kind { return nil }
        if case .attribute(let base, _) = value.kind, case .name = base.kind { return nil }
        guard let edits = DefaultArgumentFix.edits(def, parameter: parameter.name, value: value.range,
                                                   source: context.module.source) else { return nil }
        return Fix(applicability: .unsafe,
                   message: (title ?? "Use None and create the {type} inside the function").replacingOccurrences(of: "{type}", with: kind),
                   edits: edits)
    }
}
