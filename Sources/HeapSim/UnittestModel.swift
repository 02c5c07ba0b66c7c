import PythonModel

/// `unittest.TestCase` as the runner uses it: what a test class inherits from it (its
/// constructor, `setUp`/`tearDown`, `addCleanup`/`doCleanups`, `subTest`, `assertRaises` as a
/// context manager) and the runner's lifecycle, which is how a test module's code runs: for each
/// test method, a new instance made with the method's name, `setUp()`, the test, `tearDown()`,
/// then the cleanups in reverse order. A failing or erroring step is recorded by the runner, not
/// propagated. (`assert*` and `fail*` keep nothing: `LibraryModels.pureFamilies`.)
extension Interpreter {
    static let testCaseType = "unittest.TestCase"
    /// `assertRaises(E)` / `subTest()` used in `with`: what they swallow (`held`: the expected
    /// exception class for the first; everything for the second).
    static let assertRaisesContext = "unittest._AssertRaisesContext"
    static let subTestContext = "unittest._SubTest"
    /// What `loadTestsFromTestCase(C)` returns: a suite of C's tests (`held`: the class).
    static let testSuiteType = "unittest.TestSuite"
    static let testRunnerType = "unittest.TextTestRunner"

    /// `unittest.defaultTestLoader.loadTestsFromTestCase(C)` (or a loader's, `makeSuite(C)`): the
    /// suite of the test class; nil for other calls.
    func testSuiteExternal(_ q: String, _ args: [ObjID], site: Int, frame: Frame) throws -> ObjID? {
        guard q.hasPrefix("unittest.") else { return nil }
        if q == "unittest.TextTestRunner" { return heap.allocate(Self.testRunnerType, .opaque(held: []), origin: site) }
        if q == "unittest.TestSuite" {
            // `TestSuite([C("test_a"), …])`: the tests, instances made by the caller.
            let tests = try args.first.map { try iterate($0, site: site, frame: frame) } ?? []
            guard tests.allSatisfy({ if case .instance(let c, _) = heap[$0].payload { return isTestCaseClass(c) } else { return false } }) else { return nil }
            return heap.allocate(Self.testSuiteType, .opaque(held: tests), origin: site)
        }
        if q == "unittest.getTestCaseNames" || q.hasSuffix("defaultTestLoader.getTestCaseNames") || q.hasSuffix("TestLoader().getTestCaseNames"),
           let c = args.first, case .classObject = heap[c].payload, isTestCaseClass(c) {
            // The names of its test methods, sorted, as the loader finds them (`prefix`: "test").
            let prefix: String
            if args.count > 1 { guard let p = heap[args[1]].constant else { return nil }; prefix = p } else { prefix = "test" }
            return newList(testMethodNames(c, prefix: prefix).map { makeStr($0, site: site) }, site: site)
        }
        if q.hasSuffix(".loadTestsFromModule"), let m = args.first, case .module(_, let globals) = heap[m].payload {
            // Every test class the module binds, in `dir()` order (imported ones too, as CPython
            // finds them); a module with its own `load_tests` decides for itself (unknown here).
            guard globals["load_tests"] == nil else { return nil }
            let classes = globals.sorted { $0.key < $1.key }.map(\.value).filter { c in
                if case .classObject = heap[c].payload { return isTestCaseClass(c) } else { return false }
            }
            return heap.allocate(Self.testSuiteType, .opaque(held: classes), origin: site)
        }
        guard q.hasSuffix(".loadTestsFromTestCase") || q == "unittest.makeSuite",
              let c = args.first, case .classObject = heap[c].payload, isTestCaseClass(c) else { return nil }
        return heap.allocate(Self.testSuiteType, .opaque(held: [c]), origin: heap[c].origin)
    }

    /// `suite.run(result)` / `suite(result)`: the runner's pass over each class of the suite.
    func testSuiteMethod(_ method: String, _ suite: ObjID, _ args: [ObjID], site: Int, frame: Frame) throws -> ObjID? {
        if typeName(suite) == Self.testRunnerType, method == "run", let s = args.first, typeName(s) == Self.testSuiteType {
            // `TextTestRunner(...).run(suite)`: the suite run, a result the model does not keep.
            _ = try testSuiteMethod("run", s, [], site: site, frame: frame)
            return opaque(site: site)
        }
        guard typeName(suite) == Self.testSuiteType, case .opaque(let tests) = heap[suite].payload,
              ["run", "__call__", "debug"].contains(method) else { return nil }
        for t in tests {
            if case .classObject = heap[t].payload {
                try runTestCase(t, site: site, frame: frame)
            } else if let nameObj = lookupInstanceAttr(t, "_testMethodName"), let name = heap[nameObj].constant {
                do { try runOneTest(t, name, site: site, frame: frame) } catch Signal.raise {}
            }
        }
        return args.first ?? none
    }

    static let testCaseMethods: Set<String> = [
        "__init__", "setUp", "tearDown", "addCleanup", "doCleanups", "subTest", "assertRaises",
        "assertRaisesRegex", "assertWarns", "assertWarnsRegex", "run", "debug",
    ]

    /// A class deriving from `unittest.TestCase` (as its class statement names it).
    func isTestCaseClass(_ cls: ObjID) -> Bool {
        mro(cls).contains { c in
            (externalBases[c] ?? []).contains { q in
                let name = absoluteExternalName(q, ofClass: c)
                return name == "unittest.TestCase" || name == "unittest.case.TestCase"
            }
        }
    }

    /// A method the instance inherits from `unittest.TestCase` that the model runs.
    func testCaseAttribute(_ obj: ObjID, _ cls: ObjID, _ name: String) -> ObjID? {
        guard Self.testCaseMethods.contains(name), isTestCaseClass(cls) else { return nil }
        return native(.method(type: Self.testCaseType, name: name), obj)
    }

    func testCaseMethod(_ method: String, _ test: ObjID, _ args: [ObjID], _ kwargs: [(String, ObjID)],
                        site: Int, frame: Frame) throws -> ObjID {
        switch method {
        case "__init__":
            // `TestCase(methodName='runTest')`: the name, and an empty list of cleanups.
            let name = args.first ?? kwargs.first { $0.0 == "methodName" }?.1 ?? makeStr("runTest", site: site)
            setInstanceAttr(test, "_testMethodName", name)
            // `TestCase.__eq__`/`__hash__`: its type and its test method's name, unless the class
            // defines its own.
            if let method = heap[name].constant, case .instance(let cls, _) = heap[test].payload,
               mroLookup(cls, "__eq__") == nil, mroLookup(cls, "__hash__") == nil {
                heap.equalityKeys[test] = "testcase:(@\(cls),\(method))"
            }
            setInstanceAttr(test, "_cleanups", newList([], site: site))
            setInstanceAttr(test, "_outcome", none)
            return none
        case "addCleanup":
            guard let fn = args.first else { return none }
            let kw = newDict(site: site)
            for (k, v) in kwargs {
                let key = makeStr(k, site: site)
                withStore(kw) { $0.set(key, heap.valueKey(key), v) }
            }
            let entry = heap.allocate("tuple", .tuple([fn, heap.allocate("tuple", .tuple(Array(args.dropFirst())), origin: site), kw]), origin: site)
            let cleanups = try testCleanups(test, site: site)
            withList(cleanups) { $0.append(entry) }
            return none
        case "doCleanups":
            // Last added, first run; one that raises is recorded and the rest still run.
            let cleanups = try testCleanups(test, site: site)
            var ran = 0
            while case .list(let items) = heap[cleanups].payload, let last = items.last, ran < bounds.maxLoopIterations {
                ran += 1
                withList(cleanups) { $0.removeLast() }
                guard case .tuple(let parts) = heap[last].payload, parts.count == 3 else { continue }
                var kw: [(String, ObjID)] = []
                if case .dict(let s, _) = heap[parts[2]].payload {
                    // (A key the model does not know passes on as itself, as `f(**d)` does.)
                    for (k, v) in zip(s.keys, s.values) { kw.append((heap[k].constant ?? Interpreter.unknownKeyword + String(k), v)) }
                }
                let positional: [ObjID]
                if case .tuple(let a) = heap[parts[1]].payload { positional = a } else { positional = [] }
                do { _ = try call(parts[0], positional, kw, site: site, frame: frame) } catch Signal.raise {}
            }
            return none
        case "assertRaises", "assertRaisesRegex", "assertWarns", "assertWarnsRegex":
            let expectsPattern = method.hasSuffix("Regex")
            let callableAt = expectsPattern ? 2 : 1
            if args.count > callableAt {
                // `assertRaises(E, f, *args)`: f called; what it raises is the assertion's business.
                do { _ = try call(args[callableAt], Array(args.dropFirst(callableAt + 1)), kwargs, site: site, frame: frame) } catch Signal.raise {}
                return none
            }
            if method.hasPrefix("assertWarns") { return opaque(site: site) }
            return heap.allocate(Self.assertRaisesContext, .opaque(held: args.prefix(1).map { $0 }), origin: site)
        case "subTest":
            return heap.allocate(Self.subTestContext, .opaque(held: []), origin: site)
        case "run", "debug":
            // The test the instance was made for: `setUp`, the method, `tearDown`, the cleanups
            // (`run` records what raises; `debug` lets it through).
            guard let nameObj = lookupInstanceAttr(test, "_testMethodName"), let name = heap[nameObj].constant else {
                escape("`TestCase.\(method)()`", [test], site: site)
                return opaque(site: site)
            }
            do {
                try runOneTest(test, name, site: site, frame: frame)
            } catch Signal.raise(let e) {
                if method == "debug" { throw Signal.raise(e) }
            }
            return args.first ?? none
        default:
            // `setUp` / `tearDown` of the base: nothing.
            return none
        }
    }

    /// The instance's list of cleanups (made when a subclass's `__init__` did not run the base's).
    func testCleanups(_ test: ObjID, site: Int) throws -> ObjID {
        if let l = lookupInstanceAttr(test, "_cleanups"), case .list = heap[l].payload { return l }
        let l = newList([], site: site)
        setInstanceAttr(test, "_cleanups", l)
        return l
    }

    /// Whether the `__exit__` of `assertRaises(E)` or `subTest()` swallows `raised` (nil for the
    /// other context managers).
    func testContextSwallows(_ ctx: ObjID, raised: ObjID?) -> Bool? {
        switch typeName(ctx) {
        case Self.subTestContext:
            return raised != nil
        case Self.assertRaisesContext:
            guard let exc = raised else { return false }
            guard case .opaque(let held) = heap[ctx].payload, let expected = held.first else { return true }
            var classes: [ObjID] = [expected]
            if case .tuple(let items) = heap[expected].payload { classes = items }
            let excClass: ObjID?
            switch heap[exc].payload {
            case .exception(let c, _, _, _): excClass = c
            case .instance(let c, _): excClass = c
            default: excClass = nil
            }
            guard let excClass, classes.allSatisfy({ if case .classObject = heap[$0].payload { return true } else { return false } }) else {
                return true
            }
            return classes.contains { mro(excClass).contains($0) }
        default:
            return nil
        }
    }

    /// The runner's pass over a test class: for each test method (names starting with `test`,
    /// sorted as `TestLoader` sorts them), a new instance, `setUp`, the test, `tearDown`, the
    /// cleanups; `setUpClass` / `tearDownClass` around them when the class defines them.
    /// The test methods of a test class (functions along its MRO named with `prefix`), sorted.
    func testMethodNames(_ cls: ObjID, prefix: String = "test") -> [String] {
        var names = Set<String>()
        for c in mro(cls) {
            guard case .classObject(let s) = heap[c].payload else { continue }
            for (n, v) in s.attrs where n.hasPrefix(prefix) {
                if case .function = heap[v].payload { names.insert(n) }
            }
        }
        return names.sorted()
    }

    func runTestCase(_ cls: ObjID, site: Int, frame: Frame) throws {
        let names = testMethodNames(cls)
        func classHook(_ name: String) throws {
            guard mroLookup(cls, name) != nil else { return }
            do { _ = try call(try getAttribute(cls, name, site: site, frame: frame), [], [], site: site, frame: frame) } catch Signal.raise {}
        }
        try classHook("setUpClass")
        for name in names.prefix(24) {
            let test: ObjID
            testRunnerDepth += 1
            defer { testRunnerDepth -= 1 }
            do { test = try call(cls, [makeStr(name, site: site)], [], site: site, frame: frame) } catch Signal.raise { continue }
            do { try runOneTest(test, name, site: site, frame: frame) } catch Signal.raise {}
        }
        try classHook("tearDownClass")
    }

    /// One test on its instance: `setUp`, the test method, `tearDown` (when `setUp` completed),
    /// then the cleanups. The first exception is raised again once the cleanups ran.
    /// Runs `body` (a method called on `instance` as outside code would), then, when `instance`
    /// is a test case, its cleanups: whoever runs a test case's `setUp` or tests, the runner or
    /// code driving it, runs `doCleanups()` after them, however they ended (a `skipTest()` in
    /// `setUp` included).
    func thenTestCleanups(of instance: ObjID, site: Int, frame: Frame, _ body: () throws -> ObjID) throws -> ObjID {
        // (Only `unittest.TestCase`'s own cleanups: a framework that overrides them, trial's
        // Deferred-aware ones, runs its own way.)
        guard case .instance(let cls, _) = heap[instance].payload, isTestCaseClass(cls),
              mroLookup(cls, "doCleanups") == nil, mroLookup(cls, "addCleanup") == nil else { return try body() }
        func cleanups() { _ = try? testCaseMethod("doCleanups", instance, [], [], site: site, frame: frame) }
        let result: ObjID
        do { result = try body() } catch Signal.raise(let e) { cleanups(); throw Signal.raise(e) }
        cleanups()
        return result
    }

    func runOneTest(_ test: ObjID, _ name: String, site: Int, frame: Frame) throws {
        var failure: ObjID?
        do {
            _ = try call(try getAttribute(test, "setUp", site: site, frame: frame), [], [], site: site, frame: frame)
            do { _ = try call(try getAttribute(test, name, site: site, frame: frame), [], [], site: site, frame: frame) } catch Signal.raise(let e) { failure = e }
            do { _ = try call(try getAttribute(test, "tearDown", site: site, frame: frame), [], [], site: site, frame: frame) } catch Signal.raise(let e) { failure = failure ?? e }
        } catch Signal.raise(let e) { failure = e }
        do {
            _ = try call(try getAttribute(test, "doCleanups", site: site, frame: frame), [], [], site: site, frame: frame)
        } catch Signal.raise(let e) { failure = failure ?? e }
        if let failure { throw Signal.raise(failure) }
    }
}

/// How a module's code uses the test class `name` (`C`, or `tests.test_x.C`).
struct TestClassUse {
    /// It only hands the class to a loader (`loadTestsFromTestCase(C)`, `makeSuite(C)`) and reads
    /// its class attributes or sets them to constants (`C.verbose = True` before the suite runs):
    /// the runner makes and sets up its instances. Not when code makes instances itself
    /// (`C("test_x")`, a call of one of its methods, the class handed anywhere else): it may set
    /// them up first (`case.order_id = …`, then `case.run(result)`); nor when it sets class
    /// attributes to values it computes.
    var runnerOnly: Bool
    /// The class attributes it sets to values it computes each time (`C.order_id = f"ord-{n}"`,
    /// `C.region = REGIONS[n % 3]`): what the tests read there is that code's data, which a test
    /// run on its own does not know.
    var setToData: Set<String>

    init(ofTestClass name: String, in body: [Stmt]) {
        // (Under the names it is imported as, `from tests.test_x import C as Events` included.)
        var names: Set<String> = [name]
        var importedByName = false
        IRWalk.statements(in: body) { s in
            guard case .importFrom(_, _, let aliases) = s.kind else { return }
            for a in aliases where a.name == name {
                importedByName = true
                names.insert(a.asName ?? a.name)
            }
        }
        func isRef(_ e: Expr) -> Bool {
            switch e.kind {
            case .name(let n): return names.contains(n)
            case .attribute(_, let n): return n == name
            default: return false
            }
        }
        var uses = 0, loaderUses = 0, attributeUses = 0, attributeCalls = 0
        IRWalk.expressions(in: body) { e in
            if isRef(e) { uses += 1 }
            switch e.kind {
            case .attribute(let base, _) where isRef(base):
                attributeUses += 1
            case .call(let f, let args):
                switch f.kind {
                case .attribute(let base, _) where isRef(base): attributeCalls += 1
                default: break
                }
                let callee: String? = {
                    switch f.kind {
                    case .attribute(_, let n), .name(let n): return n
                    default: return nil
                    }
                }()
                if callee == "loadTestsFromTestCase" || callee == "makeSuite", let first = args.first, isRef(first.value) { loaderUses += 1 }
            default:
                break
            }
        }
        // (An attribute set to a constant keeps one value, whichever: the class's own is as good.)
        var setToData = Set<String>()
        func note(_ t: Expr, _ value: Expr?) {
            if let value, case .constant = value.kind { return }
            switch t.kind {
            case .attribute(let base, let attr) where isRef(base): setToData.insert(attr)
            case .tuple(let items), .list(let items): items.forEach { note($0, nil) }
            default: break
            }
        }
        IRWalk.statements(in: body) { s in
            switch s.kind {
            case .assign(let ts, let v): ts.forEach { note($0, v) }
            case .augAssign(let t, _, _), .forLoop(let t, _, _, _, _): note(t, nil)
            case .annAssign(let t, _, let v): note(t, v)
            default: break
            }
        }
        // A module that imports it by name and never uses it re-exports it (`from ._asynctest
        // import TestCase` in a package's public module): its importers may do anything with it.
        self.setToData = setToData
        runnerOnly = uses == loaderUses + attributeUses - attributeCalls && setToData.isEmpty && !(importedByName && uses == 0)
    }

    mutating func merge(_ other: TestClassUse) {
        runnerOnly = runnerOnly && other.runnerOnly
        setToData.formUnion(other.setToData)
    }
}
