/// What the simulation knows of callables it does not interpret (C-implemented builtins and the
/// standard library), declared in one table: each entry says what the call returns, which
/// arguments it keeps and where, which callbacks it calls, which registry it adds to (and whether
/// weakly), whether it mutates its receiver, opens or closes a resource, or may raise. The
/// interpreter looks a callable up here (dictionary lookups, no string parsing per call) and runs
/// the entry's `behaviour`; candidate detection (HL101's mutable constructors) reads the same table,
/// and the `registration-calls` / `unregistration-calls` / `long-lived-names` settings extend it.
///
/// A callable missing from the table is unknown code: an opaque result, and what flowed into it
/// is recorded as an assumption.
///
/// The table also declares the complete attribute sets of some C extension modules (`_tkinter`):
/// reading a name such a module lacks raises AttributeError (`from m import name`: ImportError),
/// as CPython does, so the Python fallbacks behind `try: f = _ext.f except AttributeError: pass`
/// are the code that runs. A name the module has and the table does not model stays opaque.
///
/// Still decided by name outside the table, because they are the language rather than a library,
/// or compute values rather than describe references: the special methods called by name
/// (`d.__setitem__`, `l.__iadd__`: the operators' semantics), methods of known strings and bytes
/// (`knownStringMethod`: computed results), `re.Match` / `re.Pattern` methods (computed matches),
/// generator `send` / `close`, `exception.with_traceback`, `property.setter`, `object.__init__` /
/// `__setattr__` through `super()`, a cache wrapper's `cache_clear`, `Logger` methods (keep nothing),
/// date and path attributes (`Objects.swift`), and HL101's own lists of mutating method names and
/// immutable bases (about the module's classes, not library calls).
///
/// Why Swift values and not data files: every entry names a behaviour the interpreter implements
/// (an enum case checked by the compiler for exhaustiveness), and the declared facts are typed
/// enums; a data file would need the same enums plus a parser and a validation pass, and could
/// still name a behaviour the interpreter does not have.

/// One of a call's arguments (or its receiver).
public enum ArgumentSlot: Sendable, Hashable {
    case receiver
    case positional(Int)
    case keyword(String)
    /// Positional arguments from this index on.
    case positionalFrom(Int)
    /// Every keyword argument.
    case keywords
    /// The callable arguments (functions, bound methods, lambdas, partials), or every argument
    /// when none is known to be callable.
    case callables
    /// Every argument.
    case all
}

/// Where a call keeps a reference to an argument after it returns.
public enum KeptPlace: Sendable, Hashable {
    /// In the object it returns (a container's items, a partial's arguments).
    case result(weak: Bool)
    /// In its receiver (`list.append`; weakly: `WeakSet.add`), or in the given positional argument
    /// (`heapq.heappush(h, x)`).
    case receiver(weak: Bool)
    case argument(Int)
    /// In a long-lived registry (a root), strongly or weakly.
    case registry(String, weak: Bool)
}

public struct KeptArgument: Sendable, Hashable {
    public var slot: ArgumentSlot
    public var place: KeptPlace
    /// Only the items of an iterable argument are kept (`list(xs)`), not the argument itself.
    public var itemsOnly: Bool
    public init(_ slot: ArgumentSlot, in place: KeptPlace, itemsOnly: Bool = false) {
        self.slot = slot; self.place = place; self.itemsOnly = itemsOnly
    }
}

/// What a call returns.
public enum ResultModel: Sendable, Hashable {
    case none
    /// An instance made by the type's constructor. `container`: a mutable container whose contents
    /// the heap model tracks, so a shared one (a default argument) can be shown to grow.
    case constructs(type: String, container: Bool)
    /// A fresh object of this type that is not a constructor call (`sorted` → list).
    case newObject(type: String)
    /// One of its arguments (decorators returning the function or class).
    case argument(ArgumentSlot)
    /// A long-lived object shared between calls (`logging.getLogger(name)`, `sys.exception()`).
    case shared
    /// Data computed from the arguments: fresh when they are. The type when it is known.
    case derived(type: String?)
    /// Data parsed from text: its parts may repeat from call to call (unknown, not fresh).
    case parsed
    /// An object the model knows nothing of (but the call keeps nothing of its arguments).
    case opaque
}

/// When a call calls one of its callable arguments.
public enum CallbackUse: Sendable, Hashable {
    /// During the call (`functools.reduce(f, …)`, `sorted(key=f)`).
    case now(ArgumentSlot)
    /// Later, from where it was kept (a registry's callback, a defaultdict's factory).
    case later(ArgumentSlot)
    /// Hooks passed to it (`object_hook=`, `key=`): every callable argument, now.
    case hooks
}

public enum RegistryEffect: Sendable, Hashable {
    case adds(String, weak: Bool)
    case removes(String)
}

public enum ResourceEffect: Sendable, Hashable { case opens, closes }

/// The builtin functions the interpreter implements (by their names in `builtins`).
public enum Builtin: String, Sendable, CaseIterable {
    case list, tuple, set, frozenset, dict, bytearray, len, range, chr, ord
    case str, repr, format, hex, oct, bin, ascii, input, hash, id
    case int, float, complex, abs, round, sum, divmod, pow
    case bool, isinstance, issubclass, callable, hasattr, any, all, bytes, print, vars
    case setattr, delattr, exec, eval, compile, breakpoint, dir, globals, locals
    case importFunction = "__import__"
    case getattr, sorted, reversed, iter, enumerate, zip, map, filter, min, max, next, open, type, object
    case staticmethod, classmethod, property, `super`, memoryview, aiter, anext
}

/// The kinds of receiver whose methods the table models (by the heap payload they have).
public enum ReceiverKind: Sendable, Hashable, CaseIterable {
    /// list, deque, bytearray, array.
    case sequence
    /// dict, defaultdict, OrderedDict, Counter, a ChainMap of its own dict.
    case mapping
    /// set, frozenset.
    case set
    /// WeakSet, WeakValueDictionary, WeakKeyDictionary.
    case weakContainer
}

/// Methods of builtin containers the interpreter implements.
public enum ContainerMethod: String, Sendable, Hashable {
    case append, appendleft, extend, extendleft, insert, pop, popleft, remove, clear, copy, sort, reverse, rotate
    case index, count, get, setdefault, update, popitem, keys, values, items, elements, add, discard, union
    case difference, intersection
    case moveToEnd = "move_to_end", mostCommon = "most_common", symmetricDifference = "symmetric_difference"
    case differenceUpdate = "difference_update", intersectionUpdate = "intersection_update"
    case symmetricDifferenceUpdate = "symmetric_difference_update"
}

/// How the interpreter carries out a call whose effect the declared facts alone do not give.
public enum LibraryBehaviour: Sendable, Hashable {
    case builtin(Builtin)
    /// A method of a builtin container, called on its receiver.
    case containerMethod(ContainerMethod)
    // Constructors.
    case deque, defaultdict, orderedDict, counter, chainMap, array, simpleNamespace, stringIO
    /// `string.Template(text)`: its `substitute` / `safe_substitute` (`Interpreter.templateMethod`).
    case stringTemplate
    case weakContainer(kind: String)
    case weakReference
    case path
    case namedtuple
    case itertoolsCount
    case islice
    /// `itertools.groupby(iterable, key)`: runs of equal keys, as (key, items) pairs.
    case groupby
    /// `itertools.cycle(iterable)`: its items again and again (enough of them for `islice`, `zip`).
    case cycle
    /// `keyword.iskeyword(s)` / `issoftkeyword(s)` of known text.
    case isKeyword(soft: Bool)
    case contextManagerDecorator
    case exitStack
    /// `contextlib.suppress(*exceptions)`: a context whose exit swallows those exceptions.
    case suppressContext
    /// `heapq.nlargest(n, iterable, key=None)` / `nsmallest`: reads the items, returns some in a new list.
    case heapSelect
    case thread, queue
    /// `importlib.import_module(name, package)` (a module the project has is imported and run)
    /// and `importlib.reload(module)` (its body runs again in the same module object).
    case importModule, reloadModule
    // Functions computed from known inputs.
    case reCompile
    /// `struct.Struct(fmt)`, and `struct.unpack(fmt, buffer)` / `unpack_from` / `calcsize`.
    case structFormat, structCall(name: String)
    case regexScan(method: String)
    case regexMatch(mode: String)
    case base64Encode(urlsafe: Bool)
    case jsonDumps, jsonDump, jsonLoads
    case csv(dictReader: Bool)
    /// `csv.writer(f)` / `csv.DictWriter(f, fieldnames)`: keeps what it is given; its
    /// `writerow` / `writerows` / `writeheader` format rows into the file and keep none of them.
    case csvWriter
    /// `pytest.mark.parametrize(names, values)`: consumes its values (a generator is run to its
    /// end at collection) and marks the function it decorates, which it returns unchanged.
    case markDecorator
    /// A new tuple of the leaves of nested tuples and lists, None dropped (`_tkinter._flatten`).
    case flattenSequences
    case reduce
    case operatorCallable(kind: String)
    /// `operator.iadd(a, b)` … `operator.ior`, `setitem`, `delitem`: the statement they stand for
    /// (`a += b` in place, `a[k] = v`, `del a[k]`), so a store through them is a store.
    case operatorStatement
    /// `inspect.signature(f)` of a function the model has: a Signature whose `parameters` map
    /// each name to a Parameter whose `.default` is the default object itself; its `bind` /
    /// `bind_partial` make BoundArguments (`.arguments`: what the call passed), whose
    /// `apply_defaults()` puts the default objects in (`ba.arguments["tags"].append(x)` grows one).
    case inspectSignature
    /// `inspect.getfullargspec(f)` of a function the model has: a FullArgSpec whose `defaults`
    /// and `kwonlydefaults` hold the default objects themselves.
    case inspectFullArgSpec
    case signatureBind(partial: Bool)
    case applyDefaults
    case copy, deepcopy
    /// `functools.singledispatch(f)`: a dispatcher calling the implementation registered for the
    /// first argument's type (`register(cls)`, `register(cls, func)`, `register` on an annotated
    /// function), else `f`.
    case singleDispatch
    case heapPush, heapPop
    /// `heapq.heappushpop(h, x)` / `heapreplace(h, x)`: one item out, one in; the heap keeps its
    /// length (`heapreplace` raises IndexError on an empty heap).
    case heapReplace(popsFirst: Bool)
    /// `heapq.heapify(h)`: reorders the list in place, nothing added or removed.
    case heapify
    case excInfo, currentException, tracebackText
    // Decorators and wrappers.
    case lruCache(defaultMaxsize: Int?)
    case cachedProperty, partial, dataclass, dataclassField
    /// attrs: `@attr.s` / `@define` (the class gets an `__init__` over its fields), `attr.ib()` /
    /// `field()` (a field's default, factory, converter, alias), `Factory(f)`.
    case attrsClass, attrsField, attrsFactory
    /// Returns its first argument, or None (`functools.total_ordering`, `enum.unique`).
    case returnsFirstArgument
    /// Returns its second argument, itself (`typing.cast(T, value)` is `value`).
    case returnsSecondArgument
    /// Returns its first argument, or an identity decorator when called without one.
    case decoratorOrIdentity
    /// A decorator factory whose decorators return what they decorate (`functools.wraps(f)`).
    case identityDecoratorFactory
    // Coroutines run when called in this model.
    case awaitArgument, gather, returnsNone
    // Registries.
    case finalize
    case getLogger
    /// Keeps the callback (its `keeps` entry) in its registry; extra arguments are bundled with it
    /// (`atexit.register(f, *args)`); returns the callback when `returnsCallback`.
    case registerCallback(bundleArguments: Bool, returnsCallback: Bool)
    case unregisterCallback
    /// A method of (or call on) a long-lived object: every argument is kept by it.
    case longLived
    /// Pure library functions (no references kept); hooks passed to them are called.
    case pure
    /// Returns an opaque object and keeps nothing.
    case opaqueResult
    /// Unknown code that keeps its arguments (`threading.Thread`): recorded as an assumption.
    case escapesArguments
}

/// One modelled callable.
public struct LibraryModel: Sendable {
    /// Qualified names and aliases (`collections.deque`; `list` and `builtins.list`).
    public var names: [String]
    public var result: ResultModel
    public var keeps: [KeptArgument]
    public var calls: [CallbackUse]
    public var registry: RegistryEffect?
    public var mutatesReceiver: Bool
    public var resource: ResourceEffect?
    public var mayRaise: Bool
    public var behaviour: LibraryBehaviour
    /// For a method: the kind of receiver it is called on (its names are then `type.method`).
    public var receiver: ReceiverKind?

    public init(_ names: [String], _ behaviour: LibraryBehaviour, returns result: ResultModel,
                keeps: [KeptArgument] = [], calls: [CallbackUse] = [], registry: RegistryEffect? = nil,
                mutatesReceiver: Bool = false, resource: ResourceEffect? = nil, mayRaise: Bool = false,
                on receiver: ReceiverKind? = nil) {
        self.names = names; self.behaviour = behaviour; self.result = result; self.keeps = keeps; self.receiver = receiver
        self.calls = calls; self.registry = registry; self.mutatesReceiver = mutatesReceiver
        self.resource = resource; self.mayRaise = mayRaise
    }

    /// The type a call makes when it is the constructor of a mutable container the model tracks.
    public var mutableContainerType: String? {
        if case .constructs(let t, true) = result { return t }
        return nil
    }
}

/// A C extension module whose every attribute is known.
public struct ExtensionModule: Sendable {
    public var name: String
    /// Its attributes in every Python version heaplint targets (the union: a name that exists in
    /// one of them is never reported missing). Dunder names (`__doc__`, `__file__`, `__spec__`, …)
    /// are left out: every module has them, and they never count as missing.
    public var attributes: Set<String>
    public init(_ name: String, attributes: Set<String>) { self.name = name; self.attributes = attributes }
}

/// The table, indexed for lookups.
public struct LibraryModels: Sendable {
    public private(set) var entries: [LibraryModel] = []
    /// Qualified name (or alias) → entry index.
    private var byName: [String: Int] = [:]
    /// Builtin name → entry index.
    private var byBuiltin: [String: Int] = [:]
    /// Families matched by prefix (`os.path.`, `bisect.bisect`), grouped by their first dotted
    /// component and longest first, so a lookup scans a handful of candidates.
    private var prefixFamilies: [Substring: [(prefix: String, entry: Int)]] = [:]
    /// Container methods by receiver kind and method name.
    private var methods: [ReceiverKind: [String: ContainerMethod]] = [:]
    /// Settings entries matched by the last dotted component of the name as called.
    private var configuredByLast: [Substring: [(name: String, entry: Int)]] = [:]
    /// `long-lived-names`, matched on the object a method is called on.
    public private(set) var longLivedNames: [String] = []
    /// C extension modules whose attributes are all declared: name → attributes.
    private var extensionModules: [String: Set<String>] = [:]
    /// Whether the settings added entries (the interpreter then also matches calls of unknown objects by spelling).
    public var hasConfiguredEntries: Bool { !configuredByLast.isEmpty || !longLivedNames.isEmpty }

    public init(_ models: [LibraryModel], prefixFamilies families: [LibraryModel] = [], extensionModules modules: [ExtensionModule] = []) {
        for m in modules { extensionModules[m.name, default: []].formUnion(m.attributes) }
        for m in models { add(m) }
        for m in families {
            entries.append(m)
            for p in m.names { prefixFamilies[Self.firstComponent(p), default: []].append((p, entries.count - 1)) }
        }
        for k in prefixFamilies.keys { prefixFamilies[k]!.sort { $0.prefix.count > $1.prefix.count } }
    }

    private mutating func add(_ m: LibraryModel) {
        entries.append(m)
        let i = entries.count - 1
        if let kind = m.receiver, case .containerMethod(let method) = m.behaviour {
            // Methods are found through their receiver, never as a library name.
            for n in m.names { methods[kind, default: [:]][String(Self.lastComponent(n))] = method }
            return
        }
        for n in m.names where byName[n] == nil { byName[n] = i }
        if case .builtin(let b) = m.behaviour { byBuiltin[b.rawValue] = i }
    }

    static func firstComponent(_ s: String) -> Substring { s[..<(s.firstIndex(of: ".") ?? s.endIndex)] }
    static func lastComponent(_ s: String) -> Substring {
        s[(s.lastIndex(of: ".").map { s.index(after: $0) } ?? s.startIndex)...]
    }

    /// The method `name` of a receiver of this kind, when the table models it.
    public func method(_ kind: ReceiverKind, _ name: String) -> ContainerMethod? { methods[kind]?[name] }

    /// Whether `module` is a C extension module the table declares in full and `name` is not one of
    /// its attributes (CPython raises AttributeError reading it). False for every other module, and
    /// for dunder names.
    public func extensionModuleLacks(_ module: String, _ name: String) -> Bool {
        guard let attributes = extensionModules[module] else { return false }
        if name.hasPrefix("__") && name.hasSuffix("__") { return false }
        return !attributes.contains(name)
    }

    /// The entry for a builtin function called by its name in `builtins`.
    public func builtin(_ name: String) -> LibraryModel? { byBuiltin[name].map { entries[$0] } }

    /// The entry for a library callable by qualified name: exact names and aliases first, then
    /// the settings' entries, then the prefix families. nil: unknown code.
    public func model(for qualifiedName: String) -> LibraryModel? {
        if let i = byName[qualifiedName] { return entries[i] }
        if hasConfiguredEntries, let m = configured(qualifiedName) { return m }
        if let family = prefixFamilies[Self.firstComponent(qualifiedName)] {
            for (p, i) in family where qualifiedName.hasPrefix(p) { return entries[i] }
        }
        return nil
    }

    /// A settings entry for a call spelled `name` (dotted, as imported or as written): a configured
    /// name matches the whole name or its trailing dotted components.
    public func configured(_ name: String) -> LibraryModel? {
        if let list = configuredByLast[Self.lastComponent(name)] {
            for (n, i) in list where Self.matches(name, n) { return entries[i] }
        }
        // `registry.append(x)` / `registry(x)` on a long-lived name.
        for n in longLivedNames {
            if Self.matches(name, n) { return entries[byName[Self.longLivedKey(n)]!] }
            if let dot = name.lastIndex(of: "."), Self.matches(String(name[..<dot]), n) {
                return entries[byName[Self.longLivedKey(n)]!]
            }
        }
        return nil
    }

    /// The registry key of the `long-lived-names` entry naming this object, if one does.
    public func longLivedRegistry(_ name: String) -> String? {
        longLivedNames.first { Self.matches(name, $0) }.map(Self.longLivedKey)
    }

    static func matches(_ name: String, _ configured: String) -> Bool {
        name == configured || (name.hasSuffix(configured) && name.dropLast(configured.count).hasSuffix("."))
    }

    static func longLivedKey(_ name: String) -> String { "long-lived " + name }

    /// Constructors of mutable containers the model tracks, by every name they go by: HL101's
    /// candidate calls (`collections.deque` → `deque`).
    public var mutableConstructors: [String: String] {
        var out: [String: String] = [:]
        for m in entries { if let t = m.mutableContainerType { for n in m.names { out[n] = t } } }
        return out
    }

    /// This table with the entries the settings add: a registration call keeps its callback
    /// argument strongly in a long-lived registry (one per call name), an unregistration call
    /// removes it (from every configured registry), a long-lived name is a module-level object
    /// that lives forever and keeps whatever is passed to its methods.
    public func extended(registrationCalls: [String], unregistrationCalls: [String], longLivedNames: [String]) -> LibraryModels {
        if registrationCalls.isEmpty && unregistrationCalls.isEmpty && longLivedNames.isEmpty { return self }
        var t = self
        func addConfigured(_ m: LibraryModel) {
            t.entries.append(m)
            for n in m.names { t.configuredByLast[Self.lastComponent(n), default: []].append((n, t.entries.count - 1)) }
        }
        for n in registrationCalls {
            let reg = LibraryModels.configuredRegistry
            addConfigured(LibraryModel([n], .registerCallback(bundleArguments: false, returnsCallback: false), returns: .opaque,
                                       keeps: [KeptArgument(.callables, in: .registry(reg, weak: false))],
                                       calls: [.later(.callables)], registry: .adds(reg, weak: false)))
        }
        for n in unregistrationCalls {
            addConfigured(LibraryModel([n], .unregisterCallback, returns: .opaque,
                                       registry: .removes(LibraryModels.configuredRegistry)))
        }
        for n in longLivedNames where !t.longLivedNames.contains(n) {
            let key = Self.longLivedKey(n)
            t.entries.append(LibraryModel([key], .longLived, returns: .opaque,
                                          keeps: [KeptArgument(.all, in: .registry(key, weak: false))],
                                          registry: .adds(key, weak: false), mutatesReceiver: true))
            t.byName[key] = t.entries.count - 1
            t.longLivedNames.append(n)
        }
        return t
    }

    /// The registry the `registration-calls` keep callbacks in.
    public static let configuredRegistry = "registration-calls"
}

// MARK: - The table

extension LibraryModels {
    public static let standard = LibraryModels(standardModels, prefixFamilies: pureFamilies, extensionModules: extensionModules)

    private static func kept(_ slot: ArgumentSlot, _ place: KeptPlace = .result(weak: false), items: Bool = false) -> KeptArgument {
        KeptArgument(slot, in: place, itemsOnly: items)
    }

    private static func builtin(_ b: Builtin, _ result: ResultModel, keeps: [KeptArgument] = [], calls: [CallbackUse] = [],
                                resource: ResourceEffect? = nil, mayRaise: Bool = false, aliases: Bool = false) -> LibraryModel {
        LibraryModel(aliases ? [b.rawValue, "builtins." + b.rawValue] : [b.rawValue], .builtin(b), returns: result,
                     keeps: keeps, calls: calls, resource: resource, mayRaise: mayRaise)
    }

    static let standardModels: [LibraryModel] = builtinModels + collectionModels + functionModels + decoratorModels
        + registryModels + methodModels

    /// Builtin functions. Constructors of builtin types go by `builtins.NAME` too.
    static let builtinModels: [LibraryModel] = [
        builtin(.list, .constructs(type: "list", container: true), keeps: [kept(.positional(0), items: true)], aliases: true),
        builtin(.dict, .constructs(type: "dict", container: true), keeps: [kept(.positional(0), items: true), kept(.keywords)], aliases: true),
        builtin(.set, .constructs(type: "set", container: true), keeps: [kept(.positional(0), items: true)], aliases: true),
        builtin(.bytearray, .constructs(type: "bytearray", container: true), aliases: true),
        builtin(.tuple, .constructs(type: "tuple", container: false), keeps: [kept(.positional(0), items: true)], aliases: true),
        builtin(.frozenset, .constructs(type: "frozenset", container: false), keeps: [kept(.positional(0), items: true)], aliases: true),
        builtin(.len, .derived(type: "int")),
        builtin(.range, .constructs(type: "range", container: false)),
        builtin(.chr, .derived(type: "str"), mayRaise: true), builtin(.ord, .derived(type: "int"), mayRaise: true),
        builtin(.str, .derived(type: "str"), calls: [.now(.positional(0))]), builtin(.repr, .derived(type: "str"), calls: [.now(.positional(0))]),
        builtin(.format, .derived(type: "str"), calls: [.now(.positional(0))]),
        builtin(.hex, .derived(type: "str")), builtin(.oct, .derived(type: "str")), builtin(.bin, .derived(type: "str")),
        builtin(.ascii, .derived(type: "str")), builtin(.input, .derived(type: "str")),
        builtin(.hash, .derived(type: "int")), builtin(.id, .derived(type: "int")),
        builtin(.int, .derived(type: "int"), mayRaise: true), builtin(.float, .derived(type: "float"), mayRaise: true),
        builtin(.complex, .derived(type: "int")), builtin(.abs, .derived(type: "int")), builtin(.round, .derived(type: "int")),
        builtin(.sum, .derived(type: "int")), builtin(.divmod, .derived(type: "int")), builtin(.pow, .derived(type: "int")),
        builtin(.bool, .shared), builtin(.isinstance, .shared), builtin(.issubclass, .shared), builtin(.callable, .shared),
        builtin(.hasattr, .shared), builtin(.any, .shared), builtin(.all, .shared),
        builtin(.bytes, .derived(type: "bytes")),
        builtin(.print, .none, calls: [.now(.all)]),
        builtin(.vars, .newObject(type: "instance_dict"), keeps: [kept(.positional(0))]),
        builtin(.setattr, .none, keeps: [kept(.positional(2), .argument(0))]),
        builtin(.delattr, .none), builtin(.exec, .none), builtin(.eval, .none), builtin(.compile, .opaque, mayRaise: true),
        builtin(.breakpoint, .none), builtin(.dir, .none), builtin(.globals, .none), builtin(.locals, .none),
        builtin(.importFunction, .opaque, mayRaise: true),
        builtin(.getattr, .shared, mayRaise: true),
        builtin(.sorted, .newObject(type: "list"), keeps: [kept(.positional(0), items: true)], calls: [.now(.keyword("key"))]),
        builtin(.reversed, .newObject(type: "list"), keeps: [kept(.positional(0), items: true)]),
        builtin(.iter, .newObject(type: "list"), keeps: [kept(.positional(0), items: true)]),
        builtin(.enumerate, .newObject(type: "list"), keeps: [kept(.positional(0), items: true)]),
        builtin(.zip, .newObject(type: "list"), keeps: [kept(.all, items: true)]),
        builtin(.map, .newObject(type: "map"), keeps: [kept(.all)], calls: [.later(.positional(0))]),
        builtin(.filter, .newObject(type: "filter"), keeps: [kept(.all)], calls: [.later(.positional(0))]),
        builtin(.min, .argument(.all), calls: [.now(.keyword("key"))], mayRaise: true),
        builtin(.max, .argument(.all), calls: [.now(.keyword("key"))], mayRaise: true),
        builtin(.next, .argument(.positional(0)), mayRaise: true),
        builtin(.open, .newObject(type: "TextIOWrapper"), resource: .opens, mayRaise: true),
        builtin(.type, .shared),
        builtin(.object, .constructs(type: "object", container: false)),
        builtin(.staticmethod, .newObject(type: "staticmethod"), keeps: [kept(.positional(0))]),
        builtin(.classmethod, .newObject(type: "classmethod"), keeps: [kept(.positional(0))]),
        builtin(.property, .newObject(type: "property"), keeps: [kept(.positional(0))]),
        builtin(.super, .newObject(type: "super"), keeps: [kept(.positional(1))]),
        builtin(.memoryview, .opaque), builtin(.aiter, .opaque), builtin(.anext, .opaque),
    ]

    /// Containers and other objects of the standard library.
    static let collectionModels: [LibraryModel] = [
        LibraryModel(["collections.deque"], .deque, returns: .constructs(type: "deque", container: true),
                     keeps: [kept(.positional(0), items: true)]),
        LibraryModel(["collections.defaultdict"], .defaultdict, returns: .constructs(type: "defaultdict", container: true),
                     keeps: [kept(.positional(0)), kept(.positional(1), items: true)], calls: [.later(.positional(0))]),
        LibraryModel(["collections.OrderedDict"], .orderedDict, returns: .constructs(type: "OrderedDict", container: true),
                     keeps: [kept(.positional(0), items: true)]),
        LibraryModel(["collections.Counter"], .counter, returns: .constructs(type: "Counter", container: true),
                     keeps: [kept(.positional(0), items: true)]),
        // Keeps its maps; writes go to the first. With no maps it makes its own dict, modelled as a
        // dict; with maps, the writes into them are not followed (recorded as an assumption).
        LibraryModel(["collections.ChainMap"], .chainMap, returns: .constructs(type: "ChainMap", container: true),
                     keeps: [kept(.all)]),
        LibraryModel(["weakref.WeakValueDictionary"], .weakContainer(kind: "WeakValueDictionary"),
                     returns: .constructs(type: "WeakValueDictionary", container: true)),
        LibraryModel(["weakref.WeakKeyDictionary"], .weakContainer(kind: "WeakKeyDictionary"),
                     returns: .constructs(type: "WeakKeyDictionary", container: true)),
        LibraryModel(["weakref.WeakSet"], .weakContainer(kind: "WeakSet"), returns: .constructs(type: "WeakSet", container: true)),
        // (The Signature keeps the function's default objects, not the function; BoundArguments
        // keep the signature, its receiver, and the arguments bound.)
        LibraryModel(["inspect.signature", "inspect.Signature.from_callable"], .inspectSignature,
                     returns: .newObject(type: "Signature")),
        LibraryModel(["inspect.getfullargspec"], .inspectFullArgSpec, returns: .newObject(type: "FullArgSpec"), mayRaise: true),
        LibraryModel(["inspect.Signature.bind"], .signatureBind(partial: false), returns: .newObject(type: "BoundArguments"),
                     keeps: [kept(.positionalFrom(1), .result(weak: false)), kept(.keywords, .result(weak: false))], mayRaise: true),
        LibraryModel(["inspect.Signature.bind_partial"], .signatureBind(partial: true), returns: .newObject(type: "BoundArguments"),
                     keeps: [kept(.positionalFrom(1), .result(weak: false)), kept(.keywords, .result(weak: false))], mayRaise: true),
        LibraryModel(["inspect.BoundArguments.apply_defaults"], .applyDefaults, returns: .none),
        // (`argparse.Namespace` is the same: attributes only, set by whoever is given it.)
        LibraryModel(["argparse.Namespace"], .simpleNamespace, returns: .constructs(type: "Namespace", container: true),
                     keeps: [kept(.keywords)]),
        LibraryModel(["types.SimpleNamespace"], .simpleNamespace, returns: .constructs(type: "SimpleNamespace", container: true),
                     keeps: [kept(.keywords)]),
        LibraryModel(["array.array"], .array, returns: .constructs(type: "array", container: true),
                     keeps: [kept(.positional(1), items: true)]),
        // A StringIO holds what is written to it (its buffer: the written strings) until
        // `truncate` or `close` drops it (`Interpreter.stringIOMethod`).
        LibraryModel(["io.StringIO", "io.BytesIO"], .stringIO, returns: .constructs(type: "StringIO", container: true)),
        // (Keeps its text; `substitute` raises KeyError for a name the mapping lacks.)
        LibraryModel(["string.Template"], .stringTemplate, returns: .newObject(type: "string.Template")),
        LibraryModel(["pathlib.Path", "pathlib.PurePath", "pathlib.PurePosixPath", "pathlib.PosixPath"], .path,
                     returns: .constructs(type: "Path", container: false)),
        LibraryModel(["itertools.count"], .itertoolsCount, returns: .constructs(type: "itertools.count", container: false)),
        // The items it takes, pulled from its source only that far (a generator is resumed as often).
        LibraryModel(["itertools.islice"], .islice, returns: .constructs(type: "itertools.islice", container: false)),
        LibraryModel(["itertools.groupby"], .groupby, returns: .constructs(type: "itertools.groupby", container: false)),
        LibraryModel(["itertools.cycle"], .cycle, returns: .constructs(type: "itertools.cycle", container: false)),
        LibraryModel(["keyword.iskeyword"], .isKeyword(soft: false), returns: .newObject(type: "bool")),
        LibraryModel(["keyword.issoftkeyword"], .isKeyword(soft: true), returns: .newObject(type: "bool")),
        LibraryModel(["collections.namedtuple", "typing.NamedTuple"], .namedtuple, returns: .newObject(type: "namedtuple_class")),
        LibraryModel(["weakref.ref", "weakref.proxy", "weakref.WeakMethod"], .weakReference, returns: .newObject(type: "weakref"),
                     keeps: [kept(.positional(0), .result(weak: true)), kept(.positional(1))], calls: [.later(.positional(1))]),
        // (A thread's own attributes: in the one thread a scenario runs, a namespace.)
        LibraryModel(["threading.local"], .simpleNamespace, returns: .constructs(type: "local", container: true)),
        LibraryModel(["threading.Lock", "threading.RLock", "threading.Event", "threading.Condition",
                      "asyncio.Lock", "asyncio.Event", "time.monotonic", "time.time", "time.perf_counter", "uuid.uuid4", "object"],
                     .opaqueResult, returns: .opaque),
        // Importing by a name computed at run time; reloading runs the module's body again.
        LibraryModel(["importlib.import_module"], .importModule, returns: .opaque, mayRaise: true),
        LibraryModel(["importlib.reload"], .reloadModule, returns: .argument(.positional(0)), mayRaise: true),
        // A thread runs its target when started (the model runs it then, to its end); a queue
        // hands items over in order (see `threadMethod` / `queueMethod`).
        LibraryModel(["threading.Thread"], .thread, returns: .newObject(type: "threading.Thread"), keeps: [kept(.all)],
                     calls: [.later(.keyword("target"))]),
        // (A queue default keeps what is put and not taken: a candidate, decided by its puts and gets.)
        LibraryModel(["queue.Queue", "queue.SimpleQueue", "queue.LifoQueue"], .queue, returns: .constructs(type: "queue.Queue", container: true)),
    ]

    /// Functions computed from their inputs.
    static let functionModels: [LibraryModel] = [
        LibraryModel(["re.compile"], .reCompile, returns: .newObject(type: "re.Pattern")),
        LibraryModel(["struct.Struct"], .structFormat, returns: .newObject(type: "struct.Struct")),
        LibraryModel(["struct.unpack"], .structCall(name: "unpack"), returns: .derived(type: "tuple")),
        LibraryModel(["struct.unpack_from"], .structCall(name: "unpack_from"), returns: .derived(type: "tuple")),
        LibraryModel(["struct.calcsize"], .structCall(name: "calcsize"), returns: .derived(type: "int")),
        LibraryModel(["re.sub"], .regexScan(method: "sub"), returns: .derived(type: "str"), calls: [.now(.positional(1))]),
        LibraryModel(["re.subn"], .regexScan(method: "subn"), returns: .derived(type: "str"), calls: [.now(.positional(1))]),
        LibraryModel(["re.findall"], .regexScan(method: "findall"), returns: .newObject(type: "list")),
        LibraryModel(["re.finditer"], .regexScan(method: "finditer"), returns: .newObject(type: "list")),
        LibraryModel(["re.match"], .regexMatch(mode: "match"), returns: .newObject(type: "re.Match")),
        LibraryModel(["re.search"], .regexMatch(mode: "search"), returns: .newObject(type: "re.Match")),
        LibraryModel(["re.fullmatch"], .regexMatch(mode: "fullmatch"), returns: .newObject(type: "re.Match")),
        LibraryModel(["operator.iadd", "operator.isub", "operator.imul", "operator.ior", "operator.iand", "operator.ixor",
                      "operator.iconcat", "operator.setitem", "operator.delitem"].flatMap { [$0, "_operator." + $0.dropFirst(9)] },
                     .operatorStatement, returns: .derived(type: nil)),
        LibraryModel(["operator.methodcaller"], .operatorCallable(kind: "methodcaller"), returns: .newObject(type: "methodcaller"), keeps: [kept(.all)]),
        LibraryModel(["operator.itemgetter"], .operatorCallable(kind: "itemgetter"), returns: .newObject(type: "itemgetter"), keeps: [kept(.all)]),
        LibraryModel(["operator.attrgetter"], .operatorCallable(kind: "attrgetter"), returns: .newObject(type: "attrgetter"), keeps: [kept(.all)]),
        LibraryModel(["base64.b64encode", "base64.standard_b64encode"], .base64Encode(urlsafe: false), returns: .derived(type: "bytes")),
        LibraryModel(["base64.urlsafe_b64encode"], .base64Encode(urlsafe: true), returns: .derived(type: "bytes")),
        LibraryModel(["json.dumps"], .jsonDumps, returns: .derived(type: "str")),
        // `json.dump(obj, fp)`: the text `json.dumps` makes, written to `fp`.
        LibraryModel(["json.dump"], .jsonDump, returns: .none),
        LibraryModel(["json.loads"], .jsonLoads, returns: .parsed, calls: [.hooks], mayRaise: true),
        LibraryModel(["csv.DictReader"], .csv(dictReader: true), returns: .newObject(type: "list")),
        LibraryModel(["csv.reader"], .csv(dictReader: false), returns: .newObject(type: "list")),
        LibraryModel(["csv.writer", "csv.DictWriter"], .csvWriter, returns: .newObject(type: "csv.writer"), keeps: [kept(.all)]),
        // Keeps the leaves of its nested tuples and lists in the tuple it returns, nothing else.
        LibraryModel(["_tkinter._flatten"], .flattenSequences, returns: .newObject(type: "tuple"),
                     keeps: [kept(.positional(0), items: true)], mayRaise: true),
        LibraryModel(["functools.reduce"], .reduce, returns: .derived(type: nil), calls: [.now(.positional(0))], mayRaise: true),
        LibraryModel(["copy.copy"], .copy, returns: .newObject(type: "copy"), keeps: [kept(.positional(0), items: true)]),
        LibraryModel(["copy.deepcopy"], .deepcopy, returns: .newObject(type: "copy"),
                     keeps: [kept(.positional(0), .argument(1))], mutatesReceiver: true),
        LibraryModel(["heapq.heappush", "bisect.insort", "bisect.insort_left", "bisect.insort_right"], .heapPush, returns: .none,
                     keeps: [kept(.positional(1), .argument(0))], mutatesReceiver: true),
        LibraryModel(["heapq.heappop"], .heapPop, returns: .argument(.positional(0)), mutatesReceiver: true, mayRaise: true),
        LibraryModel(["heapq.heappushpop"], .heapReplace(popsFirst: false), returns: .derived(type: nil),
                     keeps: [kept(.positional(1), .argument(0))], mutatesReceiver: true, mayRaise: true),
        LibraryModel(["heapq.heapreplace"], .heapReplace(popsFirst: true), returns: .derived(type: nil),
                     keeps: [kept(.positional(1), .argument(0))], mutatesReceiver: true, mayRaise: true),
        LibraryModel(["heapq.heapify"], .heapify, returns: .none, mutatesReceiver: true, mayRaise: true),
        // The n largest or smallest items of an iterable, in a new list (the key is called on each).
        LibraryModel(["heapq.nlargest", "heapq.nsmallest"], .heapSelect, returns: .newObject(type: "list"), calls: [.hooks], mayRaise: true),
        LibraryModel(["sys.exc_info"], .excInfo, returns: .newObject(type: "tuple")),
        LibraryModel(["sys.exception"], .currentException, returns: .shared),
        LibraryModel(["traceback.format_exc", "traceback.format_exception", "traceback.print_exc", "traceback.format_tb"],
                     .tracebackText, returns: .derived(type: "str")),
        LibraryModel(["asyncio.run", "asyncio.ensure_future", "asyncio.create_task", "asyncio.wait_for", "asyncio.shield"],
                     .awaitArgument, returns: .argument(.positional(0))),
        LibraryModel(["asyncio.gather"], .gather, returns: .newObject(type: "list"), keeps: [kept(.all)]),
        LibraryModel(["asyncio.sleep"], .returnsNone, returns: .none),
    ]

    /// C extension modules declared in full. `_tkinter`: the same names in CPython 3.8 to 3.14
    /// (`Modules/_tkinter.c`: `moduleMethods` and `PyInit__tkinter`); it has no `_cnfmerge`, so
    /// tkinter keeps its Python `_cnfmerge`.
    static let extensionModules: [ExtensionModule] = [
        ExtensionModule("_tkinter", attributes: [
            "ALL_EVENTS", "DONT_WAIT", "EXCEPTION", "FILE_EVENTS", "IDLE_EVENTS", "READABLE", "TCL_VERSION", "TIMER_EVENTS",
            "TK_VERSION", "TclError", "Tcl_Obj", "TkappType", "TkttType", "WINDOW_EVENTS", "WRITABLE",
            "_flatten", "create", "getbusywaitinterval", "setbusywaitinterval",
        ]),
    ]

    static let decoratorModels: [LibraryModel] = [
        // The cache keeps the function, and every call's arguments (`self` included) in its entries.
        LibraryModel(["functools.lru_cache"], .lruCache(defaultMaxsize: 128), returns: .newObject(type: "functools._lru_cache_wrapper"),
                     keeps: [kept(.positional(0))], calls: [.later(.positional(0))]),
        LibraryModel(["functools.cache"], .lruCache(defaultMaxsize: nil), returns: .newObject(type: "functools._lru_cache_wrapper"),
                     keeps: [kept(.positional(0))], calls: [.later(.positional(0))]),
        LibraryModel(["functools.cached_property"], .cachedProperty, returns: .newObject(type: "cached_property"), keeps: [kept(.positional(0))]),
        LibraryModel(["functools.partial"], .partial, returns: .newObject(type: "partial"), keeps: [kept(.all)], calls: [.later(.positional(0))]),
        LibraryModel(["dataclasses.dataclass"], .dataclass, returns: .argument(.positional(0))),
        LibraryModel(["dataclasses.field"], .dataclassField, returns: .newObject(type: "dataclasses.Field"),
                     keeps: [kept(.keyword("default")), kept(.keyword("default_factory"))], calls: [.later(.keyword("default_factory"))]),
        LibraryModel(["attr.s", "attr.attrs", "attr.define", "attr.mutable", "attr.frozen", "attr.dataclass",
                      "attrs.define", "attrs.mutable", "attrs.frozen"], .attrsClass, returns: .argument(.positional(0))),
        LibraryModel(["attr.ib", "attr.attrib", "attr.field", "attrs.field"], .attrsField, returns: .newObject(type: "attr._CountingAttr"),
                     keeps: [kept(.keyword("default")), kept(.keyword("factory")), kept(.keyword("converter"))],
                     calls: [.later(.keyword("factory")), .later(.keyword("converter"))]),
        LibraryModel(["attr.Factory", "attrs.Factory"], .attrsFactory, returns: .newObject(type: "attr.Factory"),
                     keeps: [kept(.positional(0))], calls: [.later(.positional(0))]),
        LibraryModel(["functools.total_ordering", "enum.unique", "typing.runtime_checkable", "typing_extensions.runtime_checkable",
                      "typing.no_type_check", "typing.reveal_type", "typing_extensions.reveal_type",
                      "typing.assert_type", "typing_extensions.assert_type"], .returnsFirstArgument,
                     returns: .argument(.positional(0))),
        // `cast(T, value)` hands back `value` itself: what is done to the result is done to it.
        LibraryModel(["typing.cast", "typing_extensions.cast"], .returnsSecondArgument, returns: .argument(.positional(1))),
        // A read-only view of a mapping: reading through it reads the mapping and what it holds.
        // (Modelled as the mapping itself: a store through the view, a TypeError in CPython, is
        // code that fails on its first call.)
        LibraryModel(["types.MappingProxyType"], .returnsFirstArgument, returns: .argument(.positional(0))),
        LibraryModel(["functools.update_wrapper", "typing.overload", "typing.final", "abc.abstractmethod", "typing.override",
                      "typing_extensions.override", "typing_extensions.final", "typing_extensions.overload"],
                     .decoratorOrIdentity, returns: .argument(.positional(0))),
        // The contexts it entered, exited in reverse when it exits (see `unwindExitStack`).
        LibraryModel(["contextlib.ExitStack", "contextlib.AsyncExitStack"], .exitStack,
                     returns: .constructs(type: "ExitStack", container: true)),
        // Holds the exception classes it swallows (see `exitContext`).
        LibraryModel(["contextlib.suppress"], .suppressContext, returns: .newObject(type: "contextlib.suppress")),
        // The function itself, marked: `with` drives the generators it makes as context managers.
        LibraryModel(["contextlib.contextmanager", "contextlib.asynccontextmanager"], .contextManagerDecorator,
                     returns: .argument(.positional(0))),
        LibraryModel(["functools.singledispatch"], .singleDispatch, returns: .newObject(type: "builtin_function_or_method"),
                     keeps: [kept(.positional(0))], calls: [.later(.positional(0))]),
        LibraryModel(["functools.wraps"], .identityDecoratorFactory, returns: .newObject(type: "builtin_function_or_method")),
        // zope.interface's class declarations: `@implementer(IFoo)` records the interfaces on the
        // class (`__implemented__`) and hands the class back; `classImplements(cls, IFoo)` records
        // them and returns None. Instances are made and kept as without them.
        LibraryModel(["zope.interface.implementer", "zope.interface.implementer_only", "zope.interface.provider",
                      "zope.interface.declarations.implementer", "zope.interface.declarations.implementer_only",
                      "zope.interface.declarations.provider"],
                     .identityDecoratorFactory, returns: .newObject(type: "builtin_function_or_method")),
        LibraryModel(["zope.interface.classImplements", "zope.interface.classImplementsOnly",
                      "zope.interface.declarations.classImplements", "zope.interface.declarations.classImplementsOnly"],
                     .returnsNone, returns: .none),
        LibraryModel(["pytest.mark.parametrize"], .markDecorator, returns: .newObject(type: "builtin_function_or_method")),
    ]

    static let registryModels: [LibraryModel] = [
        LibraryModel(["weakref.finalize"], .finalize, returns: .newObject(type: "finalize"),
                     keeps: [kept(.positional(0), .result(weak: true)), kept(.positionalFrom(1), .registry("weakref.finalize registry", weak: false))],
                     calls: [.later(.positional(1))], registry: .adds("weakref.finalize registry", weak: false)),
        LibraryModel(["logging.getLogger"], .getLogger, returns: .shared,
                     keeps: [kept(.positional(0), .registry("logging.Logger.manager.loggerDict", weak: false))],
                     registry: .adds("logging.Logger.manager.loggerDict", weak: false)),
        LibraryModel(["atexit.register"], .registerCallback(bundleArguments: true, returnsCallback: true), returns: .argument(.positional(0)),
                     keeps: [kept(.positional(0), .registry("atexit", weak: false)), kept(.positionalFrom(1), .registry("atexit", weak: false)),
                             kept(.keywords, .registry("atexit", weak: false))],
                     calls: [.later(.positional(0))], registry: .adds("atexit", weak: false)),
        LibraryModel(["atexit.unregister"], .unregisterCallback, returns: .none, registry: .removes("atexit")),
        LibraryModel(["signal.signal"], .registerCallback(bundleArguments: false, returnsCallback: false), returns: .opaque,
                     keeps: [kept(.positional(1), .registry("signal handlers", weak: false))],
                     calls: [.later(.positional(1))], registry: .adds("signal handlers", weak: false)),
    ]

    private static func method(_ kind: ReceiverKind, _ names: [String], _ m: ContainerMethod, _ result: ResultModel,
                               keeps: [KeptArgument] = [], calls: [CallbackUse] = [], mutates: Bool = false,
                               mayRaise: Bool = false) -> LibraryModel {
        LibraryModel(names, .containerMethod(m), returns: result, keeps: keeps, calls: calls, mutatesReceiver: mutates,
                     mayRaise: mayRaise, on: kind)
    }

    private static let inReceiver = KeptPlace.receiver(weak: false)

    /// Methods of builtin containers: what they keep in their receiver, what they return.
    static let methodModels: [LibraryModel] = [
        method(.sequence, ["list.append", "deque.append"], .append, .none, keeps: [kept(.positional(0), inReceiver)], mutates: true),
        method(.sequence, ["deque.appendleft"], .appendleft, .none, keeps: [kept(.positional(0), inReceiver)], mutates: true),
        method(.sequence, ["list.extend", "deque.extend"], .extend, .none, keeps: [kept(.positional(0), inReceiver, items: true)], mutates: true),
        method(.sequence, ["deque.extendleft"], .extendleft, .none, keeps: [kept(.positional(0), inReceiver, items: true)], mutates: true),
        method(.sequence, ["list.insert"], .insert, .none, keeps: [kept(.positional(1), inReceiver)], mutates: true),
        method(.sequence, ["list.pop", "deque.pop"], .pop, .shared, mutates: true, mayRaise: true),
        method(.sequence, ["deque.popleft"], .popleft, .shared, mutates: true, mayRaise: true),
        method(.sequence, ["list.remove", "deque.remove"], .remove, .none, mutates: true, mayRaise: true),
        method(.sequence, ["list.clear", "deque.clear"], .clear, .none, mutates: true),
        method(.sequence, ["list.copy", "deque.copy"], .copy, .newObject(type: "list"), keeps: [kept(.receiver, items: true)]),
        method(.sequence, ["list.sort"], .sort, .none, calls: [.now(.keyword("key"))], mutates: true),
        method(.sequence, ["list.reverse", "deque.reverse"], .reverse, .none, mutates: true),
        method(.sequence, ["deque.rotate"], .rotate, .none, mutates: true),
        method(.sequence, ["list.index", "deque.index"], .index, .derived(type: "int"), mayRaise: true),
        method(.sequence, ["list.count", "deque.count"], .count, .derived(type: "int")),

        method(.mapping, ["dict.get"], .get, .shared),
        method(.mapping, ["dict.setdefault"], .setdefault, .shared,
               keeps: [kept(.positional(0), inReceiver), kept(.positional(1), inReceiver)], mutates: true),
        method(.mapping, ["dict.update", "Counter.update"], .update, .none,
               keeps: [kept(.positional(0), inReceiver, items: true), kept(.keywords, inReceiver)], mutates: true),
        method(.mapping, ["dict.pop"], .pop, .shared, mutates: true, mayRaise: true),
        method(.mapping, ["dict.popitem"], .popitem, .newObject(type: "tuple"), mutates: true, mayRaise: true),
        method(.mapping, ["OrderedDict.move_to_end"], .moveToEnd, .none, mutates: true),
        method(.mapping, ["dict.clear"], .clear, .none, mutates: true),
        method(.mapping, ["dict.copy"], .copy, .newObject(type: "dict"), keeps: [kept(.receiver, items: true)]),
        method(.mapping, ["dict.keys"], .keys, .newObject(type: "list"), keeps: [kept(.receiver, items: true)]),
        method(.mapping, ["dict.values"], .values, .newObject(type: "list"), keeps: [kept(.receiver, items: true)]),
        method(.mapping, ["dict.items"], .items, .newObject(type: "list"), keeps: [kept(.receiver, items: true)]),
        method(.mapping, ["Counter.most_common"], .mostCommon, .newObject(type: "list"), keeps: [kept(.receiver, items: true)]),
        method(.mapping, ["Counter.elements"], .elements, .newObject(type: "list"), keeps: [kept(.receiver, items: true)]),

        method(.set, ["set.add"], .add, .none, keeps: [kept(.positional(0), inReceiver)], mutates: true),
        method(.set, ["set.update"], .update, .none, keeps: [kept(.all, inReceiver, items: true)], mutates: true),
        method(.set, ["set.discard"], .discard, .none, mutates: true),
        method(.set, ["set.remove"], .remove, .none, mutates: true, mayRaise: true),
        method(.set, ["set.pop"], .pop, .shared, mutates: true, mayRaise: true),
        method(.set, ["set.clear"], .clear, .none, mutates: true),
        method(.set, ["set.copy"], .copy, .newObject(type: "set"), keeps: [kept(.receiver, items: true)]),
        method(.set, ["set.union"], .union, .newObject(type: "set"), keeps: [kept(.receiver, items: true), kept(.all, items: true)]),
        method(.set, ["set.difference"], .difference, .newObject(type: "set"), keeps: [kept(.receiver, items: true)]),
        method(.set, ["set.intersection"], .intersection, .newObject(type: "set"), keeps: [kept(.receiver, items: true)]),
        method(.set, ["set.symmetric_difference"], .symmetricDifference, .newObject(type: "set"),
               keeps: [kept(.receiver, items: true), kept(.all, items: true)]),
        method(.set, ["set.difference_update"], .differenceUpdate, .none, mutates: true),
        method(.set, ["set.intersection_update"], .intersectionUpdate, .none, mutates: true),
        method(.set, ["set.symmetric_difference_update"], .symmetricDifferenceUpdate, .none,
               keeps: [kept(.all, inReceiver, items: true)], mutates: true),

        method(.weakContainer, ["WeakSet.add"], .add, .none, keeps: [kept(.positional(0), .receiver(weak: true))], mutates: true),
        method(.weakContainer, ["WeakValueDictionary.get"], .get, .shared),
        method(.weakContainer, ["WeakSet.pop", "WeakValueDictionary.pop"], .pop, .none, mutates: true),
        method(.weakContainer, ["WeakSet.discard"], .discard, .none, mutates: true),
        method(.weakContainer, ["WeakSet.remove"], .remove, .none, mutates: true),
        method(.weakContainer, ["WeakSet.clear"], .clear, .none, mutates: true),
        method(.weakContainer, ["WeakValueDictionary.setdefault"], .setdefault, .shared,
               keeps: [kept(.positional(0), .receiver(weak: true)), kept(.positional(1), .receiver(weak: true))], mutates: true),
    ]

    /// Methods a class inherits from a well-known library base that the model has only as a name
    /// (`class T(unittest.TestCase)`, `class IFoo(zope.interface.Interface)`): the base's last
    /// name, the method name prefixes, the methods excepted (they call what they are given), and
    /// the qualified name the methods get (a pure family below). Other methods stay unknown code.
    public static let inheritedLibraryMethods: [(base: String, prefixes: [String], except: Set<String>, as: String)] = [
        ("TestCase", ["assert", "fail"], ["assertRaises", "assertRaisesRegex", "assertRaisesRegexp", "assertWarns",
                                          "assertWarnsRegex", "assertLogs", "assertNoLogs", "failUnlessRaises",
                                          "assertFailure", "failureResultOf", "successResultOf", "assertNoResult"],
         "unittest.TestCase"),
        ("Interface", ["providedBy", "implementedBy"], [], "zope.interface.Interface"),
        ("Thread", ["join", "is_alive", "isAlive", "getName", "setName", "isDaemon", "setDaemon"], [], "threading.Thread"),
    ]

    /// The qualified name of `name` inherited from one of `bases` (qualified names of library
    /// bases), when the table above describes it.
    public static func inheritedLibraryMethod(_ name: String, bases: [String]) -> String? {
        for b in bases {
            let last = b.split(separator: ".").last.map(String.init) ?? b
            for e in inheritedLibraryMethods where e.base == last && !e.except.contains(name)
                && e.prefixes.contains(where: { name.hasPrefix($0) }) {
                return e.as + "." + name
            }
        }
        return nil
    }

    /// Library functions known not to keep references to their arguments beyond the call, matched
    /// by prefix (a module, or a function and its variants). Hooks passed to them are called.
    static let pureFamilies: [LibraryModel] = [
        LibraryModel([
            "math.", "time.", "re.", "json.loads", "pickle.dumps", "pickle.loads", "marshal.dumps", "marshal.loads", "hashlib.", "uuid.", "random.",
            "datetime.", "operator.", "base64.", "binascii.", "struct.", "html.escape", "html.unescape",
            "shlex.quote", "unicodedata.", "zlib.", "statistics.",
            "bisect.bisect", "keyword.", "string.capwords", "fnmatch.", "posixpath.", "ntpath.", "os.getenv",
            "os.environ.get", "os.exec", "os.spawn", "sys.getsizeof", "sys.intern", "pprint.pformat", "itertools.", "typing.",
            "isinstance", "issubclass", "warnings.warn", "dataclasses.asdict", "dataclasses.astuple", "dataclasses.fields",
            "dataclasses.is_dataclass", "logging.debug", "logging.info",
            "logging.warning", "logging.error", "logging.exception", "logging.critical", "logging.log",
            "traceback.extract_tb", "traceback.extract_stack", "traceback.format_", "traceback.print_",
            // (Inherited by classes the model has only as names: `inheritedLibraryMethods`.)
            "unittest.TestCase.assert", "unittest.TestCase.fail", "unittest.TestCase.__init__",
            "threading.Thread.join", "threading.Thread.is_alive", "threading.Thread.isAlive", "threading.Thread.getName",
            "threading.Thread.setName", "threading.Thread.isDaemon", "threading.Thread.setDaemon",
            // (`super().__init__(items)` in subclasses of containers: they copy the items.)
            "builtins.list.__init__", "builtins.dict.__init__", "builtins.set.__init__", "collections.UserDict.__init__",
            "collections.UserList.__init__", "collections.OrderedDict.__init__", "collections.Counter.__init__", "zope.interface.Interface.providedBy",
            "zope.interface.Interface.implementedBy",
        ], .pure, returns: .derived(type: nil), calls: [.hooks], mayRaise: true),
        // Constructors of standard-library base classes, reached by `super().__init__(...)` from a
        // subclass: they set the instance's own attributes from their arguments (kept by the
        // instance, not mutated; not `argparse.Action.__init__`, whose `default` the parser sets
        // on the namespace, where the action's `__call__` may grow it), register it at most weakly (logging's handler list, threading's
        // `_dangling`), and call nothing they are given or the subclass overrides. (Not
        // `HTMLParser.__init__`, which calls `self.reset()`, nor `socketserver` handlers, which
        // call `setup`/`handle`/`finish`.)
        LibraryModel(["threading.Thread.__init__", "json.JSONEncoder.__init__", "json.JSONDecoder.__init__",
                      "logging.Handler.__init__", "logging.Formatter.__init__", "logging.Filter.__init__"], .pure, returns: .none),
        // Text in, text out.
        LibraryModel(["os.path.", "posixpath.", "textwrap.", "urllib.parse.", "shlex.join"], .pure, returns: .derived(type: "str"), calls: [.hooks]),
        // Message catalogs: the translation of a message, or the message.
        LibraryModel(["gettext.gettext", "gettext.ngettext", "gettext.dgettext", "gettext.dngettext", "gettext.pgettext",
                      "gettext.npgettext", "gettext.dpgettext", "gettext.dnpgettext"], .pure, returns: .derived(type: "str")),
        // Parsers: their results may repeat from call to call.
        LibraryModel(["shlex.split", "urllib.parse.parse_qs"], .pure, returns: .parsed, calls: [.hooks]),
        // A split URL: its parts (`.netloc`, `.path`) are pieces of the text, which may repeat
        // from call to call (a few hosts), not fresh text and not a str's methods.
        LibraryModel(["urllib.parse.urlsplit", "urllib.parse.urlparse", "urllib.parse.urldefrag"], .pure, returns: .parsed),
    ]
}

extension Interpreter {
    var library: LibraryModels { _read { yield state.library } _modify { yield &state.library } }

    /// Whether reading `name` from the module `module` (unresolved: a C extension) raises in CPython:
    /// the table declares the module's attributes in full, `name` is not one of them, no code of the
    /// scenario set it, and no Python module of that name shadows the extension.
    func lacksExtensionAttribute(_ module: String, _ name: String) -> Bool {
        guard library.extensionModuleLacks(module, name), !setOnExtensionModules.contains(module + "." + name) else { return false }
        return provider?.module(named: module) == nil
    }

    /// A store into an object of `long-lived-names` (`registry[k] = v`, `registry.attr = v`): the
    /// object keeps what is stored for the life of the program. False when `q` names no such object.
    func keptByLongLived(_ q: String, _ values: [ObjID]) -> Bool {
        guard library.hasConfiguredEntries, let key = library.longLivedRegistry(q) else { return false }
        let reg = registry(key)
        for v in values { appendToRegistry(reg, v) }
        return true
    }
}
