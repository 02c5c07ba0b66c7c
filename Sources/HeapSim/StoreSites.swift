import PythonModel

/// The statements through which a default can be stored into or handed on: a refutation is earned
/// only when the scenario reached every one of them (DESIGN.md, "Refutation must be earned").
///
/// Found from the model alone, conservatively: a statement is a site when the default (or a name,
/// item or attribute that may hold it) is the receiver of a method that is not known to be
/// read-only, the target of a store, an argument to a call that is not a known pure builtin,
/// returned, yielded, captured by a closure, or aliased. When the default is stored on an object's
/// attribute (`self.items = items`), every statement of the module that stores through an
/// attribute of that name is a site too: the method that grows `self.items` must run.
public struct StoreSites {
    /// Statement start offsets (the same offsets the interpreter ticks at), sorted.
    public let offsets: [Int]
    /// Attribute names the default may be kept under.
    public let attributes: Set<String>
    /// For a site found only through parameters that hold the default itself (the candidate's own,
    /// or one it was handed to in a function of the module): those (function id, parameter) pairs.
    /// An `isinstance` test on such a parameter that rules out the default's type makes the site
    /// dead for this candidate. Sites found any other way (through an item, an attribute) are absent.
    public let parameters: [Int: [(function: Int, parameter: String)]]
    /// Sites found only through objects the default holds (`d.get(k).append(x)`, `for x in d:
    /// x.update(…)`, `flags = d.get(k); flags |= F`), never through the default itself: while the
    /// default holds nothing, they cannot reach it. Computed only when asked for (`findItemOnly`).
    public let itemOnly: Set<Int>
    /// Methods the default (or what it holds) was handed to through `self.name(…)`, as
    /// "Class.name" (the class of the method making the call; "?" when none): a subclass that
    /// overrides one runs other code.
    public let selfMethodHandoffs: Set<String>

    static let readOnlyMethods: Set<String> = [
        "get", "keys", "values", "items", "copy", "count", "index", "clear", "pop", "popitem", "popleft",
        "remove", "discard", "__contains__", "__len__", "__getitem__", "__iter__", "issubset", "issuperset",
        "isdisjoint", "union", "intersection", "difference", "symmetric_difference", "most_common", "elements",
        "total", "startswith", "endswith", "join", "format", "split", "strip", "lower", "upper", "replace",
        "find", "rfind", "encode", "decode", "hex", "tobytes", "tolist", "__eq__", "__ne__", "__hash__",
        "__repr__", "__str__", "__bool__", "fromkeys", "maxlen", "default_factory",
    ]
    static let loggerMethods: Set<String> = ["debug", "info", "warning", "warn", "error", "exception", "critical", "fatal", "log"]
    /// Read-only methods whose result may be an object the default holds.
    static let itemMethods: Set<String> = ["get", "pop", "popitem", "popleft", "values", "items", "__getitem__", "setdefault"]
    /// Builtins that only read their arguments (shadowing is checked against the module's names).
    static let pureBuiltins: Set<String> = [
        "len", "bool", "str", "repr", "sorted", "list", "tuple", "set", "frozenset", "dict", "sum", "min", "max",
        "any", "all", "isinstance", "issubclass", "id", "hash", "type", "print", "format", "reversed", "enumerate",
        "zip", "iter", "next", "callable", "hasattr", "getattr", "int", "float", "abs", "round", "divmod", "ord",
        "chr", "ascii", "bytes", "bytearray", "map", "filter",
    ]

    /// What every candidate's scan reads of the module as a whole: computed once per module (a
    /// file with 900,000 candidates made it 900,000 times, quadratic in the file).
    public struct ModuleFacts {
        let visible: Set<String>
        let shadowed: [String]
        let topLevel: [String: FunctionDef]
        let topLevelClasses: [String: ClassDef]
        /// Module-level names bound to `logging.getLogger(...)`: their logging methods only read
        /// their arguments, as `logging.warning(...)` does.
        let loggers: Set<String>

        public init(_ module: Module) {
            var loggers = Set<String>()
            for st in module.body {
                guard case .assign(let targets, let value) = st.kind, case .call(let f, _) = value.kind else { continue }
                let isGetLogger: Bool
                switch f.kind {
                case .attribute(let b, "getLogger"): if case .name("logging") = b.kind { isGetLogger = true } else { isGetLogger = false }
                case .name("getLogger"): isGetLogger = true
                default: isGetLogger = false
                }
                guard isGetLogger else { continue }
                for t in targets { if case .name(let n) = t.kind { loggers.insert(n) } }
            }
            self.loggers = loggers
            var visible = Set<String>()
            for f in module.functions where f.enclosingFunction == nil && f.enclosingClass == nil && !f.isLambda { visible.insert(f.name) }
            for c in module.classes where c.enclosingFunction == nil { visible.insert(c.name) }
            self.visible = visible
            shadowed = module.scope.symbols.keys.filter { StoreSites.pureBuiltins.contains($0) }
            topLevel = Dictionary(module.functions.filter { $0.enclosingFunction == nil && $0.enclosingClass == nil && !$0.isLambda }
                .map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
            let classes = module.classes
            topLevelClasses = Dictionary(classes.filter { c in c.enclosingFunction == nil && !classes.contains { $0.id != c.id && $0.range.contains(c.range.lowerBound) } }
                .map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        }
    }

    /// `inherited`: a method a class of the module inherits from a base in another module (found
    /// statically). Handing the default to one whose parameter has no site in its own module (it
    /// only reads it) is not a site; any other handoff there is, as for code the model cannot see.
    public init(module: Module, function def: FunctionDef, parameter: String, facts: ModuleFacts? = nil,
                inherited: ((ClassDef, String) -> (module: Module, function: FunctionDef)?)? = nil,
                imported: ((String) -> (module: Module, function: FunctionDef)?)? = nil,
                subclassedElsewhere: ((String) -> Bool)? = nil,
                findItemOnly: Bool = false) {
        let facts = facts ?? ModuleFacts(module)
        // (A constructor's default: this module's subclasses that always pass their own value up
        // never hold it, so their methods are no sites. Only when other modules are known.)
        var skipped = Set<Int>()
        if let subclassedElsewhere, let cls = def.enclosingClass, cls.enclosingFunction == nil,
           let passedUp = Self.constructorParameter(of: def, named: parameter) {
            skipped = Self.skippableSubclasses(in: module, baseClass: cls.name, passedUp: passedUp, subclassedElsewhere: subclassedElsewhere)
        }
        let all = Self.scan(module: module, function: def, parameter: parameter, facts: facts, inherited: inherited,
                            imported: imported, ignoreItems: false, skippedClasses: skipped)
        offsets = all.sites.sorted()
        attributes = all.attributes
        parameters = all.parameters
        selfMethodHandoffs = all.selfMethods
        if findItemOnly, !all.sites.isEmpty {
            let direct = Self.scan(module: module, function: def, parameter: parameter, facts: facts, inherited: inherited,
                                   imported: imported, ignoreItems: true, skippedClasses: skipped)
            itemOnly = all.sites.subtracting(direct.sites)
        } else {
            itemOnly = []
        }
    }

    /// The method name of a handoff through `super().name(…)` (recorded as "super.name").
    static func superCallee(_ callee: String) -> String? {
        callee.hasPrefix("super.") ? String(callee.dropFirst(6)) : nil
    }

    /// Whether a default display holds objects that may be mutable (a nested display, a call, a
    /// name): what a shallow copy of it shares with it.
    static func holdsMutableItems(_ e: Expr) -> Bool {
        func mayBeMutable(_ x: Expr) -> Bool {
            switch x.kind {
            case .constant: return false
            case .tuple(let xs): return xs.contains(where: mayBeMutable)
            default: return true
            }
        }
        switch e.kind {
        case .list(let xs), .set(let xs), .tuple(let xs): return xs.contains(where: mayBeMutable)
        case .dict(let items): return items.contains { mayBeMutable($0.value) }
        default: return false
        }
    }

    /// `ChainMap(d, …)`, `weakref.proxy(d)`: library objects that hold the default given first
    /// and write through to it (a chain's writes go to its first map only).
    static func isWriteThroughWrapper(_ f: Expr) -> Bool {
        switch f.kind {
        case .name(let n): return n == "ChainMap"
        case .attribute(let b, let n): return n == "ChainMap" || (n == "proxy" && { if case .name("weakref") = b.kind { return true } else { return false } }())
        default: return false
        }
    }

    /// The parameter of `fn` that the argument at positional `index` (counting the receiver of a
    /// bound method) or passed as `keyword` lands in: the named one, else `*args` / `**kwargs`.
    static func parameter(of fn: FunctionDef, receiving index: Int, keyword: String?) -> String? {
        if let keyword {
            return fn.parameters.first(where: { $0.name == keyword && $0.kind != .positionalOnly })?.name
                ?? fn.parameters.first { $0.kind == .varKeyword }?.name
        }
        let positional = fn.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
        return index < positional.count ? positional[index].name : fn.parameters.first { $0.kind == .varPositional }?.name
    }

    /// The scan behind `init`. With `ignoreItems`, names bound to what the default holds are not
    /// followed (except where a parameter gets a display holding the default itself, `f((cnf, kw))`,
    /// whose items are the default).
    static func scan(module: Module, function def: FunctionDef, parameter: String, facts: ModuleFacts,
                     inherited: ((ClassDef, String) -> (module: Module, function: FunctionDef)?)?,
                     imported: ((String) -> (module: Module, function: FunctionDef)?)?,
                     ignoreItems: Bool, skippedClasses: Set<Int> = []) -> (sites: Set<Int>, attributes: Set<String>, parameters: [Int: [(function: Int, parameter: String)]],
                                            selfMethods: Set<String>) {
        var attrs = Set<String>()
        var sites = Set<Int>()
        var viaParameter: [Int: [(function: Int, parameter: String)]] = [:]
        var otherwise = Set<Int>()
        var selfMethods = Set<String>()
        var foreignAttributes = Set<String>()
        let visible = facts.visible
        let holdsMutable = def.parameters.first(where: { $0.name == parameter })?.defaultValue.map(Self.holdsMutableItems) ?? false
        // Attributes discovered while scanning the function widen the module-wide scan; iterate
        // until nothing new appears (bounded: attributes only grow and are finite).
        let shadowed = facts.shadowed
        let topLevel = facts.topLevel
        for _ in 0..<6 {
            let before = attrs.count
            // The default and the parameters it is handed to in functions of the module (followed
            // through calls by name and `self.method(...)`): their stores are the default's too.
            // (`keepsItems`: the parameter got a display holding the default, `f((cnf, kw))`: its
            // items are the default itself, followed even when items are ignored.)
            var work: [(FunctionDef, String, Bool, Bool)] = [(def, parameter, false, false)]
            var done = Set<String>()
            while let (f, name, asItem, keepsItems) = work.popLast(), done.count < 256 {
                guard done.insert("\(f.id):\(name):\(asItem):\(keepsItems)").inserted else { continue }
                func target(_ callee: String, _ index: Int, _ keyword: String?, _ viaSelf: Bool) -> (FunctionDef, String)? {
                    var fn: FunctionDef?
                    if let name = Self.superCallee(callee) {
                        // `super().name(…)`: the method of a base of the module.
                        let own = f.enclosingClass ?? outermostClass(f)
                        fn = own?.bases.lazy.compactMap { b -> FunctionDef? in
                            guard case .name(let n) = b.kind, let base = module.classes.first(where: { $0.name == n && $0.enclosingFunction == nil }) else { return nil }
                            return method(name, in: base)
                        }.first
                    } else {
                        fn = viaSelf ? method(callee, in: f.enclosingClass ?? outermostClass(f)) : topLevel[callee]
                    }
                    var bound = viaSelf
                    // A class of the module called: its `__init__` gets the arguments after `self`.
                    if fn == nil, !viaSelf, let cls = facts.topLevelClasses[callee], cls.decorators.isEmpty, cls.keywords.isEmpty {
                        fn = method("__init__", in: cls)
                        bound = true
                    }
                    guard let fn, fn.decorators.isEmpty else { return nil }
                    if let keyword {
                        if let p = fn.parameters.first(where: { $0.name == keyword && $0.kind != .positionalOnly }) { return (fn, p.name) }
                        return fn.parameters.first { $0.kind == .varKeyword }.map { (fn, $0.name) }
                    }
                    let positional = fn.parameters.filter { $0.kind == .positional || $0.kind == .positionalOnly }
                    let i = index + (bound ? 1 : 0)
                    if i < positional.count { return (fn, positional[i].name) }
                    // Into `*args`: the tuple holds the default.
                    return fn.parameters.first { $0.kind == .varPositional }.map { (fn, $0.name) }
                }
                /// `self.name(...)` reaching a method inherited from another module that only reads
                /// the parameter it gets.
                func inheritedReadOnly(_ callee: String, _ index: Int, _ keyword: String?, _ viaSelf: Bool) -> Bool {
                    guard viaSelf, let inherited, let cls = f.enclosingClass ?? outermostClass(f),
                          let (m, fn) = inherited(cls, Self.superCallee(callee) ?? callee), fn.decorators.isEmpty,
                          let p = Self.parameter(of: fn, receiving: index + 1, keyword: keyword) else { return false }
                    let there = StoreSites(module: m, function: fn, parameter: p)
                    // (What it keeps the default under there, `self._values = ChainMap(defaults)`:
                    // stores through those attributes are sites, wherever the project makes them.)
                    foreignAttributes.formUnion(there.attributes)
                    return there.offsets.isEmpty
                }
                /// `name(...)` reaching a function another project module defines, imported by name
                /// (`from nltk.termsec import safe_print`), that only reads the parameter it gets.
                func importedReadOnly(_ callee: String, _ index: Int, _ keyword: String?, _ viaSelf: Bool) -> Bool {
                    guard !viaSelf, topLevel[callee] == nil, facts.topLevelClasses[callee] == nil, let imported,
                          let (m, fn) = imported(callee), fn.decorators.isEmpty, fn.enclosingClass == nil,
                          let p = Self.parameter(of: fn, receiving: index, keyword: keyword) else { return false }
                    return StoreSites(module: m, function: fn, parameter: p).offsets.isEmpty
                }
                var scan = Scan(tainted: asItem ? [] : [name], attrs: attrs, shadowedBuiltins: shadowed)
                scan.loggers = facts.loggers
                scan.copiesShareItems = holdsMutable
                scan.ignoreItems = ignoreItems && !keepsItems
                if asItem { scan.items = [name] }
                scan.visibleCallees = visible
                scan.resolves = { target($0, $1, $2, $3) != nil || inheritedReadOnly($0, $1, $2, $3) || importedReadOnly($0, $1, $2, $3) }
                scan.function(f, isCandidate: f.id == def.id)
                sites.formUnion(scan.sites)
                for site in scan.sites {
                    if asItem { otherwise.insert(site) } else { viaParameter[site, default: []].append((f.id, name)) }
                }
                attrs.formUnion(scan.newAttrs)
                for h in scan.handoffs {
                    if h.viaSelf, Self.superCallee(h.callee) == nil { selfMethods.insert(((f.enclosingClass ?? outermostClass(f))?.name ?? "?") + "." + h.callee) }
                    if ignoreItems, h.item, !h.display, !keepsItems { continue }
                    // A dataclass of the module called with it: its generated `__init__` keeps it
                    // under the field's name (`User(name, tags=tags)` sets `user.tags`).
                    if !h.viaSelf, !h.item, let cls = facts.topLevelClasses[h.callee] {
                        attrs.formUnion(Self.dataclassFields(cls, index: h.index, keyword: h.keyword,
                                                             classes: facts.topLevelClasses))
                    }
                    if let t = target(h.callee, h.index, h.keyword, h.viaSelf) { work.append((t.0, t.1, h.item, keepsItems || h.display)) }
                }
            }
            if !attrs.isEmpty {
                for other in module.functions where other.id != def.id && other.enclosingFunction == nil
                && !(other.enclosingClass.map { skippedClasses.contains($0.id) } ?? false) {
                    var s = Scan(tainted: [], attrs: attrs, shadowedBuiltins: shadowed)
                    s.loggers = facts.loggers
                    s.ignoreItems = ignoreItems
                    s.visibleCallees = visible
                    s.function(other, isCandidate: false)
                    sites.formUnion(s.sites)
                    otherwise.formUnion(s.sites)
                    attrs.formUnion(s.newAttrs)
                }
            }
            if attrs.count == before { break }
        }
        return (sites, attrs.union(foreignAttributes), viaParameter.filter { !otherwise.contains($0.key) }, selfMethods)

        /// A method found on a module class or, failing that, on its module-class bases.
        func method(_ name: String, in cls: ClassDef?) -> FunctionDef? {
            var queue = cls.map { [$0] } ?? []
            var seen = Set<Int>()
            while !queue.isEmpty {
                let c = queue.removeFirst()
                guard seen.insert(c.id).inserted, seen.count < 16 else { continue }
                if let m = c.methods.first(where: { $0.name == name }) { return m }
                for b in c.bases {
                    if case .name(let n) = b.kind, let base = module.classes.first(where: { $0.name == n && $0.enclosingFunction == nil }) {
                        queue.append(base)
                    }
                }
            }
            return nil
        }
        /// The class of the method a nested function sits in (`self` is the method's).
        func outermostClass(_ f: FunctionDef) -> ClassDef? {
            var g: FunctionDef? = f
            while let h = g { if let c = h.enclosingClass { return c }; g = h.enclosingFunction }
            return nil
        }
    }

    /// The fields of a `@dataclass` or attrs (`@attr.s`, `@define`, `@frozen`, `@mutable`) class
    /// that a call's argument may initialise: by keyword (attrs names a field `_x` by `x`), or by
    /// position among the fields (`ClassVar` ones are not fields; attrs counts only
    /// `x = attr.ib()` under `@attr.s` or when some such field is not annotated). When the
    /// position cannot be told (bases of the class come first), every field of the class and of
    /// its bases in the module. Empty for other classes.
    static func dataclassFields(_ cls: ClassDef, index: Int, keyword: String?, classes: [String: ClassDef]) -> [String] {
        guard let kind = generatedInitKind(cls) else { return [] }
        let fields = initFields(cls, kind)
        if let keyword {
            if let f = fields.first(where: { $0.parameter == keyword }) { return [f.name] }
            return cls.bases.isEmpty ? [] : [keyword, "_" + keyword]
        }
        let positional = fields.filter { !$0.keywordOnly }
        if cls.bases.isEmpty { return index < positional.count ? [positional[index].name] : [] }
        var all = fields.map(\.name)
        var queue = cls.bases
        var seen = Set<String>()
        while let b = queue.popLast() {
            guard case .name(let n) = b.kind, seen.insert(n).inserted, let base = classes[n], seen.count < 16,
                  let k = generatedInitKind(base) else { continue }
            all += initFields(base, k).map(\.name)
            queue += base.bases
        }
        return all
    }

    /// How a class's `__init__` is generated from its body: `.dataclass`, `.attrsMarkersOnly`
    /// (`@attr.s` without `auto_attribs=True`), `.attrs` (`@define`, `@frozen`, …); nil for none.
    enum GeneratedInit { case dataclass, attrs, attrsMarkersOnly }
    static func generatedInitKind(_ cls: ClassDef) -> GeneratedInit? {
        for d in cls.decorators {
            var e = d
            var keywords: [Argument] = []
            if case .call(let f, let args) = e.kind { e = f; keywords = args }
            let name: String
            var onAttrsModule = false
            switch e.kind {
            case .name(let n): name = n
            case .attribute(let b, let n):
                name = n
                if case .name(let m) = b.kind { onAttrsModule = m == "attr" || m == "attrs" }
            default: continue
            }
            if name == "dataclass" && !onAttrsModule { return .dataclass }
            if ["define", "frozen", "mutable"].contains(name) || (onAttrsModule && name == "dataclass") { return .attrs }
            if onAttrsModule && (name == "s" || name == "attrs") {
                let auto = keywords.contains { a in
                    if a.name == "auto_attribs", case .constant(.bool(true)) = a.value.kind { return true }
                    return false
                }
                return auto ? .attrs : .attrsMarkersOnly
            }
        }
        return nil
    }

    /// The fields of the generated `__init__`, in order: name, parameter name, keyword-only.
    static func initFields(_ cls: ClassDef, _ kind: GeneratedInit) -> [(name: String, parameter: String, keywordOnly: Bool)] {
        func isClassVar(_ ann: Expr, _ range: Range<Int>) -> Bool {
            var classVar = false
            IRWalk.expressions(in: [Stmt(.expr(ann), range)]) { e in
                switch e.kind {
                case .name("ClassVar"), .attribute(_, "ClassVar"), .name("InitVar"), .attribute(_, "InitVar"): classVar = true
                default: break
                }
            }
            return classVar
        }
        /// `attr.ib(...)` / `attr.attrib(...)` / `attr.field(...)` / `field(...)`: its arguments.
        func marker(_ e: Expr?) -> [Argument]? {
            guard let e, case .call(let f, let args) = e.kind else { return nil }
            switch f.kind {
            case .attribute(_, let n) where ["ib", "attrib", "field"].contains(n): return args
            case .name(let n) where ["ib", "attrib", "field"].contains(n): return args
            default: return nil
            }
        }
        var order: [(name: String, annotated: Bool, args: [Argument]?)] = []
        for st in cls.body {
            switch st.kind {
            case .annAssign(let t, let ann, let value):
                guard case .name(let n) = t.kind, !isClassVar(ann, st.range) else { continue }
                order.append((n, true, marker(value)))
            case .assign(let targets, let value) where kind != .dataclass:
                guard let args = marker(value) else { continue }
                for t in targets { if case .name(let n) = t.kind { order.append((n, false, args)) } }
            default: continue
            }
        }
        let markersOnly = kind == .attrsMarkersOnly || (kind == .attrs && order.contains { !$0.annotated })
        var fields: [(name: String, parameter: String, keywordOnly: Bool)] = []
        for f in order {
            if kind != .dataclass && markersOnly && f.args == nil { continue }
            func keyword(_ k: String) -> Expr? { f.args?.first { $0.name == k }?.value }
            if case .constant(.bool(false))? = keyword("init")?.kind { continue }
            var parameter = f.name
            if kind != .dataclass {
                if case .constant(.string(let alias))? = keyword("alias")?.kind { parameter = alias }
                else { parameter = String(f.name.drop { $0 == "_" }) }
            }
            var keywordOnly = false
            if case .constant(.bool(true))? = keyword("kw_only")?.kind { keywordOnly = true }
            fields.append((f.name, parameter, keywordOnly))
        }
        return fields
    }

    /// The statements of another module (`module`) through which a default kept under one of
    /// `attributes` by a method of class `baseClass` (`self.options = options`) can be stored
    /// into: the methods of that module's subclasses of it (a base spelled `baseClass` or
    /// `pkg.baseClass`, or a class of the module that is one), scanned as the candidate's own
    /// module's other functions are (`self.options.setdefault(…).append(…)`). Other receivers of an
    /// attribute of that name in another module are not counted: by name alone they are mostly
    /// other objects' (`autogen_context.imports.update(…)`), and the model cannot tell them apart.
    ///
    /// `passedUp`: the base class's `__init__` parameter holding the default (its index after
    /// `self`, and its name). A subclass whose construction always hands the base its own value
    /// for it (`super().__init__(name, columns)` unconditionally, at the top of its `__init__`, or
    /// inherited from a subclass that does) never holds the default under it: its methods are
    /// not sites.
    public static func attributeSites(in module: Module, attributes: Set<String>, baseClass: String,
                                      passedUp: (index: Int, name: String)? = nil,
                                      subclassedElsewhere: (String) -> Bool = { _ in true }) -> [Int] {
        guard !attributes.isEmpty else { return [] }
        var subclasses = Set<Int>()
        var names: Set<String> = [baseClass]
        for _ in 0..<4 {
            for c in module.classes where !subclasses.contains(c.id) {
                let direct = c.bases.contains { b in
                    switch b.kind {
                    case .name(let n): return names.contains(n)
                    case .attribute(_, let n): return n == baseClass
                    default: return false
                    }
                }
                if direct { subclasses.insert(c.id); names.insert(c.name) }
            }
        }
        if let passedUp {
            subclasses.subtract(skippableSubclasses(in: module, baseClass: baseClass, passedUp: passedUp, subclassedElsewhere: subclassedElsewhere))
        }
        guard !subclasses.isEmpty else { return [] }
        let facts = ModuleFacts(module)
        var attrs = attributes
        var sites = Set<Int>()
        for _ in 0..<6 {
            let before = attrs.count
            for f in module.functions where f.enclosingFunction == nil {
                guard let c = f.enclosingClass, subclasses.contains(c.id) else { continue }
                var s = Scan(tainted: [], attrs: attrs, shadowedBuiltins: facts.shadowed)
                s.loggers = facts.loggers
                s.visibleCallees = facts.visible
                s.function(f, isCandidate: false)
                sites.formUnion(s.sites)
                attrs.formUnion(s.newAttrs)
            }
            if attrs.count == before { break }
        }
        return sites.sorted()
    }

    /// The parameter `name` of a constructor (`__init__`), as its position after `self` and its
    /// name: what a subclass's `super().__init__(…)` must pass (`alwaysPassesUp`). Nil for other
    /// functions.
    static func constructorParameter(of def: FunctionDef, named name: String) -> (index: Int, name: String)? {
        guard def.name == "__init__", let i = def.parameters.dropFirst().firstIndex(where: { $0.name == name }) else { return nil }
        return (i - 1, name)
    }

    /// The subclasses of `baseClass` in `module` (classes at module level) whose instances never
    /// hold the base constructor's default for `passedUp`, so that their methods' uses of the
    /// attribute keeping it are no sites: each always passes its own value up
    /// (`alwaysPassesUp`), and so does every class of the module derived from it, and no other
    /// module derives a class from it (`subclassedElsewhere`: one that calls the base's
    /// `__init__` directly would run its methods on an instance holding the default).
    static func skippableSubclasses(in module: Module, baseClass: String, passedUp: (index: Int, name: String),
                                    subclassedElsewhere: (String) -> Bool) -> Set<Int> {
        let top = module.classes.filter { $0.enclosingFunction == nil }
        func parentName(_ c: ClassDef) -> String? {
            guard c.bases.count == 1 else { return nil }
            switch c.bases[0].kind {
            case .name(let n): return n
            case .attribute(_, let n): return n
            default: return nil
            }
        }
        // (Derived from the base, through classes of the module.)
        var derived: [Int: ClassDef] = [:]
        for _ in 0..<6 {
            for c in top where derived[c.id] == nil {
                guard let n = parentName(c) else { continue }
                if n == baseClass || derived.values.contains(where: { $0.name == n }) { derived[c.id] = c }
            }
        }
        let passing = Set(derived.values.filter { alwaysPassesUp($0, passedUp, baseClass: baseClass, in: module, depth: 0) }.map(\.id))
        var out = Set<Int>()
        for c in derived.values where passing.contains(c.id) && !subclassedElsewhere(c.name) {
            // (Every class of the module below it passes too.)
            var below = [c.name], ok = true, seen = Set<String>()
            while let n = below.popLast(), ok {
                guard seen.insert(n).inserted else { continue }
                for d in top where parentName(d) == n || d.bases.contains(where: { if case .name(n) = $0.kind { return true } else { return false } }) {
                    if !passing.contains(d.id) || subclassedElsewhere(d.name) { ok = false; break }
                    below.append(d.name)
                }
            }
            if ok { out.insert(c.id) }
        }
        return out
    }

    /// Whether every instance of `cls` (a subclass, in `module`, of `baseClass`) is constructed
    /// with its own value for the base `__init__`'s parameter `passed`: the first `__init__` up
    /// its single-inheritance chain calls `super().__init__(…)` (or `Base.__init__(self, …)`) as
    /// a top-level statement, and that call reaches the base with the parameter given, by
    /// position or keyword (no `*args` / `**kwargs` before it), or reaches a subclass that
    /// passes it in turn.
    static func alwaysPassesUp(_ cls: ClassDef, _ passed: (index: Int, name: String), baseClass: String, in module: Module, depth: Int) -> Bool {
        guard depth < 6, cls.bases.count == 1, cls.keywords.isEmpty else { return false }
        let baseName: String
        switch cls.bases[0].kind {
        case .name(let n): baseName = n
        case .attribute(_, let n): baseName = n
        default: return false
        }
        let parent = baseName == baseClass ? nil : module.classes.first { $0.name == baseName && $0.enclosingFunction == nil }
        guard baseName == baseClass || parent != nil else { return false }
        guard let initDef = cls.methods.first(where: { $0.name == "__init__" }) else {
            // (Inherits its parent's constructor: the base's own, or a subclass's.)
            guard let parent else { return false }
            return alwaysPassesUp(parent, passed, baseClass: baseClass, in: module, depth: depth + 1)
        }
        guard initDef.decorators.isEmpty, let me = initDef.parameters.first?.name else { return false }
        for st in initDef.body {
            guard case .expr(let e) = st.kind, case .call(let f, let args) = e.kind, case .attribute(let recv, "__init__") = f.kind else { continue }
            var explicit: [Argument]
            switch recv.kind {
            case .call(let sup, let sargs):
                guard case .name("super") = sup.kind, sargs.isEmpty else { continue }
                explicit = args
            case .name(baseName):
                guard let first = args.first, first.kind == .positional, case .name(me) = first.value.kind else { continue }
                explicit = Array(args.dropFirst())
            default: continue
            }
            if let parent { return alwaysPassesUp(parent, passed, baseClass: baseClass, in: module, depth: depth + 1) }
            var position = 0
            for a in explicit {
                switch a.kind {
                case .positional:
                    if position == passed.index { return true }
                    position += 1
                case .keyword: if a.name == passed.name { return true }
                case .starred, .doubleStarred: return false
                }
            }
            return false
        }
        return false
    }

    /// Statements of `module` (its functions and its top level) that store into an object got
    /// through one of `attributes` on any object: `obj.tags.append(t)`, `client._headers[k] = v`,
    /// `del obj.opts[k]`, `obj.items += [x]`, a method of it other than the read-only ones, and
    /// the same through a local name bound to it (`tags = obj.tags; tags.append(t)`). A method of
    /// a class for which `skipSelfIn` holds does not count `self.<attribute>`: that is its own
    /// instance's. (What the object is handed to is not followed: this finds the direct stores
    /// code of other modules makes, which the scenario does not run.)
    public static func attributeUseSites(in module: Module, attributes: Set<String>, readMethods: Set<String>,
                                         skipSelfIn: (ClassDef) -> Bool, otherClass: (Expr) -> Bool = { _ in false }) -> [Int] {
        guard !attributes.isEmpty else { return [] }
        var sites = Set<Int>()
        var skipAnswers: [Int: Bool] = [:]
        func scan(_ body: [Stmt], cls: ClassDef?, me: String?, parameters: [Parameter]) {
            var aliases = Set<String>()
            // Local names whose class is known to be another one (`pending = nodes.pending(…)`
            // bound once, or a parameter annotated with such a class): `pending.details` is not
            // the instance's attribute.
            var bindings: [String: [Expr]] = [:]
            IRWalk.statements(in: body) { s in
                switch s.kind {
                case .assign(let ts, let v):
                    for t in ts { if case .name(let n) = t.kind { bindings[n, default: []].append(v) } else { IRWalk.expressions(in: [Stmt(.expr(t), t.range)]) { x in if case .name(let n) = x.kind { bindings[n, default: []].append(t) } } } }
                case .augAssign(let t, _, _), .annAssign(let t, _, _):
                    if case .name(let n) = t.kind { bindings[n, default: []].append(t) }
                case .forLoop(let t, _, _, _, _):
                    IRWalk.expressions(in: [Stmt(.expr(t), t.range)]) { x in if case .name(let n) = x.kind { bindings[n, default: []].append(t) } }
                case .with(let items, _, _):
                    for i in items { if let t = i.target { IRWalk.expressions(in: [Stmt(.expr(t), t.range)]) { x in if case .name(let n) = x.kind { bindings[n, default: []].append(t) } } } }
                default: break
                }
            }
            func ofOtherClass(_ b: Expr) -> Bool {
                guard case .name(let n) = b.kind else { return false }
                if let p = parameters.first(where: { $0.name == n }) {
                    guard bindings[n] == nil, let ann = p.annotation else { return false }
                    return otherClass(ann)
                }
                guard let bound = bindings[n], bound.count == 1, case .call(let k, _) = bound[0].kind else { return false }
                return otherClass(k)
            }
            // `n.attr` names bound earlier in the same block (or an enclosing one) to a new
            // object (`ctx.imports = set()`): stores through them after that go into it.
            var fresh = Set<String>()
            func isSubject(_ e: Expr) -> Bool {
                switch e.kind {
                case .attribute(let b, let a) where attributes.contains(a) && ofOtherClass(b):
                    return false
                case .attribute(let b, let a) where attributes.contains(a):
                    if case .name(let n) = b.kind, fresh.contains(n + "." + a) { return false }
                    if let me, let cls, case .name(me) = b.kind {
                        if let known = skipAnswers[cls.id] { return !known }
                        let skip = skipSelfIn(cls)
                        skipAnswers[cls.id] = skip
                        return !skip
                    }
                    return true
                case .name(let n): return aliases.contains(n)
                default: return false
                }
            }
            func storesInto(_ target: Expr) -> Bool {
                switch target.kind {
                case .subscript(let b, _): return isSubject(b)
                case .tuple(let xs), .list(let xs): return xs.contains(where: storesInto)
                case .starred(let x): return storesInto(x)
                default: return false
                }
            }
            /// The expressions a statement evaluates itself (not those of the blocks it holds).
            func own(_ s: Stmt) -> [Expr] {
                switch s.kind {
                case .expr(let e): return [e]
                case .assign(let ts, let v): return ts + [v]
                case .augAssign(let t, _, let v): return [t, v]
                case .annAssign(let t, let a, let v): return [t, a] + (v.map { [$0] } ?? [])
                case .delete(let ts): return ts
                case .returnValue(let e): return e.map { [$0] } ?? []
                case .raise(let e, let c): return (e.map { [$0] } ?? []) + (c.map { [$0] } ?? [])
                case .ifStmt(let t, _, _), .whileLoop(let t, _, _): return [t]
                case .forLoop(let t, let i, _, _, _): return [t, i]
                case .with(let items, _, _): return items.flatMap { [$0.context] + ($0.target.map { [$0] } ?? []) }
                case .tryStmt(_, let hs, _, _): return hs.compactMap(\.type)
                case .assert(let t, let m): return [t] + (m.map { [$0] } ?? [])
                case .match(let subj, let cases): return [subj] + cases.flatMap { $0.patternValues + ($0.guardExpr.map { [$0] } ?? []) }
                case .functionDef(let d):
                    return d.decorators + d.parameters.compactMap(\.defaultValue)
                case .classDef(let c): return c.decorators + c.bases + c.keywords.map(\.value)
                default: return []
                }
            }
            func block(_ stmts: [Stmt]) {
                let saved = fresh
                defer { fresh = saved }
                for s in stmts {
                    switch s.kind {
                    case .assign(let ts, let v):
                        if ts.contains(where: storesInto) { sites.insert(s.range.lowerBound) }
                        if ts.count == 1, case .name(let n) = ts[0].kind, isSubject(v) { aliases.insert(n) }
                    case .augAssign(let t, _, _):
                        if isSubject(t) || storesInto(t) { sites.insert(s.range.lowerBound) }
                    case .delete(let ts):
                        if ts.contains(where: storesInto) { sites.insert(s.range.lowerBound) }
                    default: break
                    }
                    for e in own(s) {
                        IRWalk.expressions(in: [Stmt(.expr(e), e.range)], intoFunctions: false) { x in
                            if case .call(let f, _) = x.kind, case .attribute(let b, let m) = f.kind, isSubject(b), !readMethods.contains(m) {
                                sites.insert(x.range.lowerBound)
                            }
                        }
                    }
                    switch s.kind {
                    case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _): block(b); block(o)
                    case .with(_, let b, _): block(b)
                    case .tryStmt(let b, let hs, let o, let f): block(b); for h in hs { block(h.body) }; block(o); block(f)
                    case .match(_, let cases): for c in cases { block(c.body) }
                    case .classDef(let c): block(c.body)
                    default: break
                    }
                    if case .assign(let ts, _) = s.kind {
                        for t in ts {
                            if case .attribute(let b, let a) = t.kind, attributes.contains(a), case .name(let n) = b.kind { fresh.insert(n + "." + a) }
                            if case .name(let n) = t.kind { fresh = fresh.filter { !$0.hasPrefix(n + ".") } }
                        }
                    }
                }
            }
            block(body)
        }
        for f in module.functions {
            scan(f.body, cls: f.enclosingClass, me: f.enclosingClass == nil ? nil : f.parameters.first?.name, parameters: f.parameters)
        }
        scan(module.body, cls: nil, me: nil, parameters: [])
        return sites.sorted()
    }

    /// `getattr(obj, name)` calls (anywhere in `module`) whose name is built from parts that can
    /// spell `attribute` (`f"{channel}_log"` for `audit_log`, `"audit_" + kind`): the object got
    /// may be the one kept under it.
    public static func computedAttributeSites(in module: Module, attribute: String) -> [Int] {
        var sites: [Int] = []
        IRWalk.expressions(in: module.body) { e in
            guard case .call(let f, let args) = e.kind, case .name("getattr") = f.kind, args.count >= 2 else { return }
            // The name's pieces: literal text (nil) and computed parts (an expression).
            var pieces: [String?] = []
            switch args[1].value.kind {
            case .fstring(let s):
                guard let ps = s.pieces else { sites.append(e.range.lowerBound); return }
                pieces = ps.map { if case .literal(let t) = $0 { return t } else { return nil } }
            case .binary(.add, let a, let b):
                for x in [a, b] {
                    if case .constant(.string(let c)) = x.kind { pieces.append(c) } else { pieces.append(nil) }
                }
            default: return
            }
            guard pieces.contains(where: { $0 != nil }) else { return }
            // Each literal piece in order in the name, the first at its start and the last at its
            // end when the name begins or ends with them.
            var rest = Substring(attribute)
            for (i, piece) in pieces.enumerated() {
                guard let c = piece, !c.isEmpty else { continue }
                guard let r = rest.range(of: c) else { return }
                if i == 0, r.lowerBound != rest.startIndex { return }
                rest = rest[r.upperBound...]
            }
            if let last = pieces.last, last != nil, !rest.isEmpty { return }
            sites.append(e.range.lowerBound)
        }
        return sites
    }

    /// Whether `function` only reads what the names `names` hold (module globals it names):
    /// no statement of it can store into that object or hand it on (a call of code it cannot
    /// see, an attribute it is kept under, a visible function it is handed to).
    static func onlyReads(_ names: Set<String>, in function: FunctionDef, facts: ModuleFacts) -> Bool {
        // (`global NAME` then a store to it: rebinding or `+=` in place, a site either way.)
        var declaredGlobal = false
        IRWalk.statements(in: function.body) { s in
            if case .global(let ns) = s.kind, !names.isDisjoint(with: ns) { declaredGlobal = true }
        }
        guard !declaredGlobal else { return false }
        var s = Scan(tainted: names, attrs: [], shadowedBuiltins: facts.shadowed)
        s.loggers = facts.loggers
        s.visibleCallees = facts.visible
        s.function(function, isCandidate: false)
        return s.sites.isEmpty && s.newAttrs.isEmpty && s.handoffs.isEmpty
    }

    struct Scan {
        var tainted: Set<String>
        var attrs: Set<String>
        var shadowedBuiltins: Set<String>
        /// `ModuleFacts.loggers`.
        var loggers = Set<String>()
        var sites = Set<Int>()
        var newAttrs = Set<String>()
        /// Names bound to objects the default holds (its items, values, loop variables over it).
        var items = Set<String>()
        /// Names bound to shallow copies of the default (`dict(d)`, `list(d)`, `d.copy()`): new
        /// containers, but what they hold is what the default holds.
        var copies = Set<String>()
        /// Module-level functions and classes: code the simulation runs, so an item handed to them may be stored into.
        var visibleCallees = Set<String>()
        /// Whether a handoff lands on a named parameter of a function of the module (set by the caller).
        var resolves: ((String, Int, String?, Bool) -> Bool)?
        /// The default handed to a function of the module: callee name, argument position or keyword.
        var handoffs: [(callee: String, index: Int, keyword: String?, viaSelf: Bool, item: Bool, display: Bool)] = []
        /// Names bound to what the default holds are not followed (`StoreSites.itemOnly`).
        var ignoreItems = false
        /// The default holds mutable objects (`{"middleware": [], …}`): a shallow copy kept under
        /// an attribute (`self.options = dict(options)`) shares them, so stores through that
        /// attribute anywhere may grow the default.
        var copiesShareItems = false

        init(tainted: Set<String>, attrs: Set<String>, shadowedBuiltins: [String]) {
            self.tainted = tainted
            self.attrs = attrs
            self.shadowedBuiltins = Set(shadowedBuiltins)
        }

        mutating func function(_ def: FunctionDef, isCandidate: Bool) {
            // Aliases found late make earlier statements sites too: a few passes reach the fixpoint.
            for _ in 0..<4 {
                let before = (tainted.count, attrs.count + newAttrs.count)
                topLevel(def.body)
                if (tainted.count, attrs.count + newAttrs.count) == before { break }
            }
        }

        /// The function's own statements, in order: a name rebound there, outside any branch or
        /// loop, to a value that is not the default (`text = str(text)`, `args = list(args)`) no
        /// longer holds it in the statements after (nor in closures they make); it holds it
        /// again from the top on the next pass.
        mutating func topLevel(_ stmts: [Stmt]) {
            var rebound = Set<String>()
            for s in stmts {
                statement(s)
                guard case .assign(let targets, let value) = s.kind, !isDerived(value) else { continue }
                for t in targets {
                    if case .name(let n) = t.kind, tainted.contains(n) {
                        tainted.remove(n)
                        rebound.insert(n)
                    }
                }
            }
            tainted.formUnion(rebound)
        }

        mutating func block(_ stmts: [Stmt]) {
            for s in stmts { statement(s) }
        }

        mutating func statement(_ s: Stmt) {
            let site = s.range.lowerBound
            switch s.kind {
            case .expr(let e):
                if hasStore(e) { sites.insert(site) }
            case .assign(let targets, let value):
                if hasStore(value) { sites.insert(site) }
                if case .call(let f, let args) = value.kind, StoreSites.isWriteThroughWrapper(f),
                   let first = args.first, first.kind == .positional, isDerived(first.value) {
                    // `self._values = ChainMap(defaults)`: writes through the wrapper store into the
                    // default, wherever code writes through that attribute or name.
                    for t in targets {
                        if case .attribute(_, let a) = t.kind, !attrs.contains(a) { newAttrs.insert(a) }
                        if case .name(let n) = t.kind { tainted.insert(n) }
                    }
                }
                let derivedValue = isDerived(value)
                for t in targets where bind(t, derived: derivedValue) { sites.insert(site) }
                if !derivedValue && isItem(value) {
                    targets.forEach { bindItems($0) }
                    // A mutable object the default holds, kept on an attribute or in a container
                    // (`self.middleware = _fallbacks[name]`): stores through that attribute may grow it.
                    if copiesShareItems {
                        for t in targets {
                            switch t.kind {
                            case .attribute(_, let a):
                                if !attrs.contains(a) { newAttrs.insert(a) }
                                sites.insert(site)
                            case .subscript:
                                sites.insert(site)
                            default:
                                break
                            }
                        }
                    }
                }
                if !derivedValue && isShallowCopy(value) {
                    for t in targets { if case .name(let n) = t.kind { copies.insert(n) } }
                    if copiesShareItems {
                        for t in targets {
                            guard case .attribute(_, let a) = t.kind else { continue }
                            if !attrs.contains(a) { newAttrs.insert(a) }
                            sites.insert(site)
                        }
                    }
                }
            case .annAssign(let t, _, let value):
                if let value {
                    if hasStore(value) { sites.insert(site) }
                    if bind(t, derived: isDerived(value)) { sites.insert(site) }
                }
            case .augAssign(let t, _, let v):
                if isDerived(t) || isItem(t) || hasStore(v) || storesInto(t) { sites.insert(site) }
            case .delete:
                break
            case .returnValue(let e):
                if let e, isDerived(e) || hasStore(e) { sites.insert(site) }
                // (A mutable object the default holds, handed back: its callers may grow it.)
                if let e, copiesShareItems, isItem(e) { sites.insert(site) }
            case .raise(let e, let c):
                if let e, hasStore(e) || isDerived(e) { sites.insert(site) }
                if let c, hasStore(c) { sites.insert(site) }
            case .ifStmt(let test, let body, let orelse):
                if hasStore(test) { sites.insert(site) }
                block(body); block(orelse)
            case .whileLoop(let test, let body, let orelse):
                if hasStore(test) { sites.insert(site) }
                block(body); block(orelse)
            case .forLoop(let target, let iter, let body, let orelse, _):
                if hasStore(iter) { sites.insert(site) }
                // The loop variable takes the default's items: stores into them grow what it holds.
                if isDerived(iter) || isItem(iter) || isCopy(iter) { bindItems(target) }
                block(body); block(orelse)
            case .with(let items, let body, _):
                for it in items {
                    if hasStore(it.context) { sites.insert(site) }
                    if let t = it.target, isDerived(it.context) { _ = bind(t, derived: true) }
                    if let t = it.target, isItem(it.context) { bindItems(t) }
                }
                block(body)
            case .tryStmt(let body, let handlers, let orelse, let finalbody):
                block(body)
                for h in handlers { block(h.body) }
                block(orelse); block(finalbody)
            case .functionDef(let d):
                // Defaults and decorators run here; the body is a closure over our names.
                for p in d.parameters {
                    if let v = p.defaultValue, isDerived(v) || hasStore(v) { sites.insert(site) }
                }
                for dec in d.decorators where hasStore(dec) || isDerived(dec) { sites.insert(site) }
                let shadowing = Set(d.parameters.map(\.name)).union(d.scope.symbols.keys.filter { d.scope.binding(of: $0) == .local || d.scope.binding(of: $0) == .cell })
                let saved = tainted
                tainted.subtract(shadowing)
                if !tainted.isEmpty || !attrs.isEmpty { block(d.body) }
                tainted = saved
            case .classDef(let c):
                block(c.body)
            case .match(let subject, let cases):
                if hasStore(subject) { sites.insert(site) }
                for c in cases { block(c.body) }
            case .assert(let t, let m):
                if hasStore(t) { sites.insert(site) }
                if let m, hasStore(m) { sites.insert(site) }
            case .global, .nonlocal, .pass, .breakLoop, .continueLoop, .importModules, .importFrom, .unsupported:
                break
            }
        }

        /// Names bound to what the default holds become item names.
        mutating func bindItems(_ target: Expr) {
            if ignoreItems { return }
            switch target.kind {
            case .name(let n): if !tainted.contains(n) { items.insert(n) }
            case .tuple(let xs), .list(let xs): xs.forEach { bindItems($0) }
            case .starred(let e): bindItems(e)
            default: break
            }
        }

        /// Binds a target to a value; true when the binding stores into the default (or something
        /// it holds) or hands the default to an object attribute or container.
        mutating func bind(_ target: Expr, derived: Bool) -> Bool {
            switch target.kind {
            case .name(let n):
                if derived { tainted.insert(n) }
                return derived
            case .attribute(let base, let name):
                if derived, !attrs.contains(name) { newAttrs.insert(name) }
                return derived || isDerived(base) || isItem(base)
            case .subscript(let base, _):
                if derived, case .name(let n) = base.kind { tainted.insert(n) }
                return derived || isDerived(base) || isItem(base)
            case .tuple(let items), .list(let items):
                var any = false
                for i in items where bind(i, derived: derived) { any = true }
                return any
            case .starred(let e):
                return bind(e, derived: derived)
            default:
                return derived
            }
        }

        func storesInto(_ target: Expr) -> Bool {
            switch target.kind {
            case .attribute(let b, let name): return isDerived(b) || isItem(b) || attrs.contains(name)
            case .subscript(let b, _): return isDerived(b) || isItem(b)
            default: return false
            }
        }

        /// A shallow copy of the default (or of something it holds): `dict(d)`, `list(d)`,
        /// `tuple(d)`, `sorted(d)`, `copy.copy(d)`, `d.copy()`.
        func isShallowCopy(_ e: Expr) -> Bool {
            func copied(_ v: Expr) -> Bool { isDerived(v) || isItem(v) || isCopy(v) }
            switch e.kind {
            case .dict(let items): return items.contains { $0.key == nil && copied($0.value) }
            case .list(let es), .tuple(let es), .set(let es):
                return es.contains { if case .starred(let v) = $0.kind { return copied(v) } else { return false } }
            default: break
            }
            guard case .call(let f, let args) = e.kind else { return false }
            switch f.kind {
            case .name(let n) where ["dict", "list", "tuple", "sorted"].contains(n) && !shadowedBuiltins.contains(n):
                return args.first.map { $0.kind == .positional && (isDerived($0.value) || isItem($0.value) || isCopy($0.value)) } ?? false
            case .attribute(let b, "copy"):
                if case .name("copy") = b.kind { return args.first.map { isDerived($0.value) || isItem($0.value) } ?? false }
                return args.isEmpty && (isDerived(b) || isItem(b))
            default:
                return false
            }
        }

        func isCopy(_ e: Expr) -> Bool {
            if case .name(let n) = e.kind { return copies.contains(n) }
            return false
        }

        /// The expression's value may be an object the default holds (not the default itself).
        func isItem(_ e: Expr) -> Bool {
            if ignoreItems { return false }
            switch e.kind {
            case .name(let n): return items.contains(n)
            case .subscript(let b, _): return isDerived(b) || isItem(b) || isCopy(b)
            case .attribute(let b, _): return isItem(b)
            case .call(let f, _):
                if case .attribute(let b, let m) = f.kind, StoreSites.itemMethods.contains(m) { return isDerived(b) || isItem(b) || isCopy(b) }
                return false
            case .conditional(_, let a, let b): return isItem(a) || isItem(b)
            case .boolOp(_, let es): return es.contains { isItem($0) }
            case .namedExpr(_, let v), .await(let v): return isItem(v)
            default: return false
            }
        }

        /// The expression's value may be the default itself (or a bound method or data attribute of it).
        func isDerived(_ e: Expr) -> Bool {
            switch e.kind {
            case .name(let n): return tainted.contains(n)
            case .attribute(let b, let a): return attrs.contains(a) || newAttrs.contains(a) || isDerived(b)
            case .call:
                return false
            case .conditional(_, let a, let b): return isDerived(a) || isDerived(b)
            case .boolOp(_, let es): return es.contains { isDerived($0) }
            case .namedExpr(_, let v), .starred(let v), .await(let v): return isDerived(v)
            // (`[*d]`, `(*d, x)` and `{**d, k: v}` copy what the default holds: new containers, see
            // `isShallowCopy`.)
            case .list(let es), .tuple(let es), .set(let es):
                return es.contains { if case .starred = $0.kind { return false } else { return isDerived($0) } }
            case .dict(let items): return items.contains { ($0.key.map { isDerived($0) } ?? false) || ($0.key != nil && isDerived($0.value)) }
            // (A comprehension whose items hold the default, `((k, v, seen) for k, v in rows)`, is
            // a container of it, as a display is; so is a display repeated, `[seen] * n`.)
            case .comprehension(let c): return isDerived(c.element) || (c.value.map { isDerived($0) } ?? false)
            case .binary(.mult, let a, let b), .binary(.add, let a, let b):
                return [a, b].contains { x in
                    switch x.kind {
                    case .list, .tuple, .comprehension: return isDerived(x)
                    default: return false
                    }
                }
            default: return false
            }
        }

        /// Somewhere in the expression the default (or something it holds) is stored into, called,
        /// passed to a call that is not a known pure builtin, yielded, or captured.
        mutating func hasStore(_ e: Expr) -> Bool {
            switch e.kind {
            case .call(let f, let args):
                var store = false
                var pure = false
                var visibleCallee = false
                if case .attribute(let b, let m) = f.kind {
                    if isDerived(b) || isItem(b) {
                        if StoreSites.readOnlyMethods.contains(m) { pure = true } else { store = true }
                    }
                    // A method of a string or bytes literal (`";".join(xs)`, `"{}".format(x)`)
                    // only reads its arguments.
                    switch b.kind {
                    case .constant(.string), .constant(.bytes), .fstring: pure = true
                    default: break
                    }
                    if hasStore(b) { store = true }
                    if case .name(let n) = b.kind, n == "self" || n == "cls" { visibleCallee = true }
                    if case .name(let n) = b.kind, loggers.contains(n), StoreSites.loggerMethods.contains(m) { pure = true }
                } else if case .name(let n) = f.kind, StoreSites.pureBuiltins.contains(n), !shadowedBuiltins.contains(n) {
                    pure = true
                } else {
                    if isDerived(f) { store = true }
                    if hasStore(f) { store = true }
                    if case .name(let n) = f.kind, visibleCallees.contains(n) { visibleCallee = true }
                }
                for (i, a) in args.enumerated() {
                    if hasStore(a.value) { store = true }
                    var followed = false
                    // The default or something it holds (a name, `value[0]`, `d.get(k)`, `self.items`)
                    // handed to a parameter: followed into the callee.
                    if a.kind == .positional || a.kind == .keyword, isDerived(a.value) || isItem(a.value) {
                        // A display (`(cnf, kw)`) holds the default: the parameter gets a container of it.
                        let display: Bool
                        switch a.value.kind {
                        case .tuple, .list, .set, .dict, .comprehension, .binary: display = true
                        default: display = false
                        }
                        let item = display || !isDerived(a.value)
                        var handoff: (callee: String, index: Int, keyword: String?, viaSelf: Bool, item: Bool, display: Bool)?
                        if case .name(let c) = f.kind {
                            handoff = (c, i, a.name, false, item, display)
                        } else if case .attribute(let b, let m) = f.kind, case .name("self") = b.kind {
                            handoff = (m, i, a.name, true, item, display)
                        } else if case .attribute(let b, let m) = f.kind, case .call(let s, let sargs) = b.kind, case .name("super") = s.kind, sargs.isEmpty {
                            handoff = ("super." + m, i, a.name, true, item, display)
                        }
                        if let h = handoff {
                            handoffs.append(h)
                            // Handed to a parameter of a function of the module: its stores are the
                            // sites, not this call (which only reads, if the callee only reads).
                            followed = resolves?(h.callee, h.index, h.keyword, h.viaSelf) ?? false
                            // (A `super()` call is followed into the base's method, and stays a site
                            // itself: that method runs for other callers too, so reaching its
                            // statements does not show this call ran.)
                            if StoreSites.superCallee(h.callee) != nil { followed = false }
                        }
                    }
                    if !pure, !followed, isDerived(a.value) { store = true }
                    // An item handed to code the model runs may be stored into there.
                    if !pure, !followed, visibleCallee, isItem(a.value) { store = true }
                    // A mutable object the default holds, handed to `setattr`: kept on the object.
                    if copiesShareItems, isItem(a.value), case .name("setattr") = f.kind, !shadowedBuiltins.contains("setattr") { store = true }
                }
                return store
            case .attribute(let b, _), .unary(_, let b), .await(let b):
                return hasStore(b)
            case .subscript(let a, let b), .binary(_, let a, let b):
                let x = hasStore(a), y = hasStore(b)
                return x || y
            case .slice(let a, let b, let c):
                var any = false
                for x in [a, b, c].compactMap({ $0 }) where hasStore(x) { any = true }
                return any
            case .list(let es), .tuple(let es), .set(let es), .boolOp(_, let es):
                var any = false
                for x in es where hasStore(x) { any = true }
                return any
            case .template(let es):
                // A Template keeps its interpolated values: holding the default there hands it on.
                var any = false
                for x in es where hasStore(x) || isDerived(x) { any = true }
                return any
            case .fstring(let f):
                var any = false
                for x in f.parts where hasStore(x) { any = true }
                return any
            case .dict(let items):
                var any = false
                for it in items {
                    if let k = it.key, hasStore(k) { any = true }
                    if hasStore(it.value) { any = true }
                }
                return any
            case .compare(let a, _, let rest):
                var any = hasStore(a)
                for x in rest where hasStore(x) { any = true }
                return any
            case .conditional(let t, let b, let o):
                let x = hasStore(t), y = hasStore(b), z = hasStore(o)
                return x || y || z
            case .yield(let v):
                guard let v else { return false }
                return isDerived(v) || hasStore(v) || (copiesShareItems && isItem(v))
            case .yieldFrom(let v):
                return isDerived(v) || hasStore(v)
            case .namedExpr(let t, let v):
                if isDerived(v) { tainted.insert(t); return true }
                return hasStore(v)
            case .starred(let v):
                return hasStore(v)
            case .lambda(let d):
                // A lambda that uses the default keeps it in its closure.
                var found = false
                IRWalk.expressions(in: d.body) { x in
                    if case .name(let n) = x.kind, tainted.contains(n), !d.parameters.contains(where: { $0.name == n }) { found = true }
                    if case .attribute(_, let a) = x.kind, attrs.contains(a) { found = true }
                }
                for p in d.parameters { if let v = p.defaultValue, isDerived(v) { found = true } }
                return found
            case .comprehension(let c):
                var any = hasStore(c.element)
                if let v = c.value, hasStore(v) { any = true }
                for g in c.generators {
                    if hasStore(g.iter) { any = true }
                    for cond in g.conditions where hasStore(cond) { any = true }
                }
                return any
            case .name, .constant, .unsupported:
                return false
            }
        }
    }
}

extension Module {
    /// Attribute names assigned anywhere in the module (`x.name = …`, `x.name += …`,
    /// `setattr(x, "name", …)`); nil when a `setattr` with a computed name may set any of them.
    public func assignedAttributeNames() -> Set<String>? {
        var names = Set<String>()
        var dynamic = false
        func target(_ t: Expr) {
            switch t.kind {
            case .attribute(_, let n): names.insert(n)
            case .tuple(let items), .list(let items): items.forEach(target)
            case .starred(let e): target(e)
            default: break
            }
        }
        var stack: [Stmt] = body
        for f in functions { stack += f.body }
        for c in classes { stack += c.body }
        while let s = stack.popLast() {
            switch s.kind {
            case .assign(let ts, _): ts.forEach(target)
            case .augAssign(let t, _, _), .annAssign(let t, _, _): target(t)
            case .forLoop(let t, _, let b, let o, _): target(t); stack += b; stack += o
            case .with(let items, let b, _): items.compactMap(\.target).forEach(target); stack += b
            case .ifStmt(_, let b, let o), .whileLoop(_, let b, let o): stack += b; stack += o
            case .tryStmt(let b, let hs, let o, let f): stack += b; stack += o; stack += f; hs.forEach { stack += $0.body }
            case .match(_, let cases): cases.forEach { stack += $0.body }
            default: break
            }
        }
        IRWalk.expressions(in: body, intoFunctions: true) { e in
            if case .call(let f, let args) = e.kind, case .name("setattr") = f.kind, args.count >= 2 {
                if case .constant(.string(let n)) = args[1].value.kind { names.insert(n) } else { dynamic = true }
            }
        }
        return dynamic ? nil : names
    }
}
