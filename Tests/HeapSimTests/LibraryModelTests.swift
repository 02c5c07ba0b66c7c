import HeapSim
import Project
import PythonModel
import Testing
import TestSupport

/// The library table (`LibraryModels`): lookups, and a sample of entries behaving on the heap as
/// they declare (a kept argument is retained, a call that keeps nothing lets it be freed, a weak
/// place does not retain).
@Suite struct LibraryModelTests {
    let table = LibraryModels.standard

    func probe(_ source: String, library: LibraryModels = .standard) throws -> (survivesRefcount: Bool, survivesGC: Bool)? {
        var options = SimulationOptions()
        options.library = library
        return ModuleSimulation(module: try TestSupport.lower(source), options: options).probe()
    }

    // MARK: - Lookups

    @Test func everyBuiltinTheInterpreterImplementsHasAnEntry() {
        for b in Builtin.allCases {
            let m = table.builtin(b.rawValue)
            #expect(m?.behaviour == .builtin(b), "builtin \(b.rawValue)")
        }
        #expect(table.builtin("slice") == nil, "a builtin without an entry is unknown code")
    }

    @Test func lookupsByNameAliasAndPrefixFamily() {
        #expect(table.model(for: "collections.deque")?.behaviour == .deque)
        #expect(table.model(for: "builtins.list")?.behaviour == .builtin(.list), "aliases name the same entry")
        #expect(table.model(for: "functools.lru_cache")?.behaviour == .lruCache(defaultMaxsize: 128))
        #expect(table.model(for: "functools.cache")?.behaviour == .lruCache(defaultMaxsize: nil))
        #expect(table.model(for: "os.path.join")?.result == .derived(type: "str"))
        #expect(table.model(for: "math.floor")?.behaviour == .pure)
        #expect(table.model(for: "bisect.bisect_left")?.behaviour == .pure)
        #expect(table.model(for: "bisect.insort")?.behaviour == .heapPush, "an exact entry wins over a prefix family")
        #expect(table.model(for: "urllib.parse.parse_qsl")?.result == .parsed, "the longest prefix wins")
        #expect(table.model(for: "urllib.parse.quote")?.result == .derived(type: "str"))
        #expect(table.model(for: "json.loads")?.behaviour == .jsonLoads)
        #expect(table.model(for: "somelib.do_things") == nil)
        #expect(table.model(for: "mathematics.x") == nil)
    }

    @Test func containerMethodsAreFoundThroughTheirReceiverKind() {
        #expect(table.method(.sequence, "append") == .append)
        #expect(table.method(.sequence, "popleft") == .popleft)
        #expect(table.method(.mapping, "move_to_end") == .moveToEnd)
        #expect(table.method(.set, "symmetric_difference_update") == .symmetricDifferenceUpdate)
        #expect(table.method(.weakContainer, "add") == .add)
        #expect(table.method(.sequence, "setdefault") == nil, "a list has no setdefault")
        #expect(table.model(for: "list.append") == nil, "methods are not library names")
        let append = table.entries.first { $0.behaviour == .containerMethod(.append) }
        #expect(append?.keeps == [KeptArgument(.positional(0), in: .receiver(weak: false))])
        #expect(append?.mutatesReceiver == true)
        let weakAdd = table.entries.first { $0.receiver == .weakContainer && $0.behaviour == .containerMethod(.add) }
        #expect(weakAdd?.keeps.allSatisfy { $0.place == .receiver(weak: true) } == true)
    }

    @Test func declaredFactsOfASample() throws {
        let atexit = try #require(table.model(for: "atexit.register"))
        #expect(atexit.registry == .adds("atexit", weak: false))
        #expect(atexit.keeps.contains(KeptArgument(.positional(0), in: .registry("atexit", weak: false))))
        let ref = try #require(table.model(for: "weakref.ref"))
        #expect(ref.keeps.contains(KeptArgument(.positional(0), in: .result(weak: true))))
        let push = try #require(table.model(for: "heapq.heappush"))
        #expect(push.mutatesReceiver && push.keeps == [KeptArgument(.positional(1), in: .argument(0))])
        #expect(table.builtin("open")?.resource == .opens)
        #expect(table.model(for: "heapq.heappop")?.mayRaise == true)
        #expect(table.model(for: "functools.reduce")?.calls == [.now(.positional(0))])
        #expect(table.model(for: "collections.ChainMap")?.mutableContainerType == "ChainMap")
        #expect(table.model(for: "io.StringIO")?.mutableContainerType == "StringIO", "a StringIO keeps what is written to it")
    }

    // MARK: - Entries behave as declared

    static let owner = """
    import atexit, signal, weakref, functools, heapq, math, json, os

    class Owner:
        def close(self):
            pass

    KEEP = []
    HEAP = []
    WEAK = weakref.WeakSet()

    """

    /// (call made on `o`, whether `o` survives the probe): strong registries and places keep it,
    /// pure functions and weak places do not.
    static let cases: [(String, Bool)] = [
        ("atexit.register(o.close)", true),
        ("signal.signal(signal.SIGTERM, o.close)", true),
        ("heapq.heappush(HEAP, o)", true),
        ("KEEP.append(functools.partial(o.close))", true),
        ("functools.partial(o.close)", false),
        ("math.floor(len([o]))", false),
        ("json.dumps(o, default=repr)", false),
        ("os.path.join(o)", false),
        ("KEEP.append(weakref.ref(o))", false),
        ("WEAK.add(o)", false),
        ("weakref.finalize(o, print)", false),
        ("KEEP.append(weakref.finalize(Owner(), o.close))", true),
        ("atexit.register(o.close); atexit.unregister(o.close)", false),
        // Container methods: what they keep in their receiver.
        ("KEEP.append(o)", true),
        ("KEEP.extend([o])", true),
        ("HEAP.insert(0, o)", true),
        ("KEEP.append(o); KEEP.remove(o)", false),
        ("KEEP.append(o); KEEP.pop()", false),
        ("d = {}; d.setdefault('k', o)", false),
        ("s = set(); s.add(o); KEEP.append(s.copy())", true),
        ("KEEP.append(len([o]))", false),
    ]

    @Test(arguments: cases) func entryRetainsAsDeclared(_ call: String, _ retained: Bool) throws {
        let source = Self.owner + "def probe():\n    o = Owner()\n    \(call)\n    return o\n"
        let p = try #require(try probe(source))
        #expect(p.survivesRefcount == retained, "\(call)")
        #expect(p.survivesGC == retained, "\(call)")
    }

    /// How a probe calls an entry: its first name, with the modules it needs imported.
    static func callable(_ m: LibraryModel) -> (imports: String, name: String)? {
        guard m.receiver == nil, let name = m.names.first(where: { !$0.hasPrefix("builtins.") }) else { return nil }
        if case .builtin = m.behaviour { return ("", name) }
        guard let dot = name.lastIndex(of: ".") else { return nil }
        return ("import \(name[..<dot])\n", name)
    }

    func probeSource(_ imports: String, _ body: String) -> String {
        imports + "import functools\n\nclass Owner:\n    def close(self):\n        pass\n\nKEEP = []\n\n"
            + "def probe():\n    o = Owner()\n    try:\n        \(body)\n    except Exception:\n        pass\n    return o\n"
    }

    /// Arguments after the first that an entry needs to do what it declares.
    static let restOfCall = ["map": ", []", "filter": ", []"]

    /// Every entry that declares it keeps its first argument (or all of them) in its result: a
    /// callback passed there survives while the result is kept, unless the entry keeps it weakly.
    @Test func everyEntryKeepingAnArgumentInItsResultRetainsIt() throws {
        var checked = 0
        for m in table.entries where m.behaviour != .escapesArguments {
            guard let (imports, name) = Self.callable(m),
                  let k = m.keeps.first(where: { ($0.slot == .positional(0) || $0.slot == .all) && !$0.itemsOnly }),
                  case .result(let weak) = k.place else { continue }
            // A callback where the entry calls what it keeps, else the object; the rest of the call's shape.
            let calls = m.calls.contains(.later(.positional(0))) || m.calls.contains(.later(.all))
            let argument = (calls || !["vars"].contains(name) ? "o.close" : "o") + (Self.restOfCall[name] ?? "")
            let p = try #require(try probe(probeSource(imports, "KEEP.append(\(name)(\(argument)))")), "\(name)")
            #expect(p.survivesGC == !weak, "\(name) declares it keeps its argument\(weak ? " weakly" : "")")
            checked += 1
        }
        #expect(checked >= 10)
    }

    /// Every entry that declares it keeps a positional argument in a strong registry: a callback
    /// passed there survives with nothing else holding it.
    @Test func everyEntryKeepingAnArgumentInAStrongRegistryRetainsIt() throws {
        var checked = 0
        for m in table.entries {
            guard let (imports, name) = Self.callable(m) else { continue }
            for k in m.keeps {
                guard case .registry(_, weak: false) = k.place else { continue }
                let index: Int
                switch k.slot {
                case .positional(let i), .positionalFrom(let i): index = i
                default: continue
                }
                let args = Array(repeating: "None", count: index) + ["o.close"]
                let p = try #require(try probe(probeSource(imports, "\(name)(\(args.joined(separator: ", ")))")), "\(name)")
                #expect(p.survivesGC, "\(name) declares it keeps argument \(index)")
                checked += 1
            }
        }
        #expect(checked >= 3)
    }

    /// Every entry that declares it keeps nothing lets its argument be freed once the call returns
    /// and its result is dropped.
    @Test func everyEntryKeepingNothingLetsItsArgumentGo() throws {
        var checked = 0
        for m in table.entries + [] where m.keeps.isEmpty {
            guard let (imports, name) = Self.callable(m) else { continue }
            let p = try #require(try probe(probeSource(imports, "\(name)(o)")), "\(name)")
            #expect(!p.survivesRefcount, "\(name) declares it keeps nothing")
            checked += 1
        }
        #expect(checked >= 40)
    }

    @Test func calleeMissingFromTheTableIsAnAssumption() throws {
        let source = "import somelib\n\ndef f(x, acc=[]):\n    somelib.keep(acc)\n    acc.append(x)\n"
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .unknown)
        #expect(outcome.evidence.assumptions.contains { "\($0)".contains("somelib.keep") }, "\(outcome.evidence.assumptions)")
    }

    // MARK: - C extension modules declared in full

    @Test func extensionModuleAttributesAreDeclaredInFull() {
        #expect(table.extensionModuleLacks("_tkinter", "_cnfmerge"))
        #expect(!table.extensionModuleLacks("_tkinter", "_flatten"))
        #expect(!table.extensionModuleLacks("_tkinter", "TclError"))
        #expect(!table.extensionModuleLacks("_tkinter", "__file__"), "every module has the dunder names")
        #expect(!table.extensionModuleLacks("somelib", "anything"), "a module the table does not declare lacks nothing")
        #expect(!table.extensionModuleLacks("_tkinter.TkappType", "call"), "only the module itself is declared")
    }

    /// A module whose `keep` is the Python fallback unless `_tkinter` has the name it tries first.
    static func fallback(_ attempt: String) -> String {
        """
        import _tkinter

        class Owner:
            pass

        KEEP = []

        def keep(x):
            KEEP.append(x)

        \(attempt)

        def probe():
            o = Owner()
            keep(o)
            return o

        """
    }

    @Test func missingAttributeOfADeclaredExtensionModuleRaises() throws {
        // `_tkinter._cnfmerge` does not exist: AttributeError, the Python `keep` stays and keeps `o`.
        let missing = Self.fallback("try: keep = _tkinter._cnfmerge\nexcept AttributeError: pass")
        #expect(try probe(missing)?.survivesGC == true)
        let fromImport = Self.fallback("try: from _tkinter import _cnfmerge as keep\nexcept ImportError: pass")
        #expect(try probe(fromImport)?.survivesGC == true, "from-import of a missing name: ImportError")
        let viaGetattr = Self.fallback("keep = getattr(_tkinter, '_cnfmerge', keep)")
        #expect(try probe(viaGetattr)?.survivesGC == true, "getattr with a default")
    }

    @Test func existingAttributeOfADeclaredExtensionModuleStaysOpaque() throws {
        // `_tkinter.create` exists: `keep` is unknown code, which keeps nothing the model can show.
        let existing = Self.fallback("try: keep = _tkinter.create\nexcept AttributeError: pass")
        #expect(try probe(existing)?.survivesRefcount == false)
        let undeclared = Self.fallback("import somelib\ntry: keep = somelib._cnfmerge\nexcept AttributeError: pass")
        #expect(try probe(undeclared)?.survivesRefcount == false, "a module the table does not declare")
        let dunder = Self.fallback("try: keep = _tkinter.__getattr__\nexcept AttributeError: pass")
        #expect(try probe(dunder)?.survivesRefcount == false)
        // A name code set on the module exists from then on.
        let set = Self.fallback("_tkinter._cnfmerge = len\ntry: keep = _tkinter._cnfmerge\nexcept AttributeError: pass")
        #expect(try probe(set)?.survivesRefcount == false)
    }

    @Test func missingAttributeOfAShadowedExtensionModuleStaysOpaque() throws {
        // A Python `_tkinter` the provider has (not followed, as library modules are not): it may define anything.
        let shadow = ProvidedModule(name: "_tkinter", module: try TestSupport.lower("def _cnfmerge(c):\n    return c\n", moduleName: "_tkinter"),
                                    isPackage: false, path: "_tkinter.py", origin: .standardLibrary)
        var options = SimulationOptions()
        options.modules = StaticModuleProvider([shadow])
        let source = Self.fallback("try: keep = _tkinter._cnfmerge\nexcept AttributeError: pass")
        #expect(ModuleSimulation(module: try TestSupport.lower(source), options: options).probe()?.survivesRefcount == false)
    }

    @Test func missingAttributeMakesTheDefaultReachThePythonFallback() throws {
        // The tkinter shape: the Python `_cnfmerge` runs, and it only reads the default.
        let source = """
        import _tkinter

        def _cnfmerge(cnfs):
            if isinstance(cnfs, dict):
                return cnfs
            elif isinstance(cnfs, (type(None), str)):
                return cnfs
            cnf = {}
            for c in _tkinter._flatten(cnfs):
                cnf.update(c)
            return cnf

        try: _cnfmerge = _tkinter._cnfmerge
        except AttributeError: pass

        def configure(x, cnf={}, **kw):
            return _cnfmerge((cnf, kw))
        """
        let module = try TestSupport.lower(source)
        let f = try #require(module.functions.first { $0.name == "configure" })
        let outcome = ModuleSimulation(module: module).defaultArgument(function: f, parameter: 1)
        #expect(outcome.verdict == .refuted, "\(outcome.evidence.assumptions)")
    }

    @Test func flattenKeepsTheLeavesOfNestedTuplesAndLists() throws {
        let head = "import _tkinter\n\nclass Owner:\n    pass\n\nKEEP = []\n\ndef probe():\n    o = Owner()\n"
        // The result holds the leaf itself (not the list around it), None dropped. (An undecided
        // test would be taken true by the probe, and return a fresh Owner that nothing keeps.)
        let leaves = head + "    t = _tkinter._flatten((None, [1, (o,)], ()))\n    if len(t) != 2 or t[1] is not o:\n        return Owner()\n"
            + "    KEEP.append(o)\n    return o\n"
        #expect(try probe(leaves)?.survivesGC == true)
        let kept = head + "    KEEP.append(_tkinter._flatten([[o]]))\n    return o\n"
        #expect(try probe(kept)?.survivesGC == true, "the result keeps the leaves")
        let dropped = head + "    _tkinter._flatten(([o], None))\n    return o\n"
        #expect(try probe(dropped)?.survivesRefcount == false, "and nothing else")
        let dict = head + "    try:\n        _tkinter._flatten({'k': o})\n    except TypeError:\n        KEEP.append(o)\n    return o\n"
        #expect(try probe(dict)?.survivesGC == true, "a dict is not a sequence: TypeError")
    }

    @Test func flattenIsNotUnknownCode() throws {
        let source = "import _tkinter\n\ndef f(x, acc=[]):\n    return _tkinter._flatten((acc, x))\n"
        let module = try TestSupport.lower(source)
        let outcome = ModuleSimulation(module: module).defaultArgument(function: module.functions[0], parameter: 1)
        #expect(outcome.verdict == .refuted, "\(outcome.evidence.assumptions)")
    }

    // MARK: - Settings extend the table

    static let configured = LibraryModels.standard.extended(
        registrationCalls: ["bus.on"], unregistrationCalls: ["bus.off"], longLivedNames: ["app.registry"])

    @Test func registrationCallKeepsItsCallback() throws {
        let source = "from events import bus\n\nclass Owner:\n    def handler(self):\n        pass\n\n"
            + "def probe():\n    o = Owner()\n    bus.on('saved', o.handler)\n    return o\n"
        #expect(try probe(source, library: Self.configured)?.survivesGC == true)
        #expect(try probe(source)?.survivesRefcount == false, "without the setting, unknown code (an assumption, not an edge)")
    }

    @Test func unregistrationCallRemovesIt() throws {
        let source = "from events import bus\n\nclass Owner:\n    def handler(self):\n        pass\n\n"
            + "def probe():\n    o = Owner()\n    bus.on('saved', o.handler)\n    bus.off('saved', o.handler)\n    return o\n"
        #expect(try probe(source, library: Self.configured)?.survivesRefcount == false)
    }

    @Test func registrationOnAnObjectTheModelDoesNotKnowMatchesBySpelling() throws {
        let source = """
        import events

        class Widget:
            def __init__(self, bus):
                bus.on("saved", self.refresh)
            def refresh(self):
                pass

        def probe():
            return Widget(events.make_bus())
        """
        #expect(try probe(source, library: Self.configured)?.survivesGC == true)
    }

    @Test func longLivedNameKeepsWhatItIsHanded() throws {
        let source = "from app import registry\n\nclass Owner:\n    pass\n\n"
            + "def probe():\n    o = Owner()\n    registry.append(o)\n    return o\n"
        #expect(try probe(source, library: Self.configured)?.survivesGC == true)
        #expect(try probe(source)?.survivesRefcount == false)
    }

    @Test func longLivedNameKeepsWhatIsStoredIntoIt() throws {
        for store in ["registry['k'] = o", "registry.current = o"] {
            let source = "from app import registry\n\nclass Owner:\n    pass\n\n"
                + "def probe():\n    o = Owner()\n    \(store)\n    return o\n"
            #expect(try probe(source, library: Self.configured)?.survivesGC == true, "\(store)")
            #expect(try probe(source)?.survivesRefcount == false, "\(store)")
        }
    }

    @Test func emptySettingsLeaveTheTableAsItIs() {
        let t = LibraryModels.standard.extended(registrationCalls: [], unregistrationCalls: [], longLivedNames: [])
        #expect(!t.hasConfiguredEntries)
        #expect(t.entries.count == LibraryModels.standard.entries.count)
        #expect(Self.configured.model(for: "events.bus.on")?.registry == .adds(LibraryModels.configuredRegistry, weak: false))
        #expect(Self.configured.model(for: "events.busy.on") == nil, "names match on dotted components")
        #expect(Self.configured.model(for: "atexit.register")?.registry == .adds("atexit", weak: false))
    }
}
