import Dispatch
import Foundation
import PythonModel

extension ModuleSimulation {
    /// HL101's scenario: call the function K and then 2K times with fresh, distinct arguments while
    /// the default of `parameter` stays in play, dropping results; measure what the default retains.
    /// A refutation that rests on a removal something may skip (an exception on bad data, a
    /// consumer that stops a generator, another way through tests on data): not earned.
    static func unearnedByRemoval(_ outcome: inout SimulationOutcome) {
        guard outcome.verdict == .refuted, let why = outcome.removalAfterMayRaise else { return }
        outcome.verdict = .unknown
        outcome.reason = .assumption(why)
        outcome.evidence.assumptions.append(why)
    }

    public func defaultArgument(function def: FunctionDef, parameter: Int) -> SimulationOutcome {
        if let onlyRead = onlyReadOutcome(def, parameter) { return onlyRead }
        let start = DispatchTime.now().uptimeNanoseconds
        var outcome = runDefaultArgument(function: def, parameter: parameter)
        if outcome.verdict == .unknown, case .direct = outcome.evidence.scenario.drive,
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Run as an outside caller would, because it escapes (used as a value, a package's
            // interface): its visible callers still call it, and growth through them is growth.
            // (A second scenario: only while the file has half its work left, so that it never
            // takes the first scenario of a later candidate.)
            let visible = runDefaultArgument(function: def, parameter: parameter, visibleCallersOnly: true)
            if visible.verdict == .confirmed {
                outcome = visible
            } else if def.enclosingFunction == nil, let provider = options.modules, !provider.distributesPackage(of: module.name),
                      heldAsValue(def, def.parameters[parameter]), budget.remaining > options.bounds.maxWorkPerModule / 2 {
                // An application's hook or value, undecided with fresh arguments: the
                // application's own work, run from its entry points, may show it grow.
                let entries = runDefaultArgument(function: def, parameter: parameter, throughEntries: true)
                if entries.verdict == .confirmed { outcome = entries }
            }
        } else if outcome.verdict == .confirmed, case .direct = outcome.evidence.scenario.drive,
                  callGraph.allCalls(pass: def.parameters[parameter], of: def),
                  !callGraph.allCalls(pass: def.parameters[parameter], of: def, starredPasses: false),
                  budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Run as an outside caller would, because every call here may pass the argument; but
            // some only through `*args` / `**kwargs` (`log_event(name, **fields)`): running the
            // visible callers decides whether those do. Growth through them is growth.
            let visible = runDefaultArgument(function: def, parameter: parameter, visibleCallersOnly: true)
            if visible.verdict == .confirmed { outcome = visible }
        } else if outcome.verdict == .confirmed, case .direct = outcome.evidence.scenario.drive, def.enclosingFunction == nil,
                  options.modules != nil, callGraph.allCalls(pass: def.parameters[parameter], of: def),
                  budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Grows when called without the argument, and every call here passes it: functions of
            // other project modules may leave it to its default (a subclass's
            // `super().__init__(model)`, a helper calling it bare). Growth through them is growth.
            let project = runDefaultArgument(function: def, parameter: parameter, throughProjectCallers: true)
            if project.verdict == .confirmed { outcome = project }
        } else if outcome.verdict == .confirmed, growsThroughOfferedCallers(outcome, def, parameter) {
            judgeByOwnCallers(&outcome, def, parameter)
        }
        // (A closure made by a factory the application's code calls, in other modules or from this
        // one's entry points (a metaclass's `__new__` runs for each class a function makes): the
        // direct run kept one closure and called it again, as users that hold it would. Whether
        // the application's users hold it, or make a new one per use, its own work decides.)
        let outermost = def.outermostFunction
        let factoryUsedElsewhere = def.enclosingFunction != nil && !outermost.isLambda
            && ((outermost.enclosingClass == nil && mentionedByImporters(outermost.name))
                || callGraph.moduleEntries.contains { $0.id != outermost.id && $0.enclosingClass == nil && !$0.isLambda })
        if outcome.verdict == .confirmed, case .direct = outcome.evidence.scenario.drive,
           def.enclosingFunction == nil || factoryUsedElsewhere,
           let provider = options.modules, !provider.distributesPackage(of: module.name),
           factoryUsedElsewhere || heldAsValue(def, def.parameters[parameter]) || visiblyUncalledInApplication(def, parameter),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // An application's function that its code uses as a value (a dispatch table, a class
            // attribute, a callback it keeps) or that the interpreter calls (a special method):
            // the growth came from calling it as outside code would, with new arguments, and an
            // application has no outside code but what its values are handed to. Run its work
            // from where it starts: growth there is growth; the function (or the default) handed
            // to code heaplint cannot see keeps the outside callers real; otherwise what the
            // application does with it did not grow it, and the direct run stands for callers it
            // does not have.
            judgeByApplicationEntries(&outcome, def, parameter, why: "held as a value",
                                      caller: def.isLambda ? "<lambda>" : def.name == "__init__" ? def.enclosingClass?.name ?? def.name : def.name)
        }
        if outcome.verdict == .confirmed, case .callers(let names, _) = outcome.evidence.scenario.drive,
           let closure = names.lazy.compactMap({ n in self.module.functions.first { $0.enclosingFunction != nil && !$0.isLambda && $0.name == n } }).first,
           names.contains(where: { n in n.contains(".") || self.module.functions.contains { f in f.name == n && f.enclosingFunction == nil } }),
           let provider = options.modules, !provider.distributesPackage(of: module.name),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Among the callers run with new arguments, as outside code would call them, is a
            // closure (a decorator factory's `register`) whose factory the application's own code
            // calls: its calls are the application's (`@events.on(...)` over its own functions),
            // not new arguments each time. Growth through the application's entries is growth.
            judgeByApplicationEntries(&outcome, def, parameter, why: "closure callers", caller: closure.name)
        }
        if outcome.verdict == .confirmed, case .callers = outcome.evidence.scenario.drive,
           let provider = options.modules, !provider.distributesPackage(of: module.name),
           let decorated = foreignUse(of: def, parameter: def.parameters[parameter]).callers.first(where: {
               !$0.function.decorators.isEmpty && !callGraph(of: $0.module).isPlainMethodDecorator($0.function)
           }),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // A caller in another module of the application is decorated (`@route("/product")`
            // registering a view in a table its dispatcher reads): run with new arguments as
            // outside code would call it, but in an application its calls are the application's,
            // through the table. Growth through the application's entries is growth; no growth
            // there, when they ran in full, leaves growth only for callers it does not have.
            judgeByApplicationEntries(&outcome, def, parameter, why: "decorated callers",
                                      caller: decorated.module.name + "." + decorated.function.qualifiedName, .whenDecided)
        }
        var factoryRunsAtImport = false
        switch outcome.evidence.scenario.drive {
        case .importOnly, .callers(_, targetRunsAtImport: true): factoryRunsAtImport = true
        default: break
        }
        let closuresOverDefault = outcome.verdict == .confirmed && factoryRunsAtImport ? closures(of: def, over: def.parameters[parameter]) : []
        if let closure = closuresOverDefault.first,
           let provider = options.modules, !provider.distributesPackage(of: module.name),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Only import-time code calls the factory (then the module's entry points run): the
            // growth may have come from calling the closures it made with new arguments, as users
            // holding them would. In an application, its
            // users are its own code (a converter kept in a table and reached through
            // `convert(412, "m", "ft")`): run its work from its entry points; growth there is
            // growth, else the closures' calls stand for callers it does not have.
            judgeByApplicationEntries(&outcome, def, parameter, why: "closures made at import", caller: closure.isLambda ? "<lambda>" : closure.name)
        }
        if outcome.verdict == .refuted, outcome.storedButBounded, case .callers(let names, _) = outcome.evidence.scenario.drive,
           names.count > 1, budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Stored into, then emptied again: by every caller, or only when some caller runs (a
            // parser that exhausts the generator whose end clears the history, while another
            // caller takes only the first tokens)? A program may call any one of them alone.
            confirmByACallerAlone(&outcome, def, parameter, callers: names.count)
        }
        if outcome.verdict == .unknown, outcome.evidence.growth != nil,
           outcome.evidence.assumptions.contains(where: { if case .escaped = $0 { return true } else { return false } }),
           case .callers(let names, _) = outcome.evidence.scenario.drive,
           names.count > 1, budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Grew, but some caller handed the default to code heaplint cannot see, which might
            // empty it again (a test case's `setUp` on an instance made as outside code would, a
            // callback kept by a library). Growth that a caller shows alone, handing it nowhere,
            // is growth whatever the others do: a program may call that one alone.
            confirmByACallerAlone(&outcome, def, parameter, callers: names.count)
        }
        if outcome.verdict == .unknown, case .flowsInto(let what)? = outcome.reason,
           what == Interpreter.outsideBaseConstructor || what == Interpreter.outsideTestRunner,
           case .callers(let names, _) = outcome.evidence.scenario.drive,
           let provider = options.modules, !provider.distributesPackage(of: module.name),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Its callers were run on instances made as outside code would make them (a test
            // case's `setUp`, a subclass of a library class), which stay handed to code heaplint
            // cannot see. An application makes them itself (a suite its script loads and runs):
            // run its work from its entry points; growth there is growth. (No growth there is
            // not a refutation: the entries may never reach those callers, `TextTestRunner.run`.)
            // A test case is the exception: the suite the application runs is its real maker, and
            // a run of it that reached every store, and kept nothing, refutes too (the tests
            // calling it with fixed data stay a reason for unknown, in that run itself).
            judgeByApplicationEntries(&outcome, def, parameter, why: "made as outside code would",
                                      caller: names.first ?? def.name,
                                      what == Interpreter.outsideTestRunner ? .growthOrEarnedRefutation : .growthOnly)
        }
        if outcome.verdict == .unknown, Self.storeNotReached(outcome.reason) || outcome.reason == .growsOnlyOnSomePaths,
           def.enclosingFunction == nil, !def.isLambda, def.enclosingClass.map({ $0.enclosingFunction == nil }) ?? true,
           let provider = options.modules, !provider.distributesPackage(of: module.name),
           provider.importerNames(of: module.name).contains(where: { $0 != module.name }),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // What can store into it was not reached: code of another module (a subclass's
            // method growing `self.options`, reached through a command table), or a branch of its
            // own that the run's made-up arguments did not take (an `except` no call raised
            // into), or it grew only on some ways through tests those arguments left undecided
            // (`if label is None` after a lookup keyed by them). The application's work, run from
            // its entry points with its own values, may reach it. Growth there is growth;
            // anything else leaves the outcome as it is.
            judgeByApplicationEntries(&outcome, def, parameter, why: "stores in other modules",
                                      caller: def.name == "__init__" ? def.enclosingClass?.name ?? def.name : def.name, .growthOnly)
        }
        if outcome.verdict == .unknown, def.enclosingFunction == nil, !def.isLambda, let provider = options.modules,
           let me = provider.module(named: module.name), !provider.distributesPackage(of: me.name),
           isLoadedByName(me, provider: provider) || growsOnlyThroughPlugin(outcome, provider),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // A plugin the application loads by name: its work, run from the scripts that reach
            // the loader (`import_module` of a name the model evaluates), may call it. Growth
            // there is growth; no growth refutes nothing (other names may load it elsewhere).
            let entries = runDefaultArgument(function: def, parameter: parameter, throughEntries: true)
            if Interpreter.tracing {
                FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) loaded by name, run from the application's entries: \(entries.verdict) \(String(describing: entries.reason))\n".utf8))
            }
            if entries.verdict == .confirmed { outcome = entries }
        }
        Self.unearnedByRemoval(&outcome)
        if outcome.verdict == .refuted, case .direct = outcome.evidence.scenario.drive,
           def.name == "__init_subclass__", def.enclosingClass != nil {
            // Run on the class itself, with its own namespace: the subclasses code heaplint
            // cannot see creates (`class X(Model)`, `type(name, (Model,), ns)`) bring theirs.
            // (An application's own subclass statements run from its entry points: growth
            // there is growth.)
            var entries: SimulationOutcome?
            if def.enclosingFunction == nil, let provider = options.modules, !provider.distributesPackage(of: module.name),
               budget.remaining > options.bounds.maxWorkPerModule / 2 {
                entries = runDefaultArgument(function: def, parameter: parameter, throughEntries: true)
            }
            if let entries, entries.verdict == .confirmed {
                outcome = entries
            } else {
                outcome.verdict = .unknown
                outcome.reason = .assumption(.subclassHookRunOnItsClass)
                outcome.evidence.assumptions.append(.subclassHookRunOnItsClass)
            }
        }
        if outcome.verdict == .refuted, case .direct = outcome.evidence.scenario.drive,
           Self.hasPassableOptionals(def, besides: def.parameters[parameter].name) {
            // Outside callers may pass the other optional parameters (`log(msg, record=True)`): a
            // refutation with them at their defaults must hold with them unknown too. (Run while
            // the file has any work left: without it the refutation is not earned. A run the
            // budget stops says so.)
            let passed = runDefaultArgument(function: def, parameter: parameter, passOptionals: true)
            if passed.verdict != .refuted, case .assumption(.stopped(.limit(.budgetSpent)))? = passed.reason {
                let why = Assumption.stopped(.limit(.budgetSpent(beforeStart: false)))
                outcome.verdict = .unknown
                outcome.reason = .assumption(why)
                outcome.evidence.assumptions.append(why)
            } else if passed.verdict != .refuted {
                var o = passed
                let names = def.parameters.filter { $0.defaultValue != nil && $0.name != def.parameters[parameter].name && !$0.name.hasPrefix("_") }.map(\.name)
                o.verdict = .unknown
                o.reason = .dependsOnOtherArguments(names)
                o.evidence.assumptions.append(.dependsOnOtherArguments(names))
                o.evidence.growth = nil
                o.evidence.retentionPath = []
                outcome = o
            } else if passed.storedButBounded {
                // (Callers passing them store into it, up to a bound: twisted's `Choice(name,
                // choices)` appends its first choice to `default=[]` once, then never again. The
                // refutation stands, but not as "never grown".)
                outcome.storedButBounded = true
            }
        }
        // (Called only by import-time code of an application's own modules: there is no outside
        // code to call it some other way. A direct run may still decide what those runs could
        // not, but growth there is growth for callers the application does not have.)
        var importOnlyInApplication = false
        if case .importOnly = outcome.evidence.scenario.drive, let provider = options.modules,
           !provider.distributesPackage(of: module.name) { importOnlyInApplication = true }
        // (Or only tests of another module called it, with their own fixed data.)
        let testsOnly = Self.calledByTestsOnly(outcome)
        // (Or a caller took more than its share of the step bound in one call, as the step bound
        // itself stops callers that never get to it: the direct run stands for it too.)
        let stepShareOnly = outcome.verdict == .unknown && Self.stoppedOnStepShareOnly(outcome)
        if outcome.verdict != .confirmed, outcome.viaCallers, !outcome.targetCalled || testsOnly || stepShareOnly, def.enclosingFunction == nil,
           !(importOnlyInApplication && outcome.verdict == .refuted) {
            // Its visible callers never got as far as calling it (they stopped on something the model
            // cannot run): a module's function can be called from outside too, so run it that way.
            var direct = runDefaultArgument(function: def, parameter: parameter, direct: true)
            // Callers in other modules the scenario cannot run may call it in ways a direct call
            // does not (other arguments): a direct run that refutes proves nothing about them.
            let unrun = outcome.evidence.assumptions.contains { if case .callerNotRun = $0 { return true } else { return false } }
            if unrun && direct.verdict == .refuted {
                // Keep the unknown outcome that names them.
            } else if importOnlyInApplication && direct.verdict == .confirmed {
                // Keep the import-time outcome.
            } else if direct.verdict == .confirmed, outcome.verdict == .unknown, let provider = options.modules,
                      !provider.distributesPackage(of: module.name) {
                // An application's function that its own callers did not get to (they stopped on
                // something the model cannot run): growth from fresh arguments stands for callers
                // the application does not have. What stopped them stays the reason.
            } else if direct.verdict != .unknown || outcome.unreached != nil {
                direct.evidence.scenario.callersNeverReachedTarget = !testsOnly
                outcome = direct
            }
        }
        if Self.calledByTestsOnly(outcome), def.enclosingFunction == nil, !def.isLambda, let provider = options.modules, !provider.distributesPackage(of: module.name),
           provider.importerNames(of: module.name).contains(where: { $0 != module.name }),
           budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Only tests call it, with their own fixed data. In an application nothing else can:
            // when its own script runs those tests (a suite it loads and runs), that run, reaching
            // every store and keeping nothing, refutes; growth there confirms.
            judgeByApplicationEntries(&outcome, def, parameter, why: "called by tests only",
                                      caller: def.name, .growthOrEarnedRefutation)
        }
        if outcome.verdict == .refuted, def.isGenerator, case .direct = outcome.evidence.scenario.drive,
           budget.remaining > 0 {
            // Run as outside code would, the generator was drained. Callers may as well take its
            // first item and drop it (`next(gen)`, a loop that breaks): what follows its loop
            // (`tried.clear()`) then never runs. Refuted only if that keeps nothing either.
            let inPart = runDefaultArgument(function: def, parameter: parameter, direct: true, takenInPart: true)
            if inPart.verdict != .refuted {
                let why: Assumption = inPart.verdict == .confirmed ? .growsWhenIterationStopsEarly : (inPart.evidence.assumptions.first ?? .growsWhenIterationStopsEarly)
                outcome.verdict = .unknown
                outcome.reason = inPart.verdict == .confirmed ? .assumption(why) : inPart.reason
                outcome.evidence.assumptions.append(why)
            }
        }
        if outcome.verdict == .unknown, outcome.viaCallers, outcome.targetCalled, def.enclosingFunction == nil,
           Self.isEscapeReason(outcome.reason), budget.remaining > options.bounds.maxWorkPerModule / 2 {
            // Its callers ran and did not grow it, but they handed to unseen code something from
            // which the default can be reached. When that path goes through the function itself
            // (a widget handed to a library → its class → the method → its defaults), what unseen
            // code can do with it is call it: run it that way too, as an outside caller would. Both
            // runs must refute, with nothing else handed on.
            let lenient = runDefaultArgument(function: def, parameter: parameter, defaultsPathIsACall: true)
            if Interpreter.tracing {
                FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) escapes through its own defaults only? \(lenient.verdict) \(String(describing: lenient.reason))\n".utf8))
            }
            if lenient.verdict == .refuted {
                let direct = runDefaultArgument(function: def, parameter: parameter, direct: true)
                var refuted = direct.verdict == .refuted && direct.removalAfterMayRaise == nil
                if refuted, Self.hasPassableOptionals(def, besides: def.parameters[parameter].name) {
                    let passing = runDefaultArgument(function: def, parameter: parameter, direct: true, passOptionals: true)
                    refuted = passing.verdict == .refuted && passing.removalAfterMayRaise == nil
                }
                if refuted {
                    var o = lenient
                    o.evidence.scenario.alsoCalledDirectly = true
                    o.modulesRead.formUnion(outcome.modulesRead)
                    o.modulesRead.formUnion(direct.modulesRead)
                    outcome = o
                }
            }
        }
        // (Again for a later run that replaced the first one: a direct run of a function whose
        // callers did not decide it.)
        Self.unearnedByRemoval(&outcome)
        if ModuleSimulation.timing {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            let row = module.row(of: def.parameters[parameter].range.lowerBound)
            FileHandle.standardError.write(Data("heapsim-timing: \(module.name):\(row) \(outcome.verdict.rawValue) \(String(format: "%.3f", ms)) ms\n".utf8))
        }
        return outcome
    }

    /// The functions to run for a closure `def` that the module-level function `top` returns
    /// (`def memoize(fn): def wrapper(…): …; return wrapper`), when the module uses `top` only as a
    /// bare decorator of module-level functions: the entry points of those functions' visible
    /// callers. nil when a decorated function escapes or has no visible caller (outside code may
    /// call it: it is run as such), or when `top` is used any other way.
    static func decoratedUsers(of top: FunctionDef, returning def: FunctionDef, in module: Module, graph: CallGraph,
                               mentionedElsewhere: (String) -> Bool = { _ in false }) -> [FunctionDef]? {
        // (Another project module that names the decorator may make wrappers of its own, and one
        // that names a decorated function may call it: their calls count, so run as outside code.)
        guard top.enclosingClass == nil, def.enclosingFunction?.id == top.id, !mentionedElsewhere(top.name),
              top.body.contains(where: { if case .returnValue(let e?) = $0.kind, case .name(def.name) = e.kind { return true } else { return false } })
        else { return nil }
        var decorated: [FunctionDef] = []
        var asDecorator = 0
        for f in module.functions where f.enclosingFunction == nil && f.enclosingClass == nil && !f.isLambda {
            let uses = f.decorators.filter { if case .name(top.name) = $0.kind { return true } else { return false } }.count
            if uses > 0 { decorated.append(f); asDecorator += uses }
        }
        // (Every mention of the name is one of those decorators: not called, passed or aliased.)
        var mentions = 0
        IRWalk.expressions(in: module.body) { e in if case .name(top.name) = e.kind { mentions += 1 } }
        guard !decorated.isEmpty, mentions == asDecorator else { return nil }
        var roots: [FunctionDef] = []
        for f in decorated {
            // (Its only decorator is this one, and its name is only called: the decorator is what
            // made `escapes` say it escapes.)
            guard f.decorators.count == 1, !graph.valueNames.contains(f.name), !mentionedElsewhere(f.name),
                  let r = graph.entryPoints(for: f, evenIfEscaping: true), !r.isEmpty else { return nil }
            for x in r where !roots.contains(where: { $0.id == x.id }) { roots.append(x) }
        }
        return roots.sorted { $0.id < $1.id }
    }

    /// Runs each of the first three callers alone: the first whose run confirms growth gives the
    /// outcome. (Alone, a caller run as outside code would because its package offers it, or
    /// because nothing in the application calls it, is judged as the whole run is.) A refuted
    /// outcome becomes unknown when a caller alone cannot decide.
    func confirmByACallerAlone(_ outcome: inout SimulationOutcome, _ def: FunctionDef, _ parameter: Int, callers: Int) {
        for only in 0..<min(callers, 3) {
            var alone = runDefaultArgument(function: def, parameter: parameter, onlyEntry: only)
            if alone.verdict == .confirmed, growsThroughOfferedCallers(alone, def, parameter) {
                judgeByOwnCallers(&alone, def, parameter)
            }
            if alone.verdict == .confirmed { outcome = alone; return }
            if alone.verdict == .unknown, outcome.verdict == .refuted {
                outcome.verdict = .unknown
                outcome.reason = alone.reason
                outcome.evidence.assumptions += alone.evidence.assumptions
            }
        }
    }

    /// How the project's code uses a test class (see `TestClassUse`): this module's and those of
    /// the modules importing it that may name it.
    func testClassUse(_ cls: ClassDef) -> TestClassUse { testClassUse(cls, in: module.name, body: module.body) }

    /// The same for a class of module `moduleName` (whose statements are `body`). A class made
    /// inside a function is never runner-only.
    func testClassUse(_ cls: ClassDef, in moduleName: String, body: [Stmt]) -> TestClassUse {
        var use = TestClassUse(ofTestClass: cls.name, in: body)
        if cls.enclosingFunction != nil { use.runnerOnly = false }
        guard let provider = options.modules else { return use }
        for m in provider.importerNames(of: moduleName) where m != moduleName && provider.mayMention(cls.name, inModule: m) {
            guard let importer = provider.module(named: m) else { use.runnerOnly = false; continue }
            use.merge(TestClassUse(ofTestClass: cls.name, in: importer.module.body))
        }
        return use
    }

    /// A test class only the test runner uses: no code names it but to hand it to a loader or to
    /// set its class attributes to constants.
    func runnerOnly(_ cls: ClassDef) -> Bool { testClassUse(cls).runnerOnly }

    /// Whether a project module importing this one may name `identifier` (by its text).
    func mentionedByImporters(_ identifier: String) -> Bool {
        guard let provider = options.modules else { return false }
        return provider.importerNames(of: module.name).contains { $0 != module.name && provider.mayMention(identifier, inModule: $0) }
    }

    /// Refuted without a run: the default is a container display (or `dict()` / `list()` /
    /// `set()`) holding only constants, and its function only reads it (`ReadOnlyUse`: every use
    /// is one that cannot store into it, keep it or hand it on, except to project functions that
    /// only read it in turn): only this function's body sees the object, so no call can grow it,
    /// whoever calls it and however often. Not when the module names `__defaults__`.
    func onlyReadOutcome(_ def: FunctionDef, _ parameter: Int) -> SimulationOutcome? {
        let p = def.parameters[parameter]
        guard p.kind != .varPositional, p.kind != .varKeyword, let d = p.defaultValue,
              !moduleNamesDefaultsAttributes, def.decorators.allSatisfy(decoratorLeavesDefaults) else { return nil }
        let type: String
        var stateless: (cls: ClassDef, methods: Set<String>)?
        if let container = Self.constantContainer(d, shadowed: Set(storeSiteFacts.shadowed)) {
            type = container
        } else if let k = statelessInstance(d) {
            type = k.cls.name
            stateless = k
        } else {
            return nil
        }
        var reads = ReadOnlyUse(callee: { m, name in self.followedFunction(name, in: m) },
                                selfMethod: { m, cls, name in self.unoverriddenMethod(name, of: cls, in: m) })
        reads.moduleFunction = { m, callee in self.followedModuleFunction(callee, in: m) }
        reads.empty = stateless == nil && Self.isEmptyDisplay(d)
        reads.subjectMethods = stateless?.methods
        reads.defaultType = stateless == nil ? type : nil
        if stateless == nil {
            if Self.isEmptyDisplay(d) {
                reads.defaultLength = 0
            } else if case .list(let xs) = d.kind {
                reads.defaultLength = xs.count
            }
        }
        reads.modulesNaming = { attr in self.projectModulesNaming(attr) }
        reads.plainStores = { cls, m in self.storesArePlain(cls, in: m) }
        reads.ancestry = { cls, m in self.projectAncestry(cls, in: m) }
        reads.baseMethod = { m, cls, base, name in self.baseMethod(of: cls, in: m, naming: base, name) }
        reads.constructor = { m, callee in self.projectConstructor(callee, in: m) }
        reads.combined = { cls, m, others in self.hasCommonSubclass(cls, in: m, with: others) }
        reads.computedAccess = { attr in self.projectComputesAttribute(attr) }
        reads.unittestAssertion = { m, cls, name in self.runsUnittestAssertion(name, of: cls, in: m) }
        guard reads.onlyReads(def, p.name, in: module), reads.storedAttributesOnlyRead(instanceClass: def.enclosingClass.map { (module, $0) }) else {
            if Self.debugReadOnly { FileHandle.standardError.write(Data("read-only \(module.name):\(def.qualifiedName) \(p.name): \(reads.failure ?? "?")\n".utf8)) }
            return nil
        }
        var description = ScenarioDescription(kind: .repeatedCall, target: def.name, targetIsLambda: def.isLambda,
                                              parameter: p.name, drive: .onlyRead, steps: options.calls, collector: false)
        description.keptInAttributes = reads.storedAttributes
        description.statelessClass = stateless?.cls.name
        return SimulationOutcome(verdict: .refuted, evidence: ScenarioEvidence(scenario: description), candidateType: type)
    }

    /// The project's modules linked to this one by imports (`ModuleProvider.linkedModuleNames`),
    /// this one included: also through the modules it imports and those importing it, for a
    /// provider that does not hold this module itself. Nil when the provider cannot tell.
    func linkedProjectModules() -> [String]? {
        guard let provider = options.modules, let own = provider.linkedModuleNames(of: module.name) else { return nil }
        var names = Set(own)
        names.insert(module.name)
        var neighbours = Array(module.importedModuleNames(packageName: options.isPackage ? module.name : nil))
        neighbours += provider.importerNames(of: module.name)
        for n in neighbours where !names.contains(n) {
            names.formUnion(provider.linkedModuleNames(of: n) ?? [])
        }
        return names.sorted()
    }

    /// The project's modules that may name `attr` (this one included), lowered; nil when the
    /// project's files are not known or more than 48 name it (too many to read for one proof).
    func projectModulesNaming(_ attr: String) -> [() -> Module?]? {
        guard let provider = options.modules, let names = linkedProjectModules() else { return nil }
        // (Each fetched when it is checked, not all held at once: the store keeps what it can.)
        let own = module
        var out: [() -> Module?] = [{ own }]
        for n in names where n != module.name && provider.mayMention(attr, inModule: n) {
            guard out.count < 48 else { return nil }
            out.append({ provider.module(named: n).flatMap { $0.origin == .project ? $0.module : nil } })
        }
        return out
    }

    /// The class of a default `K()` (constant arguments only) when no call can change what the
    /// instance holds: `K` is a class of the project whose bases are all the project's (or
    /// `object`), with no metaclass or class decorator (no `__new__` or `__slots__` games either),
    /// and in every method of those classes the instance (`self`) appears only as `self.name`
    /// read: never bound, deleted or changed through (`self.x = v`, `self.items.append(v)` is
    /// read then call, allowed: it changes a class attribute, not the instance), never handed on
    /// bare (`register(self)`, `return self`), no `self.__dict__`, no `setattr` / `vars` / `getattr`.
    /// With it, the names of the classes' methods: calling one on the default cannot change it.
    func statelessInstance(_ d: Expr) -> (cls: ClassDef, methods: Set<String>)? {
        guard case .call(let f, let args) = d.kind,
              args.allSatisfy({ a in
                  guard a.kind == .positional || a.kind == .keyword else { return false }
                  switch a.value.kind { case .constant: return true; default: return false }
              }),
              let k = projectClass(f, in: module), let chain = projectAncestry(k.cls, in: k.module), !chain.external
        else { return nil }
        var methods = Set<String>()
        for c in chain.classes {
            // (No metaclass or class decorator: the class statement makes a plain class. Code
            // reaching an instance's `__dict__` elsewhere does not matter: the default reaches
            // only the uses ReadOnlyUse checks.)
            guard c.cls.keywords.isEmpty, c.cls.decorators.isEmpty else { return nil }
            for s in c.cls.body {
                switch s.kind {
                case .functionDef, .pass: continue
                case .expr(let e): if case .constant = e.kind { continue } else { return nil }
                case .assign(let ts, _):
                    // (Class attributes: none that makes or changes instances.)
                    guard ts.allSatisfy({ t in
                        if case .name(let n) = t.kind { return !n.hasPrefix("__") || n == "__doc__" } else { return false }
                    }) else { return nil }
                default: return nil
                }
            }
            for m in c.cls.methods {
                methods.insert(m.name)
                guard m.decorators.allSatisfy({ dec in
                    if case .name(let n) = dec.kind { return n == "staticmethod" || n == "classmethod" } else { return false }
                }) else { return nil }
                guard m.decorators.isEmpty else { continue }
                guard let me = m.parameters.first, me.kind == .positional || me.kind == .positionalOnly,
                      Self.instanceOnlyRead(me.name, in: m.body) else { return nil }
            }
        }
        return (k.cls, methods)
    }

    /// Methods that add to or change a container (`self.seen.append(x)` through an instance).
    static let containerMutators: Set<String> = [
        "append", "extend", "insert", "add", "update", "setdefault", "__setitem__", "appendleft", "extendleft",
        "put", "put_nowait", "push", "register", "subscribe", "connect", "set", "store", "save", "write",
        "__iadd__", "__ior__", "sort", "reverse",
    ]

    /// Whether the name `me` (a method's instance) appears in `body` only as `me.attr` read, and
    /// no other way there reaches an instance's attributes by name (`setattr`, `vars`, `__dict__`).
    static func instanceOnlyRead(_ me: String, in body: [Stmt]) -> Bool {
        var ok = true
        var bases = Set<Int>()
        IRWalk.expressions(in: body, intoFunctions: true) { e in
            switch e.kind {
            case .attribute(let b, let n):
                if case .name(me) = b.kind { bases.insert(b.range.lowerBound) }
                if n == "__dict__" || n == "__class__" { ok = false }
            case .call(let f, _):
                // (`self.seen.append(x)`: a class-level container filled through the instance. Not
                // the instance's own growth, but every call with the default makes it: no proof.)
                if case .attribute(let r, let m) = f.kind, case .attribute(let b, _) = r.kind, case .name(me) = b.kind,
                   Self.containerMutators.contains(m) { ok = false }
            case .name(let n) where ["setattr", "getattr", "vars", "delattr", "exec", "eval", "globals", "locals"].contains(n): ok = false
            case .comprehension(let c):
                // (`[… for self.x in …]` binds an attribute.)
                for g in c.generators {
                    IRWalk.expressions(in: [Stmt(.expr(g.target), g.target.range)]) { x in
                        if case .attribute(let b, _) = x.kind, case .name(me) = b.kind { ok = false }
                    }
                }
            default: break
            }
        }
        IRWalk.expressions(in: body, intoFunctions: true) { e in
            if case .name(me) = e.kind, !bases.contains(e.range.lowerBound) { ok = false }
            if case .namedExpr(me, _) = e.kind { ok = false }
            if case .lambda(let l) = e.kind, l.parameters.contains(where: { $0.name == me }) { ok = false }
        }
        // (Stores through it: `self.x = v`, `self.x += v`, `del self.x`, `for self.x in …`, and into
        // what it reads, `self.cache[k] = v`.)
        IRWalk.statements(in: body) { s in
            func store(_ t: Expr) -> Bool {
                var hit = false
                IRWalk.expressions(in: [Stmt(.expr(t), t.range)]) { x in
                    if case .attribute(let b, _) = x.kind, case .name(me) = b.kind { hit = true }
                    if case .subscript(let b, _) = x.kind, case .attribute(let bb, _) = b.kind, case .name(me) = bb.kind { hit = true }
                    if case .name(me) = x.kind { hit = true }
                }
                return hit
            }
            switch s.kind {
            case .assign(let ts, _): if ts.contains(where: store) { ok = false }
            case .augAssign(let t, _, _), .annAssign(let t, _, _): if store(t) { ok = false }
            case .delete(let ts): if ts.contains(where: store) { ok = false }
            case .forLoop(let t, _, _, _, _): if store(t) { ok = false }
            case .with(let items, _, _): if items.contains(where: { $0.target.map(store) ?? false }) { ok = false }
            case .global(let ns), .nonlocal(let ns): if ns.contains(me) { ok = false }
            case .functionDef(let f): if f.name == me || f.parameters.contains(where: { $0.name == me }) { ok = false }
            case .classDef(let c): if c.name == me { ok = false }
            case .tryStmt(_, let hs, _, _): if hs.contains(where: { $0.name == me }) { ok = false }
            default: break
            }
        }
        return ok
    }

    /// Whether `self.x = v` in a method of `cls` (of this module) only binds a key of the
    /// instance's `__dict__`: no metaclass or class decorator (but `dataclass` and
    /// `total_ordering`), every base a class of the project (or `object`), no `__setattr__` /
    /// `__getattribute__` there or in a subclass of the project, and the module never reaches an
    /// instance's `__dict__` (`obj.__dict__`, `vars(obj)`).
    func storesArePlain(_ cls: ClassDef, in m: Module) -> Bool {
        guard let chain = projectAncestry(cls, in: m), !chain.external else { return false }
        let harmless: Set<String> = ["dataclass", "dataclasses.dataclass", "total_ordering", "functools.total_ordering",
                                      "implementer", "zope.interface.implementer"]
        for c in chain.classes {
            guard c.cls.keywords.isEmpty,
                  c.cls.decorators.allSatisfy({ d in
                      var callee = d
                      if case .call(let f, _) = d.kind { callee = f }
                      switch callee.kind {
                      case .name(let n): return harmless.contains(n)
                      case .attribute(let base, let n):
                          if case .name(let b) = base.kind { return harmless.contains(b + "." + n) }
                          return false
                      default: return false
                      }
                  }),
                  !c.cls.methods.contains(where: { $0.name == "__setattr__" || $0.name == "__getattribute__" }) else { return false }
        }
        var reachesDict = false
        IRWalk.expressions(in: m.body) { e in
            if case .attribute(_, "__dict__") = e.kind { reachesDict = true }
            if case .name("vars") = e.kind { reachesDict = true }
        }
        guard !reachesDict else { return false }
        // (Subclasses are looked for from this module: a class of another module is a base of the
        // class whose method started the check, which is checked here too.)
        guard m.name == module.name else { return true }
        let overridden = overridingSubclasses(of: cls).names
        return !overridden.contains("__setattr__") && !overridden.contains("__getattribute__") && !overridden.contains(Self.anyName)
    }

    /// The classes `cls` (of `m`) inherits from, itself first, found through the project's
    /// modules; `external` when a base is a class from outside the project (a builtin or a
    /// library's: none of those inherits from a class of the project). Nil when a base cannot be
    /// followed (a call, a name bound by other means, a module not found).
    func projectAncestry(_ cls: ClassDef, in m: Module) -> (classes: [(module: String, cls: ClassDef)], external: Bool)? {
        var out: [(module: String, cls: ClassDef)] = []
        var external = false
        var queue: [(Module, ClassDef)] = [(m, cls)]
        var seen = Set<String>()
        while !queue.isEmpty {
            let (cm, c) = queue.removeFirst()
            guard seen.insert(cm.name + ":" + String(c.id)).inserted else { continue }
            guard seen.count <= 24 else { return nil }
            out.append((cm.name, c))
            for b in c.bases {
                switch resolveBase(b, in: cm) {
                case .project(let bm, let k): queue.append((bm, k))
                case .builtin, .outside: external = true
                case .unknown, .missing: return nil
                }
            }
        }
        return (out, external)
    }

    /// What a base-class expression of a class in module `m` names.
    enum BaseRef {
        /// A class of the project (a class statement is the only binding of its name there).
        case project(Module, ClassDef)
        /// A builtin (`object`, `Exception`, `dict`): a name the module does not bind.
        case builtin(String)
        /// A class a top-level import names in a module outside the project (module, class).
        case outside(String, String)
        /// A class a top-level import names in a module that is not found (module, class).
        case missing(String, String)
        /// Anything else: a call, a name bound another way, a module not found.
        case unknown
    }

    func resolveBase(_ b: Expr, in m: Module) -> BaseRef {
        if case .name(let n) = b.kind {
            if let local = Self.onlyClass(n, in: m, starMayBind: { self.starImportsMayBind($0, in: m) }) { return .project(m, local) }
            if !ReadOnlyUse.boundAtModuleLevel(n, m) { return .builtin(n) }
        }
        let isPkg = m.name == module.name ? options.isPackage : (options.modules?.module(named: m.name)?.isPackage ?? false)
        guard let provider = options.modules,
              let (target, clsName) = Self.staticImportTarget(of: b, in: m, moduleName: m.name, isPackage: isPkg, provider: provider) else { return .unknown }
        guard let provided = provider.module(named: target) else { return .missing(target, clsName) }
        guard provided.origin == .project else { return .outside(target, clsName) }
        guard let k = projectClassExported(clsName, by: provided) else { return .unknown }
        return .project(k.module, k.cls)
    }

    /// The project class an expression names in module `m` (a top-level class there, or one a
    /// top-level import names in another module of the project).
    func projectClass(_ e: Expr, in m: Module) -> (module: Module, cls: ClassDef)? {
        if case .name(let n) = e.kind, m.classes.contains(where: { $0.name == n && $0.enclosingFunction == nil }) {
            return Self.onlyClass(n, in: m, starMayBind: { self.starImportsMayBind($0, in: m) }).map { (m, $0) }
        }
        let isPkg = m.name == module.name ? options.isPackage : (options.modules?.module(named: m.name)?.isPackage ?? false)
        guard let provider = options.modules,
              let (target, clsName) = Self.staticImportTarget(of: e, in: m, moduleName: m.name, isPackage: isPkg, provider: provider),
              let provided = provider.module(named: target), provided.origin == .project else { return nil }
        return projectClassExported(clsName, by: provided)
    }

    /// The class a module-level name of `m` holds when a `class` statement of the module is the
    /// only way it is bound: one such statement (at module level, or in a branch there), and no
    /// import or assignment of the name (`try: from PyQt5.QtCore import X` / `except: class X:`
    /// holds the library's class when it imports).
    static func onlyClass(_ name: String, in m: Module, starMayBind: ((String) -> Bool)? = nil) -> ClassDef? {
        let defs = m.classes.filter { $0.name == name && $0.qualifiedName == name && $0.enclosingFunction == nil }
        guard defs.count == 1 else { return nil }
        if let symbol = m.scope.symbols[name], !symbol.flags.isDisjoint(with: [.imported, .assigned, .declaredGlobal]) {
            // (A class statement may itself count as an assignment: then only when nothing else binds it.)
            var other = false
            IRWalk.statements(in: m.body) { s in
                switch s.kind {
                case .assign(let ts, _):
                    IRWalk.expressions(in: ts.map { Stmt(.expr($0), $0.range) }) { x in if case .name(name) = x.kind { other = true } }
                case .annAssign(let t, _, _), .augAssign(let t, _, _): if case .name(name) = t.kind { other = true }
                case .importModules(let ns), .importFrom(_, _, let ns):
                    if ns.contains(where: { ($0.asName ?? $0.name.split(separator: ".").first.map(String.init)) == name }) { other = true }
                    if ns.contains(where: { $0.name == "*" }), starMayBind?(name) ?? true { other = true }
                case .global(let ns): if ns.contains(name) { other = true }
                case .functionDef(let f): if f.name == name { other = true }
                default: break
                }
            }
            if other { return nil }
        }
        return defs[0]
    }

    /// The method `name` as a call through a base finds it: `super().name` in a method of `cls`
    /// (`base` nil: from the class's one base on), or `Base.name(self, …)` (from `base` on). Each
    /// class on the way has one base (or none: not found) and is a class of the project; the
    /// method is undecorated. Nil when it cannot be told.
    func baseMethod(of cls: ClassDef, in m: Module, naming base: Expr?, _ name: String) -> (module: Module, function: FunctionDef)? {
        var current: (module: Module, cls: ClassDef)
        if let base {
            guard let start = projectClass(base, in: m) else { return nil }
            current = start
        } else {
            guard cls.bases.count == 1, let start = projectClass(cls.bases[0], in: m) else { return nil }
            current = start
        }
        for _ in 0..<16 {
            if let f = current.cls.methods.first(where: { $0.name == name }) {
                let all = current.cls.methods.filter { $0.name == name }
                guard all.count == 1, f.decorators.isEmpty else { return nil }
                return (current.module, f)
            }
            // (A class-level binding of the name may hold anything.)
            guard current.cls.keywords.isEmpty, !Self.bindsAtClassLevel(name, current.cls),
                  current.cls.bases.count == 1, let next = projectClass(current.cls.bases[0], in: current.module) else { return nil }
            current = next
        }
        return nil
    }

    /// The `__init__` that `K(…)` runs for a project class `K` named by `callee` in `m`: every
    /// class `K` inherits from is the project's, none defines `__new__`, and stores into its
    /// instances are plain (`storesArePlain`). Nil otherwise.
    func projectConstructor(_ callee: Expr, in m: Module) -> (module: Module, function: FunctionDef, cls: ClassDef, clsModule: Module)? {
        guard let k = projectClass(callee, in: m), let chain = projectAncestry(k.cls, in: k.module), !chain.external,
              !chain.classes.contains(where: { c in c.cls.methods.contains { $0.name == "__new__" } || Self.bindsAtClassLevel("__new__", c.cls) || Self.bindsAtClassLevel("__init__", c.cls) }),
              storesArePlain(k.cls, in: k.module),
              let ctor = baseMethod(of: k.cls, in: m, naming: callee, "__init__") else { return nil }
        return (ctor.module, ctor.function, k.cls, k.module)
    }

    /// Whether `self.name(…)` in a method of `cls` (of `m`) runs `unittest.TestCase.name`: the
    /// class's bases lead to `unittest.TestCase` through classes of the project only, none of
    /// which defines or binds the name, and no class of `m` defines it.
    func runsUnittestAssertion(_ name: String, of cls: ClassDef, in m: Module) -> Bool {
        guard !m.classes.contains(where: { $0.methods.contains { $0.name == name } || Self.bindsAtClassLevel(name, $0) }) else {
            return m.name == "unittest.case"
        }
        var queue: [(module: Module, cls: ClassDef)] = [(m, cls)]
        var seen = Set<String>()
        var reached = false
        while !queue.isEmpty {
            let (cm, c) = queue.removeFirst()
            guard seen.insert(cm.name + ":" + String(c.id)).inserted else { continue }
            guard seen.count <= 24 else { return false }
            if cm.name == "unittest.case", c.name == "TestCase" { reached = true; continue }
            guard c.keywords.isEmpty, !c.methods.contains(where: { $0.name == name }), !Self.bindsAtClassLevel(name, c) else { return false }
            for b in c.bases {
                switch resolveBase(b, in: cm) {
                case .project(let bm, let k): queue.append((bm, k))
                case .builtin("object"): continue
                case .outside(let target, "TestCase") where target == "unittest" || target == "unittest.case": reached = true
                case .missing(let target, "TestCase") where target == "unittest" || target == "unittest.case": reached = true
                default: return false
                }
            }
        }
        return reached
    }

    /// Whether a class of the project inherits from both `cls` (of `m`) and one of `others`: the
    /// subclasses of `cls` are followed through the modules that name them (each by its name), and
    /// each one's bases checked. True when that cannot be told (too many, a base not followed).
    func hasCommonSubclass(_ cls: ClassDef, in m: Module, with others: [(module: Module, cls: ClassDef)]) -> Bool {
        // (Searched from `cls`, and when that cannot tell and there is one other class, from it:
        // a common subclass is a subclass of both.)
        if let found = subclassSearch(cls, in: m, reaching: others) { return found }
        guard others.count == 1 else { return true }
        return subclassSearch(others[0].cls, in: others[0].module, reaching: [(m, cls)]) ?? true
    }

    /// Whether a subclass of `cls` (followed through the linked modules naming each class on the
    /// way) inherits from one of `others`; nil when it cannot be told (too many modules or
    /// subclasses, a base that names it but cannot be followed).
    func subclassSearch(_ cls: ClassDef, in m: Module, reaching others: [(module: Module, cls: ClassDef)]) -> Bool? {
        guard let provider = options.modules, let names = linkedProjectModules() else { return nil }
        var frontier: [(module: Module, cls: ClassDef)] = [(m, cls)]
        var seen = Set<String>([m.name + ":" + String(cls.id)])
        while let (km, k) = frontier.popLast() {
            let naming = names.filter { $0 == km.name || provider.mayMention(k.name, inModule: $0) } + (names.contains(km.name) ? [] : [km.name])
            guard naming.count <= 48 else { return nil }
            for n in naming {
                let mod: Module
                if n == module.name { mod = module } else if n == m.name { mod = m } else {
                    guard let pm = provider.module(named: n), pm.origin == .project else { return nil }
                    mod = pm.module
                }
                for sub in mod.classes where !sub.bases.isEmpty {
                    for b in sub.bases {
                        let resolved = projectClass(b, in: mod)
                        let named: String? = { if case .name(let x) = b.kind { return x }; if case .attribute(_, let x) = b.kind { return x }; return nil }()
                        if resolved == nil, named == k.name { return nil }
                        guard let r = resolved, r.module.name == km.name, r.cls.id == k.id else { continue }
                        guard seen.insert(mod.name + ":" + String(sub.id)).inserted else { continue }
                        guard seen.count <= 64, let chain = projectAncestry(sub, in: mod) else { return nil }
                        if chain.classes.contains(where: { c in others.contains { $0.module.name == c.module && $0.cls.id == c.cls.id } }) { return true }
                        frontier.append((mod, sub))
                    }
                }
            }
        }
        return false
    }

    static func bindsAtClassLevel(_ name: String, _ cls: ClassDef) -> Bool {
        cls.body.contains { s in
            switch s.kind {
            case .assign(let ts, _): return ts.contains { if case .name(name) = $0.kind { return true } else { return false } }
            case .annAssign(let t, _, _): if case .name(name) = t.kind { return true } else { return false }
            default: return false
            }
        }
    }

    /// The project function a plain name calls in module `m`: its own module-level def (bound once
    /// there, undecorated or with decorators that hand it back as it is), or one it imports by name.
    func followedFunction(_ name: String, in m: Module) -> (module: Module, function: FunctionDef)? {
        // (Bound once at module level — a `def`, or an import — the name holds that function when
        // called; see `singleBinding`.)
        let own = m.functions.contains { $0.name == name && $0.enclosingFunction == nil && $0.enclosingClass == nil && !$0.isLambda }
        if !own, m.name == module.name, let (fm, f) = importedForeignFunction(name), f.decorators.isEmpty { return (fm, f) }
        return followedNamedFunction(name, in: m)
    }

    /// The method `self.name(…)` runs in a method of `cls` (this module's): found on the class or
    /// its bases in the module, undecorated, and overridden by no subclass of the project.
    func unoverriddenMethod(_ name: String, of cls: ClassDef, in m: Module) -> (module: Module, function: FunctionDef)? {
        guard m.name == module.name else { return nil }
        var queue: [(module: Module, cls: ClassDef)] = [(m, cls)]
        var seen = Set<String>()
        var found: (module: Module, function: FunctionDef)?
        while !queue.isEmpty, found == nil {
            let (cm, c) = queue.removeFirst()
            guard seen.insert(cm.name + ":" + String(c.id)).inserted, seen.count < 16 else { continue }
            if let f = c.methods.first(where: { $0.name == name }) { found = (cm, f); break }
            // (A name bound at class level some other way: not followed.)
            if Self.bindsAtClassLevel(name, c) { return nil }
            for b in c.bases {
                if case .name(let n) = b.kind, cm.name == module.name,
                   let base = module.classes.first(where: { $0.name == n && $0.enclosingFunction == nil }) {
                    queue.append((cm, base))
                    continue
                }
                // (A base of another project module: its class, found through the imports.)
                switch resolveBase(b, in: cm) {
                case .project(let bm, let k): queue.append((bm, k))
                case .builtin("object"): continue
                default: return nil
                }
            }
        }
        let overridden = overridingSubclasses(of: cls).names
        guard let (fm, f) = found, f.decorators.isEmpty, !overridden.contains(name), !overridden.contains(Self.anyName) else { return nil }
        return (fm, f)
    }

    /// `{}`, `[]`, `set()`, `dict()`, `list()`.
    static func isEmptyDisplay(_ e: Expr) -> Bool {
        switch e.kind {
        case .list(let xs), .set(let xs): return xs.isEmpty
        case .dict(let items): return items.isEmpty
        case .call(_, let args): return args.isEmpty
        default: return false
        }
    }

    /// The type of a display (or argument-less builtin constructor call) whose items are all
    /// constants (numbers, strings, bytes, None, booleans, tuples of them): nil for anything else.
    static func constantContainer(_ e: Expr, shadowed: Set<String>) -> String? {
        func constant(_ x: Expr) -> Bool {
            switch x.kind {
            case .constant: return true
            case .unary(_, let y): return constant(y)
            case .tuple(let ys): return ys.allSatisfy(constant)
            default: return false
            }
        }
        switch e.kind {
        case .list(let xs): return xs.allSatisfy(constant) ? "list" : nil
        case .set(let xs): return xs.allSatisfy(constant) ? "set" : nil
        case .dict(let items): return items.allSatisfy { $0.key.map(constant) ?? false && constant($0.value) } ? "dict" : nil
        case .call(let f, let args) where args.isEmpty:
            guard case .name(let n) = f.kind, ["dict", "list", "set"].contains(n), !shadowed.contains(n) else { return nil }
            return n
        default: return nil
        }
    }

    /// Decorators that do not reach the function's defaults (a decorator is handed the function
    /// object: `memoized` may take `fn.__defaults__[-1]` as its cache): the builtin and standard
    /// ones below, and project functions whose module never names `__defaults__` / `__kwdefaults__`.
    func decoratorLeavesDefaults(_ d: Expr) -> Bool {
        var callee = d
        if case .call(let f, _) = d.kind { callee = f }
        let spelled: String
        switch callee.kind {
        case .name(let n): spelled = n
        case .attribute(let b, let n):
            if ["setter", "getter", "deleter"].contains(n) { return true }
            guard case .name(let m) = b.kind else { return false }
            spelled = m + "." + n
        default: return false
        }
        let known: Set<String> = [
            "staticmethod", "classmethod", "property", "abstractmethod", "abc.abstractmethod", "overload", "typing.overload",
            "override", "typing.override", "lru_cache", "functools.lru_cache", "cache", "functools.cache", "cached_property",
            "functools.cached_property", "contextmanager", "contextlib.contextmanager", "asynccontextmanager",
            "contextlib.asynccontextmanager", "wraps", "functools.wraps", "final", "typing.final", "no_type_check",
            "typing.no_type_check", "typing_extensions.final", "typing_extensions.override",
        ]
        if known.contains(spelled) { return true }
        guard case .name(let n) = callee.kind, let (m, _) = followedFunction(n, in: module) else { return false }
        if m.name == module.name { return !moduleNamesDefaultsAttributes }
        guard let provider = options.modules else { return false }
        if provider.mayMention("__defaults__", inModule: m.name) || provider.mayMention("__kwdefaults__", inModule: m.name) { return false }
        let views = Self.defaultsReachingNames.filter { !$0.hasPrefix("__") && provider.mayMention($0, inModule: m.name) }
        let exposes = provider.mayMention("apply_defaults", inModule: m.name) || provider.mayMention("default", inModule: m.name)
        return !Self.viewsExposeDefaults(views, exposes: exposes)
    }

    /// Whether `inspect`'s views a module uses hand out default objects: the argspec functions
    /// always; a signature (`signature`, `from_callable`) when the module also takes
    /// `Parameter.default` or calls `apply_defaults()`.
    static func viewsExposeDefaults(_ views: Set<String>, exposes: Bool) -> Bool {
        if views.contains(where: { ["getfullargspec", "getargspec", "getcallargs"].contains($0) }) { return true }
        return exposes && (views.contains("signature") || views.contains("from_callable"))
    }

    /// Names through which code reaches a function's defaults: the attributes, and `inspect`'s
    /// views of them (`signature(fn).bind(...).apply_defaults()` hands out the default objects
    /// themselves, which a decorator may then change).
    static let defaultsReachingNames: Set<String> = [
        "__defaults__", "__kwdefaults__", "signature", "getfullargspec", "getargspec", "getcallargs", "from_callable",
    ]

    /// Whether the module reads or writes a function's `__defaults__` / `__kwdefaults__` anywhere,
    /// or asks `inspect` for them (`defaultsReachingNames`).
    var moduleNamesDefaultsAttributes: Bool {
        if let known = imported.namesDefaultsAttributes { return known }
        let found = Self.namesDefaultsAttributes(module)
        imported.namesDefaultsAttributes = found
        return found
    }

    static func namesDefaultsAttributes(_ module: Module) -> Bool {
        var found = false
        // (Names imported from `inspect`, in a function too: `from inspect import getfullargspec`.)
        // (`inspect.signature(f)`, `Signature.from_callable(f)`, `from inspect import signature`;
        // PNG's `signature` bytes or `self.signature` are not inspect's.)
        var fromInspect = Set<String>()
        var inspectNames: Set<String> = ["inspect"]
        IRWalk.statements(in: module.body) { st in
            switch st.kind {
            case .importFrom("inspect", 0, let names):
                for a in names {
                    if defaultsReachingNames.contains(a.name) { fromInspect.insert(a.asName ?? a.name) } else { inspectNames.insert(a.asName ?? a.name) }
                }
            case .importModules(let names):
                for a in names where a.name == "inspect" { inspectNames.insert(a.asName ?? a.name) }
            default: break
            }
        }
        // A signature hands out default objects through `Parameter.default` or, after
        // `apply_defaults()`, `BoundArguments.arguments`; the argspec functions hand them out as such.
        var views: Set<String> = []
        var exposes = false
        IRWalk.expressions(in: module.body, intoFunctions: true) { e in
            switch e.kind {
            case .attribute(_, let n) where n == "__defaults__" || n == "__kwdefaults__": found = true
            case .attribute(_, let n) where n == "apply_defaults" || n == "default": exposes = true
            case .attribute(let b, let n) where defaultsReachingNames.contains(n):
                if case .name(let x) = b.kind, inspectNames.contains(x) { views.insert(n) }
            case .name(let n) where fromInspect.contains(n): views.insert(n)
            default: break
            }
        }
        return found || Self.viewsExposeDefaults(views, exposes: exposes)
    }

    /// Statements of the module's functions that reach function defaults (`f.__defaults__`,
    /// `inspect.signature(f).bind(…).apply_defaults()`, `param.default`), in a module that does
    /// (`moduleNamesDefaultsAttributes`): through them code may store into `def`'s default without
    /// calling `def`, so refuting needs them reached like its store sites. For a nested function,
    /// only those inside its outermost function (where its closure lives); module-level code ran
    /// once, at import.
    func defaultsViewStatements(for def: FunctionDef) -> [Int] {
        // (Only a function the module uses as a value, decorates, or reaches as an attribute can
        // be the one such code holds.)
        guard moduleNamesDefaultsAttributes,
              callGraph.escapes(def) || !def.decorators.isEmpty || Self.namesOwnDefaults(def.name, in: module) else { return [] }
        let all: [Int]
        if let known = imported.defaultsViewStatements { all = known } else {
            all = Self.defaultsViewStatements(module)
            imported.defaultsViewStatements = all
        }
        if def.enclosingFunction != nil {
            let outer = def.outermostFunction.range
            let end = Self.viewsEnd(of: def) ?? outer.upperBound
            return all.filter { outer.lowerBound <= $0 && $0 < end }
        }
        return all
    }

    /// Where views of a nested function's defaults can no longer be taken: the first statement
    /// after its `def`, in the same block, by which its name and every name assigned from an
    /// expression mentioning it (`sig = signature(foo)`, `ba = sig.bind(1)`) are bound to
    /// something else (`def foo(): …` again, `sig = signature(foo)` of the new one). `nil` (the
    /// whole enclosing function) when the `def` sits in a loop, when a rebinding is conditional
    /// only, or when such a name is stored anywhere but a plain name or captured by a nested
    /// function or class.
    static func viewsEnd(of def: FunctionDef) -> Int? {
        guard let outer = def.enclosingFunction else { return nil }
        // The block holding the `def`, outside any loop.
        func block(_ body: [Stmt], inLoop: Bool) -> [Stmt]?? {
            for st in body {
                switch st.kind {
                case .functionDef(let d) where d === def: return inLoop ? .some(nil) : .some(body)
                case .ifStmt(_, let b, let o):
                    if let r = block(b, inLoop: inLoop) ?? block(o, inLoop: inLoop) { return r }
                case .whileLoop(_, let b, let o), .forLoop(_, _, let b, let o, _):
                    if let r = block(b, inLoop: true) ?? block(o, inLoop: inLoop) { return r }
                case .with(_, let b, _):
                    if let r = block(b, inLoop: inLoop) { return r }
                case .tryStmt(let b, let hs, let o, let f):
                    if let r = block(b, inLoop: inLoop) { return r }
                    for h in hs { if let r = block(h.body, inLoop: inLoop) { return r } }
                    if let r = block(o, inLoop: inLoop) ?? block(f, inLoop: inLoop) { return r }
                case .match(_, let cases):
                    for c in cases { if let r = block(c.body, inLoop: inLoop) { return r } }
                default: break
                }
            }
            return nil
        }
        guard let found = block(outer.body, inLoop: false), let siblings = found,
              let at = siblings.firstIndex(where: { if case .functionDef(let d) = $0.kind { return d === def }; return false })
        else { return nil }
        var tracked: Set<String> = [def.name]
        func mentions(_ e: Expr) -> Bool {
            var hit = false
            IRWalk.expressions(in: [Stmt(.expr(e), e.range)]) { x in
                if case .name(let n) = x.kind, tracked.contains(n) { hit = true }
            }
            return hit
        }
        for st in siblings[(at + 1)...] {
            // Names assigned from the tracked ones anywhere in the statement join them; a
            // capture or a store elsewhere gives up.
            var giveUp = false
            IRWalk.statements(in: [st]) { s in
                guard !giveUp else { return }
                switch s.kind {
                case .assign(let ts, let v) where mentions(v):
                    for t in ts { if case .name(let n) = t.kind { tracked.insert(n) } else { giveUp = true } }
                case .annAssign(let t, _, let v?) where mentions(v):
                    if case .name(let n) = t.kind { tracked.insert(n) } else { giveUp = true }
                case .augAssign(_, _, let v) where mentions(v): giveUp = true
                case .forLoop(_, let i, _, _, _) where mentions(i): giveUp = true
                case .with(let items, _, _) where items.contains(where: { mentions($0.context) }): giveUp = true
                case .returnValue(let v?) where mentions(v): giveUp = true
                case .functionDef(let d) where d !== def:
                    if d.decorators.contains(where: mentions) || d.parameters.contains(where: { $0.defaultValue.map(mentions) ?? false }) { giveUp = true }
                    IRWalk.expressions(in: d.body) { x in if case .name(let n) = x.kind, tracked.contains(n) { giveUp = true } }
                case .classDef:
                    IRWalk.expressions(in: [s]) { x in if case .name(let n) = x.kind, tracked.contains(n) { giveUp = true } }
                default: break
                }
            }
            if giveUp { return nil }
            IRWalk.expressions(in: [st], intoFunctions: false) { x in
                if case .lambda(let d) = x.kind {
                    IRWalk.expressions(in: d.body) { y in if case .name(let n) = y.kind, tracked.contains(n) { giveUp = true } }
                }
                if case .namedExpr(_, let v) = x.kind, mentions(v) { giveUp = true }
                // (`registry.append(sig)` keeps it where later code may take the view.)
                if case .call(let f, let args) = x.kind, case .attribute(_, let m) = f.kind,
                   ["append", "add", "extend", "insert", "setdefault", "update", "appendleft", "put", "__setitem__"].contains(m),
                   args.contains(where: { mentions($0.value) }) { giveUp = true }
            }
            if giveUp { return nil }
            // Rebindings at the `def`'s own level, unconditionally run.
            switch st.kind {
            case .assign(let ts, let v) where !mentions(v):
                for t in ts { if case .name(let n) = t.kind { tracked.remove(n) } }
            case .functionDef(let d): tracked.remove(d.name)
            case .classDef(let c): tracked.remove(c.name)
            default: break
            }
            if tracked.isEmpty { return st.range.upperBound }
        }
        return nil
    }

    /// `name.__defaults__` / `obj.name.__kwdefaults__` somewhere in the module.
    static func namesOwnDefaults(_ name: String, in module: Module) -> Bool {
        var found = false
        IRWalk.expressions(in: module.body, intoFunctions: true) { e in
            guard !found, case .attribute(let b, let n) = e.kind, n == "__defaults__" || n == "__kwdefaults__" else { return }
            switch b.kind {
            case .name(name), .attribute(_, name): found = true
            default: break
            }
        }
        return found
    }

    static func defaultsViewStatements(_ module: Module) -> [Int] {
        let exposingNames: Set<String> = ["__defaults__", "__kwdefaults__", "getfullargspec", "getargspec", "getcallargs"]
        var out: [Int] = []
        func visit(_ body: [Stmt], in function: FunctionDef) {
            IRWalk.statements(in: body) { st in
                switch st.kind {
                case .expr, .assign, .augAssign, .annAssign, .returnValue, .delete:
                    var hit = false
                    // (A slice of them is a copy: `leave.__defaults__[0][-n:]` only reads.)
                    var copied = Set<Int>()
                    IRWalk.expressions(in: [st], intoFunctions: false) { e in
                        guard case .subscript(var b, let index) = e.kind, case .slice = index.kind else { return }
                        if case .subscript(let inner, _) = b.kind { b = inner }
                        if case .attribute(_, let n) = b.kind, n == "__defaults__" || n == "__kwdefaults__" { copied.insert(b.range.lowerBound) }
                    }
                    IRWalk.expressions(in: [st], intoFunctions: false) { e in
                        switch e.kind {
                        case .attribute(_, let n) where (n == "__defaults__" || n == "__kwdefaults__") && copied.contains(e.range.lowerBound): break
                        // (A signature alone hands out nothing: `Parameter.default` and
                        // `apply_defaults()` do, and the argspec functions.)
                        case .attribute(_, let n) where n == "apply_defaults" || n == "default" || exposingNames.contains(n): hit = true
                        case .name(let n) where exposingNames.contains(n): hit = true
                        default: break
                        }
                    }
                    if hit, !viewOnlyRead(st, in: function) { out.append(st.range.lowerBound) }
                default: break
                }
            }
        }
        for f in module.functions where f.enclosingFunction == nil { visit(f.body, in: f) }
        return out
    }

    /// Whether a statement taking a view of defaults only binds it to names whose every use reads
    /// it: `args, _, _, defaults, *_ = getfullargspec(self.__init__)` followed by `if defaults:`
    /// and `args[-len(defaults):]` (reportlab's `_repr`), or `spec = getargspec(f)` handed to
    /// `formatargspec(*spec)`. The defaults are then never stored into or handed on there, so the
    /// statement is no site of theirs. Anything else (an alias kept, an item taken, the view
    /// handed to another call, a use in a function that declares the name global) keeps it a site.
    static func viewOnlyRead(_ st: Stmt, in function: FunctionDef) -> Bool {
        guard case .assign(let targets, let value) = st.kind, targets.count == 1 else { return false }
        func calleeName(_ e: Expr) -> String? {
            guard case .call(let f, _) = e.kind else { return nil }
            switch f.kind {
            case .name(let n), .attribute(_, let n): return n
            default: return nil
            }
        }
        func plainName(_ e: Expr) -> String? { if case .name(let n) = e.kind { return n } else { return nil } }
        // The names that hold the defaults (or a spec object whose `.defaults` does).
        var names = Set<String>()
        var specObjects = Set<String>()
        switch (calleeName(value), value.kind) {
        case (let spec?, _) where spec == "getfullargspec" || spec == "getargspec":
            switch targets[0].kind {
            case .tuple(let xs), .list(let xs):
                // FullArgSpec has 7 fields (defaults 4th, kwonlydefaults 6th); ArgSpec 4. A starred
                // target takes the fields between those before and after it.
                let fields = spec == "getfullargspec" ? 7 : 4
                let starred = xs.firstIndex { if case .starred = $0.kind { return true } else { return false } }
                guard xs.filter({ if case .starred = $0.kind { return true } else { return false } }).count <= 1 else { return false }
                for (i, x) in xs.enumerated() {
                    let covered: Range<Int>
                    var target = x
                    if let s = starred, i == s {
                        guard case .starred(let inner) = x.kind, fields - (xs.count - s - 1) >= s else { return false }
                        target = inner
                        covered = s..<(fields - (xs.count - s - 1))
                    } else if let s = starred, i > s {
                        covered = (fields - (xs.count - i))..<(fields - (xs.count - i) + 1)
                    } else {
                        covered = i..<(i + 1)
                    }
                    guard let n = plainName(target) else { return false }
                    if covered.contains(3) || (fields == 7 && covered.contains(5)) { names.insert(n) }
                }
            case .name(let n):
                names.insert(n)
                specObjects.insert(n)
            default: return false
            }
        case ("getcallargs"?, _):
            guard let n = plainName(targets[0]) else { return false }
            names.insert(n)
        case (nil, .attribute(_, let a)) where a == "__defaults__" || a == "__kwdefaults__" || a == "default":
            guard let n = plainName(targets[0]) else { return false }
            names.insert(n)
        default:
            return false
        }
        guard !names.isEmpty else { return true }
        // (A name another scope shares is used where this walk cannot see.)
        var shared = false
        IRWalk.statements(in: function.body) { s in
            switch s.kind {
            case .global(let ns), .nonlocal(let ns): if !names.isDisjoint(with: ns) { shared = true }
            default: break
            }
        }
        if shared { return false }
        // The name itself, or a spec object's `.defaults` / `.kwonlydefaults`: the view.
        func view(_ e: Expr) -> Expr? {
            if case .name(let n) = e.kind, names.contains(n) { return e }
            if case .attribute(let b, let a) = e.kind, a == "defaults" || a == "kwonlydefaults",
               case .name(let n) = b.kind, specObjects.contains(n) { return b }
            return nil
        }
        var benign = Set<Int>()
        var bindings = Set<Int>()
        func bound(_ t: Expr) {
            switch t.kind {
            case .name(let n) where names.contains(n): bindings.insert(t.range.lowerBound)
            case .tuple(let xs), .list(let xs): xs.forEach(bound)
            case .starred(let x): bound(x)
            default: break
            }
        }
        // Tested for truth only (`if defaults:`, `x if defaults else y`, `while spec.defaults and …`).
        func test(_ e: Expr) {
            if let v = view(e) { benign.insert(v.range.lowerBound) }
            if case .boolOp(_, let es) = e.kind { es.forEach(test) }
            if case .unary(.not, let x) = e.kind { test(x) }
        }
        IRWalk.statements(in: function.body) { s in
            switch s.kind {
            case .assign(let ts, _): ts.forEach(bound)
            case .forLoop(let t, _, _, _, _): bound(t)
            case .with(let items, _, _): items.compactMap(\.target).forEach(bound)
            case .delete(let ts): ts.forEach(bound)
            case .ifStmt(let t, _, _), .whileLoop(let t, _, _), .assert(let t, _): test(t)
            default: break
            }
        }
        let reading: Set<String> = ["len", "bool", "repr", "str", "isinstance", "type", "id", "formatargspec", "formatargvalues"]
        let specFields: Set<String> = ["args", "varargs", "varkw", "keywords", "kwonlyargs", "annotations"]
        var uses: [Int] = []
        IRWalk.expressions(in: function.body) { e in
            switch e.kind {
            case .name(let n) where names.contains(n):
                uses.append(e.range.lowerBound)
            case .call(let f, let args):
                let callee: String?
                switch f.kind {
                case .name(let n), .attribute(_, let n): callee = n
                default: callee = nil
                }
                guard let callee, reading.contains(callee) else { break }
                // (`len(defaults or ())`: whichever operand it is, it is only read.)
                func read(_ v: Expr) {
                    switch v.kind {
                    case .starred(let x): read(x)
                    case .boolOp(_, let es): es.forEach(read)
                    case .conditional(_, let a, let b): read(a); read(b)
                    default: if let x = view(v) { benign.insert(x.range.lowerBound) }
                    }
                }
                for a in args { read(a.value) }
            case .unary(.not, let x):
                if let v = view(x) { benign.insert(v.range.lowerBound) }
            case .compare(let a, let ops, let rest) where ops.allSatisfy({ $0 == .is || $0 == .isNot }):
                for x in [a] + rest { if let v = view(x) { benign.insert(v.range.lowerBound) } }
            case .conditional(let t, _, _):
                test(t)
            case .comprehension(let c):
                for g in c.generators { g.conditions.forEach(test); bound(g.target) }
            case .attribute(let b, let a) where specFields.contains(a):
                if case .name(let n) = b.kind, specObjects.contains(n) { benign.insert(b.range.lowerBound) }
            default: break
            }
        }
        return uses.allSatisfy { bindings.contains($0) || benign.contains($0) }
    }

    /// Undecided because only tests called it, with their own fixed data.
    static func calledByTestsOnly(_ outcome: SimulationOutcome) -> Bool {
        outcome.verdict == .unknown && outcome.evidence.assumptions.contains { if case .callersAreTests = $0 { return true } else { return false } }
    }

    /// The run ended undecided because a statement that can store into the candidate was not reached.
    static func storeNotReached(_ reason: UnknownReason?) -> Bool {
        switch reason {
        case .storeNotReached?, .foreignStoreNotReached?: return true
        default: return false
        }
    }

    /// The function is a value the module's code (or an importer's) holds, or a special method
    /// the interpreter calls where nothing calls it by name.
    func heldAsValue(_ def: FunctionDef, _ p: Parameter) -> Bool {
        if callGraph.escapes(def) { return true }
        // (Its own `super().name(…)` calls are no callers.)
        let uncalled = callGraph.sites(of: def).allSatisfy { $0.caller?.id == def.id }
        if callGraph.isImplicitlyCalled(def), uncalled { return true }
        // A method of a class with bases that nothing here calls by name: a hook its base calls
        // (`logging.Filter.filter`, `Handler.emit`, a template method's step), when the
        // application's code gets there.
        if let cls = def.enclosingClass, def.name != "__init__", !cls.bases.isEmpty, uncalled,
           !CallGraph.isPropertyGetter(def) { return true }
        // (A class's constructor, when other modules hold the class as a value: `getattr(handlers,
        // options["class"])` in a loader.)
        return (def.enclosingClass == nil || def.name == "__init__") && foreignUse(of: def, parameter: p).usedAsValue
    }

    /// A module-level function, or the constructor or a method of a module-level class, of an
    /// application's module that other modules import, which nothing in the project visibly
    /// calls: reached, if at all, through a module or class handed around as a value
    /// (`Pipeline(assets.manifest)` then `self.manifest_module.Manifest()`), or, for a method,
    /// not at all when every subclass the application uses overrides it (`Product.create` in
    /// place of `Model.create`), as the application's own work does it.
    func visiblyUncalledInApplication(_ def: FunctionDef, _ parameter: Int) -> Bool {
        guard def.enclosingFunction == nil, !def.isLambda, let provider = options.modules,
              let me = provider.module(named: module.name), isUncalledModuleOfApplication(me, provider: provider) else { return false }
        if let cls = def.enclosingClass, cls.qualifiedName != cls.name || cls.enclosingFunction != nil { return false }
        guard callGraph.sites(of: def).allSatisfy({ $0.caller?.id == def.id }) else { return false }
        // (A method an override reaches through `super().lookup(key)` or `Repository.lookup(self,
        // key)`, in a class the application creates or calls by name, `BudgetedRepository(...)`
        // in main: called, when the override's own state says so. One whose class is only
        // handed around, a plugin in a table, is reached as the application's work decides.)
        if let cls = def.enclosingClass, def.name != "__init__" {
            for name in [module.name] + Self.importersThroughPackages(of: module.name, provider)
            where provider.mayMention(def.name, inModule: name) {
                guard let m = provider.module(named: name) else { return false }
                for sub in Self.classesCallingThroughSuperOrClass(def.name, className: cls.name, in: m.module) {
                    for user in [name] + Self.importersThroughPackages(of: name, provider) where provider.mayMention(sub, inModule: user) {
                        guard let u = provider.module(named: user) else { return false }
                        if Self.callsByName(sub, in: u.module) { return false }
                    }
                }
            }
        }
        let use = foreignUse(of: def, parameter: def.parameters[parameter])
        return use.callers.isEmpty && use.importTime.isEmpty && use.unrunnable.isEmpty
    }

    /// The module-level classes of `module` whose methods call `super().name(…)` or
    /// `ClassName.name(…)`.
    static func classesCallingThroughSuperOrClass(_ name: String, className: String, in module: Module) -> [String] {
        var out: [String] = []
        for f in module.functions {
            guard let k = f.enclosingClass, k.enclosingFunction == nil, !out.contains(k.name) else { continue }
            var found = false
            IRWalk.expressions(in: f.body, intoFunctions: false) { e in
                guard !found, case .call(let callee, _) = e.kind, case .attribute(let base, name) = callee.kind else { return }
                switch base.kind {
                case .call(let s, _): if case .name("super") = s.kind { found = true }
                case .name(className): found = true
                default: break
                }
            }
            if found { out.append(k.name) }
        }
        return out
    }

    /// Whether `module` calls `name(…)` or `name.attr(…)`.
    static func callsByName(_ name: String, in module: Module) -> Bool {
        var found = false
        IRWalk.expressions(in: module.body, intoFunctions: true) { e in
            guard !found, case .call(let callee, _) = e.kind else { return }
            switch callee.kind {
            case .name(name): found = true
            case .attribute(let base, _): if case .name(name) = base.kind { found = true }
            default: break
            }
        }
        return found
    }

    /// The interpreter's hook slots, as an escape names them: a function put there is called by
    /// the runtime (with values from a fixed set, or once at exit), not by code with new arguments.
    static func runtimeHook(_ what: String) -> String? {
        let attributes = ["sys": ["excepthook", "displayhook", "unraisablehook", "breakpointhook"],
                          "warnings": ["showwarning", "formatwarning"], "threading": ["excepthook"]]
        for (module, names) in attributes {
            for name in names where what == "attribute `\(name)` of `\(module)`" { return "\(module).\(name)" }
        }
        let calls = ["sys.settrace", "sys.setprofile", "threading.settrace", "threading.setprofile",
                     "threading.settrace_all_threads", "threading.setprofile_all_threads", "signal.signal",
                     "atexit.register", "sys.addaudithook", "faulthandler.register"]
        return calls.first { what == "`\($0)()`" }
    }

    static func isEscapeReason(_ r: UnknownReason?) -> Bool {
        switch r {
        case .flowsInto?, .flowedIntoUnseenCode?: return true
        case .assumption(.escaped)?: return true
        default: return false
        }
    }

    /// Whether the callers' run is undecided only because callers took more than their share of
    /// the step bound in one call (`Interpreter.entryStepLimit`).
    static func stoppedOnStepShareOnly(_ outcome: SimulationOutcome) -> Bool {
        var any = false
        for a in outcome.evidence.assumptions {
            switch a {
            case .callerIncomplete(.local(let why)) where why.hasPrefix(Interpreter.stepShareStop): any = true
            case .callerIncomplete, .callerNotRun, .callerNeverCreated: return false
            default: continue
            }
        }
        return any
    }

    /// `HEAPLINT_DEBUG_READONLY=1` prints where the read-only proof of each candidate failed.
    static let debugReadOnly = ProcessInfo.processInfo.environment["HEAPLINT_DEBUG_READONLY"] != nil

    /// `HEAPLINT_TIMINGS=1` prints the simulation time of each HL101 candidate to stderr.
    static let timing = ProcessInfo.processInfo.environment["HEAPLINT_TIMINGS"] != nil

    /// One scenario for the default: through the visible callers (here and in other modules), or
    /// as an outside caller would call it (`direct`, or when it escapes). `visibleCallersOnly`
    /// runs the visible callers of a function that escapes: growth through any of them is growth,
    /// whatever unseen callers do (nothing else is concluded from that run).
    func runDefaultArgument(function def: FunctionDef, parameter: Int, direct: Bool = false,
                            visibleCallersOnly: Bool = false, passOptionals: Bool = false,
                            defaultsPathIsACall: Bool = false, onlyEntry: Int? = nil,
                            takenInPart: Bool = false, throughEntries: Bool = false,
                            throughProjectCallers: Bool = false, withoutUncalledRoots: Bool = false) -> SimulationOutcome {
        let o = runDefaultArgumentOnce(function: def, parameter: parameter, direct: direct, visibleCallersOnly: visibleCallersOnly,
                                       passOptionals: passOptionals, defaultsPathIsACall: defaultsPathIsACall, onlyEntry: onlyEntry,
                                       takenInPart: takenInPart, throughEntries: throughEntries,
                                       throughProjectCallers: throughProjectCallers, withoutUncalledRoots: withoutUncalledRoots)
        if Interpreter.tracing {
            FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) run (direct \(direct), visible \(visibleCallersOnly), entries \(throughEntries), project \(throughProjectCallers), without uncalled \(withoutUncalledRoots), lenient \(defaultsPathIsACall)): \(o.verdict) \(String(describing: o.reason))\n".utf8))
        }
        return o
    }

    private func runDefaultArgumentOnce(function def: FunctionDef, parameter: Int, direct: Bool, visibleCallersOnly: Bool,
                                        passOptionals: Bool, defaultsPathIsACall: Bool, onlyEntry: Int?, takenInPart: Bool,
                                        throughEntries: Bool, throughProjectCallers: Bool, withoutUncalledRoots: Bool) -> SimulationOutcome {
        let p = def.parameters[parameter]
        var description = ScenarioDescription(kind: .repeatedCall, target: def.name, targetIsLambda: def.isLambda,
                                              parameter: p.name, drive: .direct, steps: options.calls, collector: false)
        guard budget.remaining > 0 else { return notSimulated(description) }
        let graph = callGraph
        // Scenarios follow the visible callers: a function they call is run through them.
        // When every visible call passes the argument, the default is only in play for callers
        // elsewhere: run the function as an outside caller would (the rule calls that latent).
        var roots = direct || graph.allCalls(pass: p, of: def, starredPasses: !visibleCallersOnly) ? nil : graph.entryPoints(for: def, evenIfEscaping: visibleCallersOnly)
        if Interpreter.tracing {
            FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) run direct=\(direct) visibleOnly=\(visibleCallersOnly) roots=\(roots.map { $0.map { "\($0.name)@\($0.range.lowerBound)" } } ?? ["nil"]) sites=\(graph.sites(of: def).count)\n".utf8))
        }
        var throughDecorated = false
        if roots == nil, def.enclosingFunction != nil, !direct, !visibleCallersOnly {
            // A nested function's defaults are made each time the enclosing function runs: follow
            // the callers of the outermost enclosing function, as the module uses it.
            let top = def.outermostFunction
            // (Only when functions re-run it; made once at import, the closure is used as is.)
            if let outer = graph.entryPoints(for: top), !outer.isEmpty {
                roots = outer
            } else if let users = Self.decoratedUsers(of: top, returning: def, in: module, graph: graph,
                                                      mentionedElsewhere: { self.mentionedByImporters($0) }) {
                throughDecorated = true
                // A decorator of the module (`@memoize`) whose wrapper is this closure, used only
                // as a decorator here: each decorated function's name holds one such closure, and
                // its visible callers call it (`shard_for` calling `_dsn(user_id % 4)`).
                roots = users
            }
        }
        // Only import-time code of this module calls it (so far as the module shows).
        let localImportOnly = !direct && roots != nil && !graph.sites(of: def).isEmpty
            && graph.sites(of: def).allSatisfy { $0.caller == nil }
        // Every chain of its callers starts at import (`__set_name__` run by class statements of
        // the module, a helper only they call): what import ran is reached.
        let importChainOnly = !direct && roots?.isEmpty == true && !graph.sites(of: def).isEmpty
        // The project's other modules: callers there count as well as the ones here (when this
        // module's callers are followed, or it has none).
        // (A call of itself, or through `Base.__init__(self, …)` read as one, is no caller.)
        let localCallers = graph.sites(of: def).filter { $0.caller?.id != def.id }
        let use = !direct && def.enclosingFunction == nil && (localCallers.isEmpty ? roots == nil : roots != nil)
            ? foreignUse(of: def, parameter: p) : ForeignUse()
        var foreign: [ForeignCaller] = []
        // Import-time calls in other modules, with no function of any module calling it: what import
        // made is all there is; the importing modules' entry points use it afterwards.
        var foreignImportOnly = false
        var unrunnable: [String] = []
        if use.escapes && !visibleCallersOnly {
            // Used as a value elsewhere: anyone may call it, any number of times.
            roots = nil
        } else if use.hasRepeatedCallers && use.defaultInPlay {
            // (Visible callers only: not those run as outside code would, because a package offers them.)
            foreign = visibleCallersOnly ? use.callers.filter { !$0.offered } : use.callers
            unrunnable = use.unrunnable
        } else if roots == nil && !use.importTime.isEmpty && use.defaultInPlay {
            foreignImportOnly = true
        }
        if throughProjectCallers {
            // Every call here passes it (`Query(self.model, self.filters, …)` in `order_by`), but
            // functions of other project modules leave it to its default (a subclass's
            // `super().__init__(model)`, a helper calling it bare): run those, as the project
            // does, rather than only as an outside caller would.
            let elsewhere = foreignUse(of: def, parameter: p)
            guard foreign.isEmpty, !direct, roots == nil, !localCallers.isEmpty, !elsewhere.escapes,
                  elsewhere.hasRepeatedCallers, elsewhere.defaultInPlay else { return notSimulated(description) }
            foreign = elsewhere.callers
            unrunnable = elsewhere.unrunnable
        }
        // This module's own callers that other modules of the project call in turn (`set_gauge`
        // called by `app.db.query`, a mixin's `warn_once` called by a pipeline's `process`): run
        // from where those chains start, as foreign callers' chains are, rather than with fresh
        // arguments standing for callers the project does not have. (Roots nothing else calls,
        // or that a distributed package offers, stay roots.)
        if !direct, !visibleCallersOnly, let provider = options.modules, let me = provider.module(named: module.name),
           let r = roots, !r.isEmpty {
            var kept: [FunctionDef] = []
            var chased: [ForeignCaller] = []
            var importOnly = false
            for root in r {
                guard root.id != def.id, root.enclosingFunction == nil, !root.isLambda,
                      root.enclosingClass.map({ $0.enclosingFunction == nil }) ?? true else { kept.append(root); continue }
                let c = ForeignCaller(module: me, function: root)
                // (A subclass's `__init__` calling this one through `super()`, `Flask.__init__`:
                // run by the project's creators of that class, `create_app()`.)
                let isInit = root.name == "__init__" && root.enclosingClass != nil
                let up = root.enclosingClass != nil && !isInit ? (callers: methodCallerChain(c, provider: provider), importTime: []) : upstream(of: c, provider: provider, depth: 0)
                let runs = up.callers
                if runs.isEmpty, !up.importTime.isEmpty, root.enclosingClass == nil || isInit, !provider.distributesPackage(of: me.name) {
                    // Called only by other modules' import-time code (`EXPORTERS = [Exporter()]`
                    // whose constructor subscribes): in an application those calls are all there
                    // are, and importing those modules makes them. Not a root with new arguments.
                    importOnly = true
                    continue
                }
                if runs.isEmpty || runs.contains(where: { ($0.module.name == me.name && $0.function.id == root.id) || $0.offered }) {
                    kept.append(root)
                    continue
                }
                for u in runs where !chased.contains(where: { $0.module.name == u.module.name && $0.function.id == u.function.id }) { chased.append(u) }
            }
            // (A chain that comes back to a root kept here, `least_busy` called by `scenario`, which
            // also calls the function itself, is that root: run once.)
            let anyChased = !chased.isEmpty
            chased.removeAll { u in u.module.name == me.name && kept.contains { $0.id == u.function.id } }
            if anyChased || (importOnly && !foreign.isEmpty) {
                roots = kept.isEmpty ? nil : kept
                for u in chased where !foreign.contains(where: { $0.module.name == u.module.name && $0.function.id == u.function.id }) { foreign.append(u) }
                foreign = Array(foreign.prefix(16))
            }
        }
        if visibleCallersOnly || withoutUncalledRoots {
            // (Not this module's functions nothing in the application calls: they stand for
            // callers it does not have.)
            let uncalled = Set(uncalledLocalRoots(def, parameter).map(\.id))
            if !uncalled.isEmpty { roots = roots?.filter { !uncalled.contains($0.id) } }
        }
        if withoutUncalledRoots {
            guard roots?.isEmpty == false || !foreign.isEmpty else { return notSimulated(description) }
            roots = roots?.isEmpty == true ? nil : roots
        }
        if visibleCallersOnly {
            // Only callers that are functions: nothing to run without them.
            roots = roots?.isEmpty == true ? nil : roots
            foreignImportOnly = false
            guard roots != nil || !foreign.isEmpty else { return notSimulated(description) }
        }
        if !direct, let r = roots, r.isEmpty {
            // Only import-time code calls it: what it made then is used by the module's own
            // entry points afterwards (a descriptor, a registry), so run those.
            let entries = graph.moduleEntries.filter { $0.id != def.id }
            if !entries.isEmpty { roots = entries }
        }
        // Called from functions of other modules of the project: run those callers (and this
        // module's own callers, or its entry points when it calls the function at import, too).
        // This module calls it at import, and so does other modules' import-time code (no function
        // of any module does): those imports run too, once, and their entry points after them.
        let alsoImported = localImportOnly && roots != nil && foreign.isEmpty && unrunnable.isEmpty && use.defaultInPlay
            ? use.importTime : []
        var importedHere = foreignImportOnly ? use.importTime : alsoImported
        if importedHere.isEmpty, !direct, !visibleCallersOnly, roots?.isEmpty == true, foreign.isEmpty, unrunnable.isEmpty,
           let provider = options.modules {
            // Only this module's import-time code calls it (`PLAIN = PageLayout()`), and the module
            // has no function of its own to run after: the modules importing it (and those
            // importing a package that re-exports from it) use what import made. Run theirs.
            let names = Self.importersThroughPackages(of: module.name, provider)
            if names.count <= 8 {
                importedHere = names.compactMap { provider.module(named: $0) }.filter { $0.origin == .project }
            }
        }
        if throughEntries {
            // The application's own work, from where it starts: this module's functions nothing
            // calls, and those of the modules importing it (and theirs, a few levels), each run
            // through its own callers. Calls through the tables, attributes and callbacks that
            // hold the function happen as that code makes them.
            // (Only the modules nothing imports, the scripts: an imported module's functions that
            // nothing calls are not where the program starts; `flush()` kept for shutdown.)
            guard let provider = options.modules, let importers = applicationImporters(provider) else { return notSimulated(description) }
            let isTop: (String) -> Bool = { name in Self.importersThroughPackages(of: name, provider).allSatisfy { $0 == name } }
            // (A plugin the application loads by name, `import_module(f"exporters.{fmt}_out")`:
            // its work starts in the scripts that reach the loader, not in the plugin.)
            let loading = provider.module(named: module.name).map { entriesLoadingByName($0, provider: provider) } ?? []
            roots = isTop(module.name) && loading.isEmpty ? graph.moduleEntries.filter { $0.id != def.id } : []
            foreign = []
            unrunnable = []
            foreignImportOnly = false
            if loading.isEmpty {
                // (A plugin among the importers is no script: the scripts reaching its loader are.)
                importedHere = []
                for m in importers where isTop(m.name) {
                    let tops = isLoadedByName(m, provider: provider) ? entriesLoadingByName(m, provider: provider) : [m]
                    for t in tops where !importedHere.contains(where: { $0.name == t.name }) {
                        importedHere.append(t)
                    }
                }
            } else {
                importedHere = loading
            }
            guard !(roots ?? []).isEmpty || !importedHere.isEmpty else { return notSimulated(description) }
        }
        var foreignRoots = !importedHere.isEmpty
            ? importedHere.flatMap { m in callGraph(of: m).moduleEntries.map { ForeignCaller(module: m, function: $0) } }
            : foreign
        // The wrappers a decorator factory made at import, when every use of it in the importing
        // modules is a decorator and the callers of every function it decorates are followed.
        var wrappersFollowed = false
        var runModules = Set<String>()
        if !importedHere.isEmpty, let provider = options.modules {
            // The importing modules' entry points have callers of their own in the project (an
            // application's `quote()` called by `main.scenario()`): run from where those chains
            // start, as for the target's own foreign callers. (One with only import-time callers
            // stays as it is.)
            var chased: [ForeignCaller] = []
            // A function decorated with it is called through its wrapper by the callers of its
            // name: those callers' chains are run instead of the wrapper as outside code would.
            var decorated: [ForeignCaller] = []
            wrappersFollowed = true
            // (Under any name the imports bind it to: `from caching import cached`.)
            let decoratorNames = use.names.union([def.name])
            for m in importedHere {
                var uses = 0
                IRWalk.expressions(in: m.module.body) { e in
                    switch e.kind {
                    case .name(let n) where decoratorNames.contains(n): uses += 1
                    case .attribute(_, let n) where decoratorNames.contains(n): uses += 1
                    default: break
                    }
                }
                var applied = 0
                for f in m.module.functions where f.enclosingFunction == nil && f.enclosingClass == nil && !f.isLambda {
                    let n = f.decorators.filter { d in
                        switch d.kind {
                        case .name(let n), .attribute(_, let n): return decoratorNames.contains(n)
                        default: return false
                        }
                    }.count
                    if n > 0 { applied += n; decorated.append(ForeignCaller(module: m, function: f)) }
                }
                if applied != uses || applied == 0 { wrappersFollowed = false }
            }
            for d in decorated where wrappersFollowed {
                let (more, imports) = upstream(of: d, provider: provider, depth: 1, decoratedBy: decoratorNames)
                // (Itself a root: nothing follows its callers, so its wrapper runs as outside code would.)
                if more.contains(where: { $0.module.name == d.module.name && $0.function.id == d.function.id }) || !imports.isEmpty {
                    wrappersFollowed = false
                } else {
                    foreignRoots += more
                }
            }
            for r in foreignRoots {
                let (more, _) = upstream(of: r, provider: provider, depth: 1, decoratedBy: decoratorNames)
                for c in (more.isEmpty ? [r] : more)
                where !chased.contains(where: { $0.module.name == c.module.name && $0.function.id == c.function.id }) {
                    chased.append(c)
                }
            }
            foreignRoots = Array(chased.prefix(16))
            if foreignRoots.isEmpty, !provider.distributesPackage(of: module.name), let importers = applicationImporters(provider) {
                // The importing modules have no functions (a package `__init__` that configures
                // what it made at import: a handler attached to a logger, a registry): what
                // uses it is the application's work, from its scripts' entry points.
                let isTop: (String) -> Bool = { name in Self.importersThroughPackages(of: name, provider).allSatisfy { $0 == name } }
                for m in importers where isTop(m.name) && !importedHere.contains(where: { $0.name == m.name }) {
                    for f in callGraph(of: m).moduleEntries { foreignRoots.append(ForeignCaller(module: m, function: f)) }
                }
                foreignRoots = Array(foreignRoots.prefix(16))
            }
            // The importing modules' entry points all run, as they are or through the callers
            // chased in their place (none dropped past the cap): their code has had its chance.
            if chased.count <= 16 { runModules = Set(importedHere.map(\.name)) }
            if Interpreter.tracing {
                FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) import-time users run from \(foreignRoots.map { $0.module.name + "." + $0.function.qualifiedName }); wrappers followed: \(wrappersFollowed) (\(decorated.map(\.function.name)))\n".utf8))
            }
        }
        let ownEntries = foreignImportOnly ? graph.moduleEntries.filter { $0.id != def.id } : []
        if foreignImportOnly {
            description.drive = .importOnly
            description.calledAtImportBy = use.importTime.map(\.name)
        } else if !foreign.isEmpty || !unrunnable.isEmpty {
            let names = foreign.map { "\($0.module.name).\($0.function.isLambda ? "<lambda>" : $0.function.qualifiedName)" } + unrunnable
            description.drive = .callers(names + (roots ?? []).map { $0.isLambda ? "<lambda>" : $0.name },
                                         targetRunsAtImport: localImportOnly || !use.importTime.isEmpty)
        } else if let roots {
            let importOnly = graph.sites(of: def).allSatisfy { $0.caller == nil }
            description.drive = roots.isEmpty
                ? .importOnly
                : .callers(roots.map { $0.isLambda ? "<lambda>" : $0.name }, targetRunsAtImport: importOnly && !throughDecorated)
        }
        if throughEntries {
            let names = foreignRoots.map { "\($0.module.name).\($0.function.qualifiedName)" } + (roots ?? []).map(\.name)
            guard !names.isEmpty else { return notSimulated(description) }
            description.drive = .callers(names, targetRunsAtImport: false)
        }
        let repeatedForeign = !foreign.isEmpty || !unrunnable.isEmpty
        // Only module-level code calls it: what import ran is all that ever runs. (Import-time
        // callers in other modules run in the scenario's own preparation, and count as reached there.)
        let importCounts = (localImportOnly || importChainOnly) && roots != nil && !repeatedForeign
        let storeSites = StoreSites(module: module, function: def, parameter: p.name, facts: storeSiteFacts,
                                    inherited: options.modules == nil ? nil : { self.inheritedForeignMethod($0, $1) },
                                    imported: options.modules == nil ? nil : { self.importedForeignFunction($0) },
                                    subclassedElsewhere: options.modules == nil ? nil : { self.subclassedElsewhere($0, of: self.module.name) },
                                    findItemOnly: true)
        let viewSites = defaultsViewStatements(for: def)
        // Functions of the module that take the view of this function's defaults by its name
        // (`getfullargspec(run_job).defaults[-1]` in `effective_policy`): outside code may call
        // them as it calls this one, so a run as outside code calls them too.
        let viewers: [FunctionDef] = roots != nil || def.enclosingFunction != nil || def.enclosingClass != nil || def.isLambda ? [] :
            module.functions.filter { f in
                guard f.id != def.id, f.enclosingFunction == nil, f.enclosingClass == nil, !f.isGenerator, !f.isAsync,
                      f.decorators.isEmpty, viewSites.contains(where: { f.range.contains($0) }) else { return false }
                let binding = f.scope.binding(of: def.name)
                guard binding == .globalImplicit || binding == .globalExplicit || binding == nil else { return false }
                // (Not one that may take items out again, `clear_cache()` doing
                // `slugify.__defaults__[-1].clear()`: a program may call it only at shutdown, if
                // ever, and run each step it would hide the growth.)
                var named = false, replaces = false
                IRWalk.expressions(in: f.body, intoFunctions: true) { e in
                    if case .name(def.name) = e.kind { named = true }
                    // (`update` and item assignment may replace what it holds.)
                    if case .call(let c, _) = e.kind, case .attribute(_, let m) = c.kind, m.hasSuffix("update") { replaces = true }
                    if case .call(let c, _) = e.kind, case .name(let n) = c.kind, n == "setattr" || n == "delattr" { replaces = true }
                }
                IRWalk.statements(in: f.body) { st in
                    if case .assign(let ts, _) = st.kind, ts.contains(where: { if case .subscript = $0.kind { return true } else { return false } }) { replaces = true }
                }
                let removes = replaces || Self.removesItems(f)
                return named && !removes
            }
        var plan = ScenarioPlan(
            description: description, gc: false,
            // The statements through which the default can be stored into or handed on: refuting
            // needs every one of them reached (on some policy).
            storeSites: storeSites.offsets + viewSites,
            importCounts: importCounts, reachedAtImport: Set(viewSites), targetFunction: def.id, traceName: def.qualifiedName,
            prepare: { interp in
                var run = PreparedRun()
                if passOptionals { interp.passOptionals = (def.id, p.name) }
                interp.generatorsTakenInPart = takenInPart
                // Modules whose import-time code calls it: imported now, once, as the program does.
                try importForeign(interp, importedHere)
                let (foreignRun, foreignMissing, foreignTests) = foreignRoots.isEmpty ? ([], [], []) : try foreignEntriesAndMissing(interp, foreignRoots)
                run.entries = foreignRun
                // Tests call it with their own fixed data: they may show growth, but not that
                // callers elsewhere, passing new values, do not grow it (never refuted on them).
                if let t = foreignTests.first { run.missing = .callersAreTests(t) }
                // Callers that exist but cannot be run: the verdict rests on the others (never refuted).
                if repeatedForeign, let last = foreignMissing.last { run.missing = .callerNeverCreated(last) }
                if let last = unrunnable.last { run.missing = .callerNotRun(last) }
                let own = foreignImportOnly ? ownEntries : (repeatedForeign ? roots ?? [] : roots ?? [def] + viewers)
                var testClassesRun = Set<Int>()
                for target in own {
                    // (The runner's pass over a test class runs all of its methods: once a step.)
                    if let cls = target.enclosingClass, let clsObj = interp.classObjects[cls.id], interp.isTestCaseClass(clsObj),
                       runnerOnly(cls), !testClassesRun.insert(cls.id).inserted { continue }
                    // (A test class whose attributes code here sets to its own data before running the
                    // tests: the test runs on the class's values, not that data; unless a caller run
                    // here is that code, running the suite on its data as it does.)
                    if let cls = target.enclosingClass, let clsObj = interp.classObjects[cls.id], interp.isTestCaseClass(clsObj),
                       run.missing == nil, !testClassUse(cls).setToData.isEmpty,
                       !own.contains(where: { o in o.enclosingClass == nil && !TestClassUse(ofTestClass: cls.name, in: o.body).setToData.isEmpty }),
                       !foreignRoots.contains(where: { o in o.function.enclosingClass == nil && !TestClassUse(ofTestClass: cls.name, in: o.function.body).setToData.isEmpty }) {
                        run.missing = .callersAreTests(cls.name)
                    }
                    guard let entry = try findEntry(interp, target, exerciseInstance: roots == nil && def.name == "__init__",
                                                    remakeUndecided: target.id != def.id) else {
                        run.missing = .callerNeverCreated(target.qualifiedName)
                        continue
                    }
                    run.entries.append(entry)
                }
                if foreignImportOnly && run.entries.isEmpty {
                    // Nothing runs after import: a step is the program going on without calling it.
                    run.entries.append { i in i.none }
                }
                // Closures the function handed out (a decorator's wrapper, a callback it built) that
                // still exist after import are called by their users: call them too.
                // (Not when the application's own work runs: its code calls them as it does.)
                run.extraEntries = wrappersFollowed || throughEntries ? [] : closureEntries(interp, def, p)
                run.candidates = {
                    (interp.functionObjects[def.id] ?? []).compactMap { f in
                        guard interp.isAlive(f), case .function(let st) = interp.heap[f].payload else { return nil }
                        return defaultObject(st, def, parameter)
                    }
                }
                return run
            },
            suspended: def.isGenerator ? { interp in resumableGenerator(interp, of: def) } : nil)
        plan.siteParameters = storeSites.parameters
        plan.itemOnlySites = storeSites.itemOnly
        plan.onlyEntry = onlyEntry
        plan.runModules = runModules
        if let only = onlyEntry, case .callers(let names, let atImport) = plan.description.drive, only < names.count {
            plan.description.drive = .callers([names[only]], targetRunsAtImport: atImport)
        }
        if Interpreter.tracing {
            FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) `\(p.name)` store sites \(storeSites.offsets), through items only \(storeSites.itemOnly.sorted())\n".utf8))
        }
        plan.defaultsPathIsACall = defaultsPathIsACall
        imported.storingSubclasses = []
        if let cls = def.enclosingClass {
            let overrides = overrideStoreSites(def, cls, parameter: parameter)
            // (Those of this module's subclasses are the run's own statements to reach.)
            let here = overrides.filter { $0.module == module.name }.map(\.offset)
            if !here.isEmpty { plan.storeSites = Array(Set(plan.storeSites + here)).sorted() }
            // (Kept by the constructor: subclasses that always hand the base their own value never hold it.)
            let passedUp = StoreSites.constructorParameter(of: def, named: p.name)
            plan.foreignAttributeSites = foreignAttributeSites(storeSites.attributes, of: cls.name, passedUp: passedUp) + overrides.filter { $0.module != module.name }
            for site in projectAttributeSites(storeSites.attributes, of: cls, passedUp: passedUp)
            where !plan.foreignAttributeSites.contains(where: { $0.module == site.module && $0.offset == site.offset }) {
                plan.foreignAttributeSites.append(site)
            }
            // (Subclasses whose own statements can store into it are the first choices of the
            // instance's class: `PollPoller._register` filling the table `Poller.__init__` keeps.)
            if def.name == "__init__" {
                for (subModule, subName) in overridingSubclasses(of: cls).subclasses {
                    guard let (_, k) = projectClass(named: subName, inModule: subModule) else { continue }
                    let sites = subModule == module.name ? plan.storeSites : plan.foreignAttributeSites.filter { $0.module == subModule }.map(\.offset)
                    if sites.contains(where: { k.range.contains($0) }) { imported.storingSubclasses.insert(subModule + ":" + subName) }
                }
            }
        }
        return drive(plan)
    }

    /// Statements of the project's other modules that can store into a default a method of class
    /// `cls` keeps under one of `attributes` (`self.options = options`): a subclass in another
    /// file whose method does `self.options.setdefault("classes", []).append(name)` grows the base
    /// class's default (`StoreSites.attributeSites`). Only modules that import this one (or a
    /// package above it) and mention the attribute are read; what is read counts as read by the
    /// verdict (the dependency-aware cache).
    func foreignAttributeSites(_ attributes: Set<String>, of cls: String,
                               passedUp: (index: Int, name: String)? = nil) -> [(module: String, offset: Int, attribute: String)] {
        guard !attributes.isEmpty, let provider = options.modules else { return [] }
        let importers = packageImporters()
        let sortedAttributes = attributes.sorted()
        var out: [(module: String, offset: Int, attribute: String)] = []
        for name in importers.sorted() {
            let mentioned = sortedAttributes.filter { provider.mayMention($0, inModule: name) }
            guard let first = mentioned.first, provider.mayMention(cls, inModule: name) else { continue }
            let key = name + "#" + cls + "#" + sortedAttributes.joined(separator: ",") + (passedUp.map { "#\($0.index):\($0.name)" } ?? "")
            let sites: [Int]
            if let known = imported.attributeSites[key] {
                sites = known
            } else {
                guard let provided = provider.module(named: name), provided.origin == .project else { continue }
                sites = StoreSites.attributeSites(in: provided.module, attributes: attributes, baseClass: cls, passedUp: passedUp,
                                                  subclassedElsewhere: { self.subclassedElsewhere($0, of: name) })
                imported.attributeSites[key] = sites
            }
            imported.modulesRead.insert(name)
            out += sites.map { (name, $0, first) }
        }
        return out
    }

    /// Whether a module of the project other than `moduleName` (one importing it, or a package
    /// above it) may define a class derived from the class named `cls` of that module. True
    /// when too many modules import it to read, or one cannot be read.
    func subclassedElsewhere(_ cls: String, of moduleName: String) -> Bool {
        guard let provider = options.modules else { return true }
        let importers = Self.importersThroughPackages(of: moduleName, provider).filter { $0 != moduleName }
        guard importers.count <= 64 else { return true }
        for n in importers where provider.mayMention(cls, inModule: n) {
            guard let m = provider.module(named: n) else { return true }
            if m.module.classes.contains(where: { c in
                c.bases.contains { b in
                    switch b.kind {
                    case .name(cls), .attribute(_, cls): return true
                    default: return false
                    }
                }
            }) { return true }
        }
        return false
    }

    /// The modules importing this one or a package above it (this one excluded), in the order found.
    func packageImporters() -> [String] {
        guard let provider = options.modules else { return [] }
        var importers: [String] = []
        var parts = module.name.split(separator: ".").map(String.init)
        while !parts.isEmpty {
            for n in provider.importerNames(of: parts.joined(separator: ".")) where n != module.name && !importers.contains(n) {
                importers.append(n)
            }
            parts.removeLast()
        }
        return importers
    }

    /// Statements anywhere in the project (other modules than this one) that can store through
    /// one of `attributes` on any object: `client._headers["X-Trace"] = span` in a function that
    /// was handed the instance, `conn.init_commands.append(sql)` after constructing it, or
    /// `getattr(self, f"{channel}_log").append(entry)` (a name built from parts that can spell the
    /// attribute). Methods of classes unrelated to `cls` (`unrelatedClass`) that only touch
    /// `self.<attribute>` are skipped: that is their own instance's. When more modules name an
    /// attribute than can be read, one site stands for them (offset -1): the scenario cannot reach
    /// it, so the verdict stays unknown.
    func projectAttributeSites(_ attributes: Set<String>, of cls: ClassDef,
                               passedUp: (index: Int, name: String)? = nil) -> [(module: String, offset: Int, attribute: String)] {
        guard !attributes.isEmpty, let provider = options.modules, let names = linkedProjectModules() else { return [] }
        var out: [(module: String, offset: Int, attribute: String)] = []
        for attr in attributes.sorted() {
            let pieces = Self.namePieces(attr)
            let naming = names.filter { n in
                n != module.name && (provider.mayMention(attr, inModule: n) || pieces.contains { provider.mayMention($0, inModule: n) })
            }
            var scope = naming
            if scope.count > 48 {
                // (Too many to read: those importing this module or a package above it, as many
                // as can be; more than that, and the verdict cannot rest on them.)
                let importers = Set(packageImporters())
                scope = naming.filter { importers.contains($0) }
                guard scope.count <= 48 else {
                    out.append((scope[0], -1, attr))
                    continue
                }
            }
            for n in scope {
                let key = n + "#any#" + cls.name + "#" + attr + (passedUp.map { "#\($0.index):\($0.name)" } ?? "")
                let sites: [Int]
                if let known = imported.attributeSites[key] {
                    sites = known
                } else {
                    guard let provided = provider.module(named: n), provided.origin == .project else { continue }
                    let m = provided.module
                    // (Subclasses that always hand the base their own value: their `self` never holds it.)
                    let passing = passedUp.map { StoreSites.skippableSubclasses(in: m, baseClass: cls.name, passedUp: $0,
                                                                                subclassedElsewhere: { self.subclassedElsewhere($0, of: n) }) } ?? []
                    sites = StoreSites.attributeUseSites(in: m, attributes: [attr], readMethods: ReadOnlyUse.readMethods,
                                                         skipSelfIn: { d in passing.contains(d.id) || self.unrelatedClass(d, in: m, to: cls) },
                                                         otherClass: { e in
                                                             guard let k = self.projectClass(e, in: m) else { return false }
                                                             return self.unrelatedClass(k.cls, in: k.module, to: cls)
                                                         })
                        + StoreSites.computedAttributeSites(in: m, attribute: attr)
                    imported.attributeSites[key] = sites
                }
                imported.modulesRead.insert(n)
                out += sites.map { (n, $0, attr) }
            }
        }
        return out
    }

    /// Pieces a computed attribute name may be built from: `audit_log` from `f"{channel}_log"`
    /// (`_log`) or `"audit_" + kind` (`audit_`).
    static func namePieces(_ attr: String) -> [String] {
        var pieces: [String] = []
        let chars = Array(attr)
        for (i, c) in chars.enumerated() where c == "_" && i > 0 && i < chars.count - 1 {
            pieces.append(String(chars[i...]))
            pieces.append(String(chars[...i]))
        }
        return pieces
    }

    /// Whether some module of the project reads an attribute by a computed name that can spell
    /// `attr` (`StoreSites.computedAttributeSites`); true when the project's files are not known.
    func projectComputesAttribute(_ attr: String) -> Bool {
        guard let provider = options.modules, let names = linkedProjectModules() else { return true }
        let pieces = Self.namePieces(attr)
        guard !pieces.isEmpty else { return false }
        for n in names where pieces.contains(where: { provider.mayMention($0, inModule: n) }) {
            let m: Module
            if n == module.name { m = module } else {
                guard let pm = provider.module(named: n) else { return true }
                m = pm.module
            }
            if !StoreSites.computedAttributeSites(in: m, attribute: attr).isEmpty { return true }
        }
        return false
    }

    /// Whether instances of class `d` (of module `m`) can never be instances of `cls` (of this
    /// module): neither inherits from the other, and no class of the project inherits from both.
    func unrelatedClass(_ d: ClassDef, in m: Module, to cls: ClassDef) -> Bool {
        guard let mine = projectAncestry(d, in: m), let theirs = projectAncestry(cls, in: module) else { return false }
        if mine.classes.contains(where: { $0.module == module.name && $0.cls.id == cls.id }) { return false }
        if theirs.classes.contains(where: { $0.module == m.name && $0.cls.id == d.id }) { return false }
        return !hasCommonSubclass(d, in: m, with: [(module, cls)])
    }

    /// When `def` reads names on `self` that neither its class nor its bases define but other
    /// classes of the module do (a mixin: `Pack.pack_configure` calls `self._options` from
    /// `Misc`), the module's subclasses that inherit `def` unchanged and define all of those
    /// names: real callers have instances of them. Empty when the class needs no host.
    func mixinHosts(_ interp: Interpreter, _ def: FunctionDef, _ cls: ClassDef, _ clsObj: ObjID) -> [ObjID] {
        guard let selfName = def.parameters.first?.name, let own = interp.mroLookup(clsObj, def.name) else { return [] }
        var needed = Set<String>()
        // (Methods of other classes here, and those a test case inherits from `unittest.TestCase`:
        // a test mixin's `setUp` calling `self.addCleanup(...)`.)
        let elsewhere = Set(module.classes.filter { $0.id != cls.id }.flatMap { $0.methods.map(\.name) })
        IRWalk.expressions(in: def.body, intoFunctions: false) { e in
            if case .attribute(let b, let n) = e.kind, case .name(selfName) = b.kind,
               elsewhere.contains(n) || Interpreter.testCaseMethods.contains(n),
               interp.mroLookup(clsObj, n) == nil { needed.insert(n) }
        }
        guard !needed.isEmpty else { return [] }
        var hosts: [ObjID] = []
        for k in module.classes where k.id != cls.id {
            guard let kObj = interp.classObjects[k.id], interp.mro(kObj).contains(clsObj),
                  interp.mroLookup(kObj, def.name) == own,
                  needed.allSatisfy({ interp.mroLookup(kObj, $0) != nil || (Interpreter.testCaseMethods.contains($0) && interp.isTestCaseClass(kObj)) })
            else { continue }
            hosts.append(kObj)
            if hosts.count == 4 { break }
        }
        return hosts
    }

    /// Whether `def` calls `self.name(...)` for one of `names` with one of its own parameters as
    /// an argument.
    /// Statements of subclasses' overrides in other modules of the project that can store into
    /// what `def` hands them (`self._record(errors, …)`, where a subclass's `_record` appends to
    /// `errors`): reaching the call with another class's instance does not run them, so each must
    /// be reached before refuting.
    /// (Overrides in this module are returned too, under its name: the run must reach them as
    /// it reaches its own statements. Every subclass of this module counts; of other modules, the
    /// first 8.)
    /// (Notes the subclasses with such statements in `imported.storingSubclasses`, which the
    /// caller resets per run.)
    func overrideStoreSites(_ def: FunctionDef, _ cls: ClassDef, parameter: Int) -> [(module: String, offset: Int, attribute: String)] {
        let overriding = overridingSubclasses(of: cls)
        let names = Set(overriding.names.filter { $0 != def.name && !$0.hasPrefix("__") })
        let chain = Set(overriding.subclasses.map(\.name) + [cls.name])
        // Which parameter of each method called on `self` gets the candidate (`self._record(errors,
        // key)` hands `errors` as its first): by position after `self`, or by keyword.
        let candidate = def.parameters[parameter].name
        var handed: [String: (positions: Set<Int>, keywords: Set<String>)] = [:]
        if let selfName = def.parameters.first?.name {
            IRWalk.expressions(in: def.body, intoFunctions: false) { e in
                guard case .call(let f, let args) = e.kind, case .attribute(let b, let n) = f.kind,
                      case .name(selfName) = b.kind, n != def.name, !n.hasPrefix("__") else { return }
                var position = 0
                for a in args {
                    let isCandidate: Bool = { if case .name(candidate) = a.value.kind { return true } else { return false } }()
                    switch a.kind {
                    case .positional:
                        if isCandidate { handed[n, default: ([], [])].positions.insert(position) }
                        position += 1
                    case .keyword:
                        if isCandidate, let k = a.name { handed[n, default: ([], [])].keywords.insert(k) }
                    default: break
                    }
                }
            }
        }
        guard !handed.isEmpty else { return [] }
        // (The parameters of a method `f` that get what `h` says is handed.)
        func receiving(_ h: (positions: Set<Int>, keywords: Set<String>), in f: FunctionDef) -> [Parameter] {
            f.parameters.dropFirst().enumerated().filter { i, p in
                (h.positions.contains(i) && (p.kind == .positional || p.kind == .positionalOnly)) || h.keywords.contains(p.name)
            }.map(\.element)
        }
        var out: [(module: String, offset: Int, attribute: String)] = []
        // (Cooperative mixins of the project that bind one of those names again and hand on with
        // `super().name(…)`, related to the class by no class statement: made to be combined
        // with it, by `type(name, (*mixins, base), {})` or by code outside the project. What
        // they can store must be reached before refuting: `BatchMixin.prepare` appending to the
        // `extra` that `Handler.handle` hands `self.prepare`.)
        // (A mixin a class statement combines with a subclass is that subclass's base, run as
        // its MRO resolves it, below.)
        var combined = Set<String>()
        for (modName, clsName) in overriding.subclasses {
            guard let (m, k) = projectClass(named: clsName, inModule: modName) else { continue }
            for sibling in siblingBases(of: k, in: m, chain: chain).classes { combined.insert(sibling.module.name + ":" + sibling.cls.name) }
        }
        for (name, h) in handed.sorted(by: { $0.key < $1.key }) {
            guard let loads = projectModulesNaming(name) else { continue }
            let related = Set(overriding.subclasses.map { $0.module + ":" + $0.name }).union(combined)
            let ancestors = Set((projectAncestry(cls, in: module)?.classes ?? [(module.name, cls)]).map { $0.module + ":" + $0.cls.name })
            for load in loads {
                guard let m = load() else { continue }
                for k in m.classes where k.enclosingFunction == nil && !related.contains(m.name + ":" + k.name)
                    && !ancestors.contains(m.name + ":" + k.name) {
                    guard let f = k.methods.first(where: { $0.name == name && $0.enclosingClass?.id == k.id }),
                          Self.handsOnThroughSuper(f) else { continue }
                    let facts = m.name == module.name ? storeSiteFacts : StoreSites.ModuleFacts(m)
                    for p in receiving(h, in: f) {
                        for o in StoreSites(module: m, function: f, parameter: p.name, facts: facts, inherited: nil).offsets {
                            out.append((m.name, o, p.name))
                        }
                    }
                }
            }
        }
        guard !names.isEmpty else { return out }
        var foreign = 0
        for (modName, clsName) in overriding.subclasses {
            let m: Module
            let facts: StoreSites.ModuleFacts
            var inherited: ((ClassDef, String) -> (module: Module, function: FunctionDef)?)? = nil
            if modName == module.name {
                m = module
                facts = storeSiteFacts
                if options.modules != nil { inherited = { self.inheritedForeignMethod($0, $1) } }
            } else {
                foreign += 1
                guard foreign <= 8, let provider = options.modules, let pm = provider.module(named: modName) else { continue }
                m = pm.module
                facts = StoreSites.ModuleFacts(m)
                inherited = { self.inheritedForeignMethod($0, $1, in: m, moduleName: modName, isPackage: pm.isPackage) }
            }
            guard let k = m.classes.first(where: { $0.name == clsName }) else { continue }
            // (The subclass's own methods, and those of the other bases it combines the class
            // with: `class MemoryHandler(BufferingMixin, Handler)`.)
            // (Where the subclass's MRO is known, the method each name resolves to there; else
            // the subclass's own, and those of the other bases it combines the class with, one
            // listed after the class never before what the class's own body binds.)
            var owners: [(module: Module, cls: ClassDef, before: Bool)] = [(m, k, true)]
            var resolved: [String: (module: Module, cls: ClassDef)]? = nil
            if let mro = staticMRO(k, in: m) {
                var found: [String: (module: Module, cls: ClassDef)] = [:]
                for entry in mro {
                    for n in Self.classBodyBindings(entry.cls) where found[n] == nil { found[n] = entry }
                }
                resolved = found
                owners = []
                for (_, entry) in found where names.contains(where: { found[$0].map { $0.module.name == entry.module.name && $0.cls.id == entry.cls.id } ?? false })
                    && !owners.contains(where: { $0.module.name == entry.module.name && $0.cls.id == entry.cls.id })
                    && !(entry.module.name == module.name && entry.cls.id == cls.id) {
                    owners.append((entry.module, entry.cls, true))
                }
            } else {
                for sibling in siblingBases(of: k, in: m, chain: chain).classes
                where !owners.contains(where: { $0.module.name == sibling.module.name && $0.cls.id == sibling.cls.id }) {
                    owners.append(sibling)
                }
            }
            let own = Self.classBodyBindings(cls)
            for (om, ok, before) in owners {
                let ofacts = om.name == m.name ? facts : StoreSites.ModuleFacts(om)
                for f in om.functions where f.enclosingClass?.id == ok.id && names.contains(f.name) && (before || !own.contains(f.name))
                    && (resolved.map { r in r[f.name].map { $0.module.name == om.name && $0.cls.id == ok.id } ?? false } ?? true) {
                    guard let h = handed[f.name] else { continue }
                    for p in receiving(h, in: f) {
                        // (Methods it inherits from the project's other modules are read where they are.)
                        let sites = StoreSites(module: om, function: f, parameter: p.name, facts: ofacts,
                                               inherited: om.name == m.name ? inherited : nil)
                        for o in sites.offsets {
                            out.append((om.name, o, p.name))
                        }
                        if !sites.offsets.isEmpty { imported.storingSubclasses.insert(modName + ":" + clsName) }
                    }
                }
            }
        }
        return out
    }

    static func handsParameterToSelfMethod(_ def: FunctionDef, names: Set<String>, in cls: ClassDef? = nil, depth: Int = 2) -> Bool {
        guard !names.isEmpty, let selfName = def.parameters.first?.name else { return false }
        let params = Set(def.parameters.dropFirst().map(\.name))
        var found = false
        var through: [FunctionDef] = []
        IRWalk.expressions(in: def.body, intoFunctions: false) { e in
            guard !found, case .call(let f, let args) = e.kind, case .attribute(let b, let n) = f.kind,
                  case .name(selfName) = b.kind else { return }
            if names.contains(n) {
                if args.contains(where: { if case .name(let a) = $0.value.kind { return params.contains(a) } else { return false } }) { found = true }
            } else if let m = cls?.methods.first(where: { $0.name == n && $0.id != def.id }), m.decorators.isEmpty {
                // (`toprettyxml` → `self.toxml(indent, …)` → `self.writexml(…, nsprefixes)`: a
                // method it calls hands its own parameters, defaults included, to an overridden one.)
                through.append(m)
            }
        }
        if !found, depth > 0 {
            found = through.contains { handsParameterToSelfMethod($0, names: names, in: cls, depth: depth - 1) }
        }
        return found
    }

    /// Whether a confirmed outcome ran `def`, or a caller of it, as outside code would only because
    /// a package offers it, while the project has callers of its own.
    /// The growth came from running it (or a caller of it) as outside code would, because its
    /// package offers it, while the project calls it too: growth through the project's own
    /// callers is growth; growth only through callers the project does not have is not shown, so
    /// the verdict is unknown. (No refutation either: outside callers may grow it.)
    func judgeByOwnCallers(_ outcome: inout SimulationOutcome, _ def: FunctionDef, _ parameter: Int) {
        var visible = runDefaultArgument(function: def, parameter: parameter, visibleCallersOnly: true)
        if visible.verdict != .confirmed, !uncalledLocalRoots(def, parameter).isEmpty {
            // The project's own callers, this module's functions nothing calls left out.
            visible = runDefaultArgument(function: def, parameter: parameter, withoutUncalledRoots: true)
        }
        if visible.verdict == .confirmed {
            outcome = visible
        } else if let name = uncalledName(def, parameter) {
            // (A function of the application nothing calls: dead, or found by a framework.)
            outcome.verdict = .unknown
            outcome.reason = .growsOnlyThroughUncalled(name)
            outcome.evidence.assumptions.append(.growsOnlyThroughUncalled(name))
        } else {
            outcome.verdict = .unknown
            outcome.reason = .growsOnlyForOutsideCallers
            outcome.evidence.assumptions.append(.growsOnlyForOutsideCallers)
        }
    }

    func growsThroughOfferedCallers(_ outcome: SimulationOutcome, _ def: FunctionDef, _ parameter: Int) -> Bool {
        guard options.modules != nil else { return false }
        if def.enclosingFunction != nil {
            // A closure (a decorator's wrapper) called as outside callers would: its default is
            // made by each call of the outermost function, which the package offers and the
            // project itself calls (`@memoize` on its own functions). Those calls decide.
            guard case .direct = outcome.evidence.scenario.drive else { return false }
            let top = def.outermostFunction
            guard top.enclosingClass == nil, let first = top.parameters.first else { return false }
            // (A decorator an application's package re-exports too: the wrapper's callers are the
            // callers of the functions it decorates, which the scenario does not follow into other
            // modules, so a direct run stands for callers the project may not have.)
            let use = foreignUse(of: top, parameter: first)
            return use.offeredAndUsedByTheProject || (use.reexported && use.offeredOnly && use.usedByTheProject)
        }
        let use = foreignUse(of: def, parameter: def.parameters[parameter])
        if case .direct = outcome.evidence.scenario.drive {
            return use.offeredAndUsedByTheProject || uncalledName(def, parameter) != nil
        }
        return use.callers.contains { $0.offered } || !uncalledLocalRoots(def, parameter).isEmpty
    }

    /// The function through which alone a confirmed run grew the default, when that function is
    /// one of an application's imported modules that nothing in the project calls (`def` itself,
    /// run directly, or a caller of it the scenario started from): nil otherwise.
    func uncalledName(_ def: FunctionDef, _ parameter: Int) -> String? {
        guard let provider = options.modules else { return nil }
        let use = foreignUse(of: def, parameter: def.parameters[parameter])
        if def.enclosingClass == nil, def.enclosingFunction == nil, !def.isLambda, def.decorators.isEmpty,
           callGraph.sites(of: def).allSatisfy({ $0.caller?.id == def.id }), !callGraph.escapes(def),
           use.callers.isEmpty, use.unrunnable.isEmpty, use.importTime.isEmpty, !use.escapes,
           let me = provider.module(named: module.name), isUncalledModuleOfApplication(me, provider: provider) {
            return module.name + "." + def.qualifiedName
        }
        return use.callers.first(where: \.uncalled).map { $0.module.name + "." + $0.function.qualifiedName }
            ?? uncalledLocalRoots(def, parameter).first.map { module.name + "." + $0.qualifiedName }
    }

    /// This module's functions the scenario starts from because nothing calls them, when the module
    /// is one of an application's that other modules import: nothing in the project calls them
    /// (dead code, or code reached through a module object handed around, `setup(hooks)` then
    /// `hooks.register(...)`, which the application's own work runs as it does).
    func uncalledLocalRoots(_ def: FunctionDef, _ parameter: Int) -> [FunctionDef] {
        guard let provider = options.modules, let me = provider.module(named: module.name),
              isUncalledModuleOfApplication(me, provider: provider),
              !callGraph.allCalls(pass: def.parameters[parameter], of: def),
              let roots = callGraph.entryPoints(for: def) else { return [] }
        return roots.filter { root in
            guard root.id != def.id, root.enclosingFunction == nil, root.enclosingClass == nil, !root.isLambda,
                  root.decorators.isEmpty, !callGraph.escapes(root) else { return false }
            let runs = upstream(of: ForeignCaller(module: me, function: root), provider: provider, depth: 0).callers
            return runs.count == 1 && runs[0].uncalled && runs[0].function.id == root.id
        }
    }

    /// Whether `def` has optional parameters an outside caller may pass, other than `name` (and
    /// the conventionally private `_name=` ones).
    static func hasPassableOptionals(_ def: FunctionDef, besides name: String) -> Bool {
        def.parameters.contains { $0.defaultValue != nil && $0.name != name && !$0.name.hasPrefix("_") }
    }

    /// A module-level class of the project by module and name (this module's, or another's).
    func projectClass(named name: String, inModule moduleName: String) -> (module: Module, cls: ClassDef)? {
        guard let m = moduleName == module.name ? module : options.modules?.module(named: moduleName)?.module,
              let k = m.classes.first(where: { $0.name == name && $0.enclosingFunction == nil }) else { return nil }
        return (m, k)
    }

    /// A method only declared (`@abstractmethod`, or a body that is `raise NotImplementedError`
    /// after its docstring): real instances are of subclasses that define it.
    static func isAbstract(_ f: FunctionDef) -> Bool {
        if f.decorators.contains(where: {
            if case .name("abstractmethod") = $0.kind { return true }
            if case .attribute(_, "abstractmethod") = $0.kind { return true }
            return false
        }) { return true }
        var body = f.body[...]
        if case .expr(let e)? = body.first?.kind, case .constant(.string) = e.kind { body = body.dropFirst() }
        guard body.count == 1, case .raise(let e?, _) = body.first!.kind else { return false }
        switch e.kind {
        case .name("NotImplementedError"): return true
        case .call(let c, _): if case .name("NotImplementedError") = c.kind { return true } else { return false }
        default: return false
        }
    }

    /// Whether `cls` (of this module) leaves a method abstract, its own or a project base's that
    /// no class nearer to it defines: `PosixReactorBase` inherits `addReader` from `ReactorBase`,
    /// whose body raises `NotImplementedError`. Its instances outside code has are of subclasses.
    func leavesAbstractMethods(_ cls: ClassDef, in m: Module? = nil) -> Bool {
        guard let ancestry = projectAncestry(cls, in: m ?? module) else { return cls.methods.contains(where: Self.isAbstract) }
        var defined = Set<String>()
        for (_, k) in ancestry.classes {
            for f in k.methods where f.enclosingClass?.id == k.id && !defined.contains(f.name) && Self.isAbstract(f) { return true }
            defined.formUnion(Self.classBodyBindings(k))
        }
        return false
    }

    /// Whether a method hands on to the next class's method of its own name (`super().prepare(…)`).
    static func handsOnThroughSuper(_ f: FunctionDef) -> Bool {
        var found = false
        IRWalk.expressions(in: f.body, intoFunctions: false) { e in
            if case .call(let c, _) = e.kind, case .attribute(let b, f.name) = c.kind,
               case .call(let s, _) = b.kind, case .name("super") = s.kind { found = true }
        }
        return found
    }

    /// Names the methods of `cls` call on their own instance (`self.configure(…)`).
    static func selfCalledNames(_ cls: ClassDef) -> Set<String> {
        var names = Set<String>()
        for m in cls.methods {
            guard let me = m.parameters.first?.name else { continue }
            IRWalk.expressions(in: m.body, intoFunctions: false) { e in
                if case .call(let f, _) = e.kind, case .attribute(let o, let n) = f.kind, case .name(me) = o.kind { names.insert(n) }
            }
        }
        return names
    }

    /// Whether a method's body takes items out of a container or rebinds an attribute of its
    /// instance (`.pop()`, `.clear()`, `.remove()`, `del x[k]`, `self.items = []`).
    static func removesItems(_ f: FunctionDef) -> Bool {
        var found = false
        IRWalk.expressions(in: f.body, intoFunctions: false) { e in
            if case .call(let callee, _) = e.kind, case .attribute(_, let n) = callee.kind,
               ["pop", "popitem", "popleft", "remove", "discard", "clear", "difference_update", "intersection_update"].contains(n) {
                found = true
            }
        }
        if found { return true }
        IRWalk.statements(in: f.body) { st in
            switch st.kind {
            case .delete: found = true
            case .assign(let targets, _):
                if targets.contains(where: { if case .attribute = $0.kind { return true } else { return false } }) { found = true }
            default: break
            }
        }
        return found
    }

    /// A generator of `def` that has not finished (never started, or stopped by the model after a
    /// few items) and that code may still resume: held by a public module global, or by one a
    /// function of the module reads, or by anything else that is alive.
    func resumableGenerator(_ interp: Interpreter, of def: FunctionDef) -> Bool {
        let live = interp.suspendedGenerators.filter { $0.value == def.id }.map(\.key)
            + interp.pendingGenerators.filter { $0.value.unit == 0 && $0.value.function?.id == def.id }.map(\.key)
        guard !live.isEmpty else { return false }
        var globals: [String: ObjID] = [:]
        if case .module(_, let g) = interp.heap[interp.moduleObject].payload { globals = g }
        for gen in live where interp.isReachable(gen) {
            let names = globals.filter { $0.value == gen }.map(\.key)
            if names.isEmpty { return true }
            if names.contains(where: { !$0.hasPrefix("_") || namesReadByFunctions.contains($0) }) { return true }
        }
        return false
    }

    /// Names loaded anywhere inside a function body of the module.
    var namesReadByFunctions: Set<String> {
        if let n = imported.namesReadByFunctions { return n }
        var names = Set<String>()
        for f in module.functions {
            IRWalk.expressions(in: f.body, intoFunctions: false) { e in
                if case .name(let n) = e.kind { names.insert(n) }
            }
        }
        imported.namesReadByFunctions = names
        return names
    }

    /// Calls of the live closures nested in `def` that capture `parameter`.
    /// A confirmation that came from calling `caller` as outside code would, in an application
    /// (which has no outside code but what its values are handed to): its work, run from its
    /// entry points, decides. Growth there is growth; the function or the default handed to code
    /// heaplint cannot see keeps the outside callers real; no entry to run leaves the run as it
    /// is; otherwise the growth stands for callers the application does not have (`unknown`).
    /// `.whenDecided`: an undecided run from the entries leaves the outcome as it is;
    /// `.growthOnly`: only growth there changes it (no growth there may be callers it never reached).
    enum EntriesJudgement { case always, whenDecided, growthOnly, growthOrEarnedRefutation }

    func judgeByApplicationEntries(_ outcome: inout SimulationOutcome, _ def: FunctionDef, _ parameter: Int, why: String, caller: String,
                                   _ judgement: EntriesJudgement = .always) {
        let entries = runDefaultArgument(function: def, parameter: parameter, throughEntries: true)
        if Interpreter.tracing {
            FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) \(why), run from the application's entries: \(entries.verdict) \(String(describing: entries.reason))\n".utf8))
        }
        if judgement == .whenDecided && entries.verdict == .unknown || judgement == .growthOnly && entries.verdict != .confirmed
            || judgement == .growthOrEarnedRefutation && entries.verdict == .unknown { return }
        if entries.verdict == .confirmed || judgement == .growthOrEarnedRefutation && entries.verdict == .refuted {
            outcome = entries
        } else if case .notSimulated = entries.evidence.scenario.drive {
            // (No entry to run: the outside-style run stands.)
        } else if entries.verdict == .unknown, case .flowsInto(let what)? = entries.reason, let slot = Self.runtimeHook(what) {
            // Installed as a hook the interpreter calls (`warnings.showwarning = f`,
            // `signal.signal(SIGHUP, f)`): its callers pass what the runtime passes (a warning's
            // category, file and line; a signal number; a trace event), values from a fixed set,
            // or call it once (`atexit`): new arguments on every call do not show what it keeps.
            let assumption = Assumption.calledByRuntimeHook(caller, slot)
            outcome.verdict = .unknown
            outcome.reason = .assumption(assumption)
            outcome.evidence.assumptions.append(assumption)
            outcome.modulesRead.formUnion(entries.modulesRead)
        } else if entries.verdict == .unknown && Self.isEscapeReason(entries.reason) {
            // (Handed to code heaplint cannot see: its calls are the outside calls.)
        } else if entries.verdict == .unknown, case .assumption(.persistenceUnchecked)? = entries.reason {
            // (It grew there too, and the run could not afford to tell whether it goes on.)
            outcome = entries
        } else {
            let assumption = Assumption.growsOnlyCalledAsOutsideCodeWould(caller)
            outcome.verdict = .unknown
            outcome.reason = .assumption(assumption)
            outcome.evidence.assumptions.append(assumption)
            outcome.modulesRead.formUnion(entries.modulesRead)
        }
    }

    /// The functions nested in `def` that use `parameter` (closures over the default).
    func closures(of def: FunctionDef, over parameter: Parameter) -> [FunctionDef] {
        module.functions.filter { inner in
            guard inner.id != def.id, inner.scope.freeVariables.contains(parameter.name) else { return false }
            var outer = inner.enclosingFunction
            while let o = outer, o.id != def.id { outer = o.enclosingFunction }
            return outer != nil
        }
    }

    func closureEntries(_ interp: Interpreter, _ def: FunctionDef, _ parameter: Parameter) -> [(Interpreter) throws -> ObjID] {
        var out: [(Interpreter) throws -> ObjID] = []
        for inner in closures(of: def, over: parameter) {
            for f in interp.functionObjects[inner.id] ?? [] where interp.isAlive(f) {
                let callable = interp.wrapperReaching(f) ?? f
                out.append { i in
                    let (args, kwargs) = i.freshArguments(for: inner, skippingFirst: false)
                    let frame = i.moduleFrame()
                    return try i.call(callable, args, kwargs, site: inner.range.lowerBound, frame: frame)
                }
            }
        }
        return out
    }

    func defaultObject(_ st: FunctionState, _ def: FunctionDef, _ parameter: Int) -> ObjID? {
        let p = def.parameters[parameter]
        if p.kind == .keywordOnly { return st.kwdefaults.first { $0.0 == p.name }?.1 }
        let positional = def.parameters[..<parameter].filter { $0.kind == .positional || $0.kind == .positionalOnly }.count
        return positional < st.defaults.count ? st.defaults[positional] : nil
    }

    /// A closure that makes one scenario call, as an outside caller would. For a method, each call
    /// makes a fresh instance; with `exerciseInstance`, the instance's other methods run after the
    /// call, as its users would (an `__init__` default stored on `self` is shared through them),
    /// and a context manager is entered before them and exited after them.
    /// `remakeUndecided`: for a nested function run as a caller of the target, whether its users
    /// keep one closure or make a new one through the enclosing function at each step (a decorator
    /// factory called per request) is an undecided choice; for the target itself the closure is kept.
    func findEntry(_ interp: Interpreter, _ def: FunctionDef, exerciseInstance: Bool = false,
                   remakeUndecided: Bool = false) throws -> ((Interpreter) throws -> ObjID)? {
        let frame = interp.moduleFrame()
        // The function object itself, when importing the module makes it.
        if let f = (interp.functionObjects[def.id] ?? []).first(where: { interp.isAlive($0) }) {
            if let cls = def.enclosingClass, let clsObj = interp.classObjects[cls.id], interp.isTestCaseClass(clsObj), runnerOnly(cls) {
                // A method of a test class: the test runner calls it, as it runs every test of
                // the class (each on a new instance, between `setUp` and `tearDown`).
                return { i in
                    try i.runTestCase(clsObj, site: cls.range.lowerBound, frame: frame)
                    return i.none
                }
            }
            let callable = interp.wrapperReaching(f) ?? interp.decoratedBinding(def, f) ?? f
            if let cls = def.enclosingClass, let clsObj = interp.classObjects[cls.id], !isStaticOrClassMethod(def) {
                let others = exerciseInstance
                    ? cls.methods.filter { $0.id != def.id && !$0.name.hasPrefix("__") && !isStaticOrClassMethod($0) && $0.decorators.isEmpty }
                    : []
                // (Which of them take items out, found once, not at every step.)
                let removing = Set(others.filter { Self.removesItems($0) }.map(\.id))
                let filled = def.name == "__init__" ? [] : Interpreter.attributesFilledByOtherMethods(of: cls, except: def)
                // Names subclasses bind again (`keep = 0` in a subclass elsewhere): an outside caller's
                // instance may be of any of them, so the class's own values are not known to hold.
                let overriding = overridingSubclasses(of: cls)
                let overridden = overriding.names.filter { $0 != def.name && !$0.hasPrefix("__") && $0 != Self.anyName }.sorted()
                // Only where the method hands one of its parameters to an overridden method
                // (`self.markup(doc, funcs)`, a subclass's `markup` elsewhere) is which class the
                // instance has a choice the run makes (the override is run instead of unknown code).
                // (Those whose overrides can store into what the candidate's method hands them first.)
                let storing = imported.storingSubclasses
                // (Then those that define every method they inherit as abstract: real instances'
                // classes, not intermediate bases.)
                func rank(_ sub: (module: String, name: String)) -> Int {
                    let concrete = projectClass(named: sub.name, inModule: sub.module).map { !leavesAbstractMethods($0.cls, in: $0.module) } ?? false
                    return (storing.contains(sub.module + ":" + sub.name) ? 0 : 2) + (concrete ? 0 : 1)
                }
                let ordered = overriding.subclasses.enumerated().map { (rank: rank($0.element), at: $0.offset, sub: $0.element) }
                    .sorted { ($0.rank, $0.at) < ($1.rank, $1.at) }.map(\.sub)
                // (For `__init__` whose instance the run goes on using, also where its methods
                // run what subclasses bind again: `PollPoller._register` filling the table
                // `Poller.__init__` keeps.)
                // (And for a class that leaves methods abstract: real instances are of subclasses.)
                let subclasses = Self.handsParameterToSelfMethod(def, names: Set(overridden), in: cls)
                    || (def.name == "__init__" && exerciseInstance && !overridden.isEmpty)
                    || (!overridden.isEmpty && leavesAbstractMethods(cls)) ? Array(ordered.prefix(4)) : []
                if Interpreter.tracing, !overriding.subclasses.isEmpty {
                    FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) instance choices \(subclasses.map(\.name)) of \(overriding.subclasses.count) overriding subclasses (abstract: \(leavesAbstractMethods(cls)))\n".utf8))
                }
                // (More subclasses than it tries: the rest is a choice of unknown code.)
                let moreSubclasses = overriding.subclasses.count > subclasses.count
                let hosts = def.name == "__init__" ? [] : mixinHosts(interp, def, cls, clsObj)
                // The longer run (before a store skipped on the instance's state is called dead)
                // keeps one instance, as a user holding it does (a logging filter, a breaker).
                let keptInstance = imported.callsOverride != nil && def.name != "__init__" && !exerciseInstance ? KeptClosure() : nil
                return { i in
                    let site = def.range.lowerBound
                    // `__init__` itself: the instance is made as its callers make it, with fresh
                    // arguments (keywords included, for a `**kw` it keeps or merges).
                    let (initArgs, initKwargs) = def.name == "__init__" ? i.freshArguments(for: def, skippingFirst: true) : ([], [])
                    // A mixin's method runs on the classes that combine it with what it uses
                    // (`self._options` of `Pack` comes from `Widget(BaseWidget, Pack)`): which of
                    // them an outside caller has is an undecided choice.
                    var made = clsObj
                    for (n, host) in hosts.enumerated() {
                        let last = n == hosts.count - 1
                        if last || i.feasibleChoice(site: site) { made = host; break }
                    }
                    // `__init__` handing a parameter to a method subclasses bind again
                    // (`self.configure(options)`, a `MemoryStore` keeping it): the instance an
                    // outside caller makes may be of one of those subclasses that run this very
                    // `__init__`, an undecided choice made before it runs.
                    if def.name == "__init__", !subclasses.isEmpty {
                        let base = i.mroLookup(clsObj, "__init__")
                        for sub in subclasses where i.feasibleChoice(site: site) {
                            if let subObj = try? i.subclassObject(sub.module, sub.name, of: clsObj, site: site),
                               i.mroLookup(subObj, "__init__") == base { made = subObj }
                            break
                        }
                    }
                    let instance: ObjID
                    if let kept = keptInstance?.function, i.isAlive(kept) {
                        instance = kept
                    } else {
                        i.outsideConstructionDepth += 1
                        defer { i.outsideConstructionDepth -= 1 }
                        instance = try i.call(made, initArgs, initKwargs, site: cls.range.lowerBound, frame: frame)
                        i.openFilledAttributes(instance, filled, site: site)
                        if let keptInstance {
                            keptInstance.function = instance
                            i.setGlobal("<instance kept by its user>", instance)
                        }
                    }
                    var result = i.none
                    // Which class an outside caller's instance has is an undecided choice: this
                    // one, or a subclass that binds some of the names again (the instance is then
                    // of that class: its methods and values are read instead, `super()` works as
                    // for a real one). A subclass the run cannot load leaves those names unknown.
                    // (For `__init__`, chosen above, before the instance was made.)
                    if def.name == "__init__" {
                    } else if subclasses.isEmpty {
                        for name in overridden where i.lookupInstanceAttr(instance, name) == nil {
                            i.setInstanceAttr(instance, name, i.opaque(site: site))
                        }
                    } else {
                        var chosen: (module: String, name: String)? = nil
                        for sub in subclasses {
                            if i.feasibleChoice(site: site) { chosen = sub; break }
                        }
                        if chosen == nil, moreSubclasses, i.feasibleChoice(site: site) {
                            for name in overridden where i.lookupInstanceAttr(instance, name) == nil {
                                i.setInstanceAttr(instance, name, i.opaque(site: site))
                            }
                        } else if let chosen {
                            if let subObj = try? i.subclassObject(chosen.module, chosen.name, of: clsObj, site: site),
                               case .instance(_, let attrs) = i.heap[instance].payload {
                                i.heap.objects[instance].payload = .instance(cls: subObj, attrs: attrs)
                            } else {
                                for name in overridden where i.lookupInstanceAttr(instance, name) == nil {
                                    i.setInstanceAttr(instance, name, i.opaque(site: site))
                                }
                            }
                        }
                    }
                    if def.name != "__init__" {
                        let bound = try i.bindIfFunction(callable, to: instance, site: site)
                        let (args, kwargs) = i.freshArguments(for: def, skippingFirst: true)
                        result = try i.thenTestCleanups(of: instance, site: site, frame: frame) {
                            try i.call(bound, args, kwargs, site: site, frame: frame)
                        }
                        try i.useResult(result, site: site)
                        i.noteReturnedCandidate(result, site: site)
                    }
                    // A context manager is used in `with` blocks: entered, used, then exited, by
                    // a block that may complete or raise (the exit's arguments are unknown).
                    var exit: ObjID? = nil
                    if exerciseInstance {
                        for (enterName, exitName) in [("__enter__", "__exit__"), ("__aenter__", "__aexit__")] {
                            guard let enter = try i.lookupMethod(instance, enterName, site: site),
                                  let ex = try i.lookupMethod(instance, exitName, site: site) else { continue }
                            do { _ = try i.call(enter, [], [], site: site, frame: frame); exit = ex } catch Signal.raise {}
                            break
                        }
                    }
                    if made != clsObj, exerciseInstance, let chosen = i.classDefinition(of: made) {
                        // (An instance of a subclass: its methods, but for the class's hooks it
                        // binds again, which run as the class's own code calls them: `configure`,
                        // which `Store.__init__` calls as `self.configure(options)`.)
                        let hooks = Self.selfCalledNames(cls)
                        let theirs = chosen.cls.methods.filter {
                            !$0.name.hasPrefix("__") && !isStaticOrClassMethod($0) && $0.decorators.isEmpty && !hooks.contains($0.name)
                        }
                        let names = Set(chosen.cls.methods.map(\.name))
                        try i.exercise(others.filter { !names.contains($0.name) }, of: 0, removing: removing, on: instance, site: site, frame: frame)
                        try i.exercise(theirs, of: chosen.unit, removing: Set(theirs.filter { Self.removesItems($0) }.map(\.id)),
                                       on: instance, site: site, frame: frame)
                    } else {
                        try i.exercise(others, of: 0, removing: removing, on: instance, site: site, frame: frame)
                    }
                    if let exit {
                        let unknown = (0..<3).map { _ in i.opaque(site: site) }
                        do { _ = try i.call(exit, unknown, [], site: site, frame: frame) } catch Signal.raise {}
                    }
                    return result
                }
            }
            let skipFirst = def.enclosingClass != nil && def.decorators.contains { if case .name("classmethod") = $0.kind { return true } else { return false } }
            return { i in
                let (args, kwargs) = i.freshArguments(for: def, skippingFirst: skipFirst)
                let result = try i.call(callable, args, kwargs, site: def.range.lowerBound, frame: frame)
                try i.useResult(result, site: def.range.lowerBound)
                i.noteReturnedCandidate(result, site: def.range.lowerBound)
                return result
            }
        }
        // A nested def: its defaults are rebuilt each time the enclosing function runs. Its users
        // keep the closure the enclosing function hands out (a decorator's wrapper, a factory's
        // handler) and call that same closure again and again, so its defaults live as long as it
        // does: the first step makes it through the enclosing function, every later step calls it.
        // (When no closure of it comes back, every step runs the enclosing function.)
        if let outer = def.enclosingFunction {
            let top = outer.outermostFunction
            guard let make = try findEntry(interp, top) else { return nil }
            let kept = KeptClosure()
            return { i in
                let reuse = try !remakeUndecided || i.truth(i.heap.allocate("bool", .atom, origin: def.range.lowerBound), site: def.range.lowerBound)
                if reuse, let f = kept.function, i.isAlive(f) {
                    let (args, kwargs) = i.freshArguments(for: def, skippingFirst: false)
                    let result = try i.call(f, args, kwargs, site: def.range.lowerBound, frame: i.moduleFrame())
                    try i.useResult(result, site: def.range.lowerBound)
                    i.noteReturnedCandidate(result, site: def.range.lowerBound)
                    return result
                }
                i.itemsOfUsedGenerator = []
                var made: ObjID
                let closuresBefore = i.functionObjects[def.id]?.count ?? 0
                let escapesBefore = i.escapes.count
                do {
                    made = try make(i)
                } catch Signal.raise(let exc) {
                    // The enclosing function stopped before its `def` ran (a mixin's
                    // `super().setUp()`, a base class the model cannot see): the closure its users
                    // call is made as that `def` makes it, with the enclosing variables unknown.
                    guard !(i.functionObjects[def.id] ?? []).contains(where: { i.isAlive($0) }),
                          let f = try i.closureWithUnknownEnclosure(def, in: outer) else { throw Signal.raise(exc) }
                    kept.function = f
                    i.setGlobal("<closure kept by its users>", f)
                    let (args, kwargs) = i.freshArguments(for: def, skippingFirst: false)
                    let result = try i.call(f, args, kwargs, site: def.range.lowerBound, frame: i.moduleFrame())
                    try i.useResult(result, site: def.range.lowerBound)
                    i.noteReturnedCandidate(result, site: def.range.lowerBound)
                    return result
                }
                // A generator that hands the closure out with `yield` (a pytest fixture): its users
                // keep the item that holds it (and the generator).
                if case .generator = i.heap[made].payload {
                    let closures = i.functionObjects[def.id] ?? []
                    if let item = i.itemsOfUsedGenerator.first(where: { item in
                        let reach = i.heap.reachable(from: [item])
                        return closures.contains { $0 < reach.count && reach[$0] }
                    }) {
                        i.setGlobal("<generator kept by its users>", made)
                        made = item
                    }
                }
                // Through a factory of decorators (`counted(metric)` → `decorator(fn)` → `wrapper`):
                // call each closure of the enclosing chain that comes back, as its users do.
                for _ in 0..<4 {
                    let reach = i.heap.reachable(from: [made])
                    if let f = (i.functionObjects[def.id] ?? []).first(where: { $0 < reach.count && reach[$0] && i.isAlive($0) }) {
                        kept.function = f
                        // Held as its users hold it (a name Python code cannot spell).
                        i.setGlobal("<closure kept by its users>", made)
                        break
                    }
                    guard case .function(let st) = i.heap[made].payload, let inner = i.functionDef(st.def),
                          inner.id != def.id, def.range.lowerBound >= inner.range.lowerBound,
                          def.range.upperBound <= inner.range.upperBound else { break }
                    let (args, kwargs) = i.freshArguments(for: inner, skippingFirst: false)
                    made = try i.call(made, args, kwargs, site: def.range.lowerBound, frame: i.moduleFrame())
                }
                // Not handed back but handed to code the model cannot see (`self.client.get = get`
                // on a test client it does not know): that code keeps it and calls it, as users
                // of a returned closure do.
                if kept.function == nil, def.scope.parent?.kind == .function,
                   let f = (i.functionObjects[def.id] ?? []).dropFirst(closuresBefore).last {
                    let handedOn = i.escapes.dropFirst(escapesBefore).contains { e in
                        let reach = i.heap.reachable(from: e.objects)
                        return f < reach.count && reach[f]
                    }
                    if handedOn {
                        kept.function = f
                        i.setGlobal("<closure kept by its users>", f)
                    }
                }
                return made
            }
        }
        return nil
    }

    /// The closure a nested function's scenario made once and calls again.
    final class KeptClosure {
        var function: ObjID?
    }

    func isStaticOrClassMethod(_ def: FunctionDef) -> Bool {
        def.decorators.contains { d in
            if case .name(let n) = d.kind { return n == "staticmethod" || n == "classmethod" }
            return false
        }
    }
}

extension Interpreter {
    /// A call made as an outside caller would that returns the candidate itself hands it to that
    /// caller, who may grow it (`get_items().append(x)`): code heaplint cannot see.
    static let returnedToCallers = "the callers it is returned to"
    /// The end of the escape a recursive call past the call depth bound records
    /// (`` `load()` past 40 levels of recursion ``).
    static let pastRecursionBound = "levels of recursion"
    /// Keys made of `id()` values, which CPython reuses once an object is freed: two keys the
    /// model tells apart may be one. That only merges entries, so it doubts growth, never its absence.
    static let unseenKeys = "keys handed back by code heaplint cannot see, which may repeat"
    static let reusedIdKeys = "keys that may repeat (`id()` values are reused after objects are freed)"
    static let textPieceKeys = "keys cut out of parsed text, which may repeat"
    static let unknownValueKeys = "keys computed from values heaplint does not know, which may repeat"
    /// Escapes that say only that keys the model took for new ones may equal earlier ones.
    static let keysMayRepeat: Set<String> = [reusedIdKeys, unseenKeys, textPieceKeys, unknownValueKeys]

    /// A closure of the nested `def` made as its `def` statement makes it, in a frame of `outer`
    /// whose variables (and those `outer` reads from further out) are values the model does not
    /// know; nil when the `def` is not directly in `outer`'s body (a class or a deeper function
    /// between them).
    func closureWithUnknownEnclosure(_ def: FunctionDef, in outer: FunctionDef) throws -> ObjID? {
        guard def.scope.parent === outer.scope else { return nil }
        let site = def.range.lowerBound
        let frame = Frame(scope: outer.scope, function: outer, moduleObject: moduleObject, back: nil)
        for (name, symbol) in outer.scope.symbols {
            switch symbol.binding {
            case .local: frame.locals[name] = opaque(site: site)
            case .cell, .free: frame.cells[name] = heap.allocate("cell", .cell(opaque(site: site)))
            default: break
            }
        }
        liveFrames.append(frame)
        defer { liveFrames.removeLast() }
        return try makeFunction(def, frame)
    }

    func noteReturnedCandidate(_ result: ObjID, site: Int) {
        // (A coroutine whose body raised returns nothing to its awaiting caller: the exception,
        // which a caller as outside code would gets, as it would from a plain function.)
        if failedCoroutines[result] != nil { return }
        // (Returned itself, or inside what is returned: `return {"properties": properties}`, `return a, b`.)
        if watched.contains(result) || holdsWatched(result) { escape(Interpreter.returnedToCallers, [result], site: site) }
        // A mutable object the default holds, handed out again and again (`return
        // _fallbacks[name]`, `return _registry.setdefault(event, [])`): its callers may grow it,
        // and with it what the default retains. (One the default got from import-time code, or
        // handed out before; a new one each call, `return _cache[key]` of a value just made, only
        // carries what its caller adds that once.)
        else if watchedHolds(result) {
            if result < heapSizeAfterImport || handedOutHeld.contains(result) {
                escape(Interpreter.returnedToCallers, [result], site: site)
            } else {
                handedOutHeld.insert(result)
            }
        }
    }

    /// Whether `target`, a mutable container or instance, is held by a candidate (an item or
    /// attribute value, some levels down through containers and instances; bounded).
    func watchedHolds(_ target: ObjID) -> Bool {
        watchedHolds(anyOf: [target]) != nil
    }

    /// The first of `targets` (mutable containers or instances, not candidates themselves) a
    /// candidate holds, found in one bounded walk from the candidates.
    func watchedHolds(anyOf candidates: [ObjID]) -> ObjID? {
        let targets = Set(candidates.filter { t in
            switch heap[t].payload {
            case .list, .dict, .set, .deque, .instance: return !watched.contains(t)
            default: return false
            }
        })
        guard !targets.isEmpty else { return nil }
        var seen = watched
        var stack = Array(watched)
        var visited = 0
        while let id = stack.popLast(), visited < 256 {
            visited += 1
            switch heap.objects[id].payload {
            case .list, .tuple, .dict, .set, .deque, .instance: break
            default: continue
            }
            var found: ObjID?
            heap.forEachEdge(id, ordered: false) { _, t in
                if found == nil, targets.contains(t) { found = t }
                if seen.insert(t).inserted { stack.append(t) }
            }
            if let found { return found }
        }
        return nil
    }

    /// An instance of `cls` made as an outside caller would: its `__init__` (when it has one) given
    /// fresh, distinct arguments.
    func instantiate(_ clsObj: ObjID, _ cls: ClassDef, initializer: FunctionDef?, frame: Frame) throws -> ObjID {
        let (args, kwargs) = initializer.map { freshArguments(for: $0, skippingFirst: true) } ?? ([], [])
        outsideConstructionDepth += 1
        defer { outsideConstructionDepth -= 1 }
        return try call(clsObj, args, kwargs, site: cls.range.lowerBound, frame: frame)
    }

    /// Fresh, distinct arguments for every parameter without a default (the receiver excluded),
    /// made before the call so a cache keyed on the arguments sees a new key each time.
    func freshArguments(for def: FunctionDef, skippingFirst: Bool) -> ([ObjID], [(String, ObjID)]) {
        var args: [ObjID] = []
        var kwargs: [(String, ObjID)] = []
        var skip = skippingFirst
        // (With `passOptionals`, optional parameters get a value the model does not know, None
        // included; positional-only ones only while every one before them is passed too.)
        let keep = passOptionals
        func passes(_ p: Parameter) -> Bool {
            guard let keep else { return false }
            // (`_name=` parameters are the function's own business by convention: left alone.)
            return !(keep.function == ModuleKey.make(0, def.id) && keep.parameter == p.name) && !p.name.hasPrefix("_")
        }
        var positionalGap = false
        for p in def.parameters {
            switch p.kind {
            case .positionalOnly:
                if skip { skip = false; continue }
                if p.defaultValue == nil { args.append(outsideArgument(p, "argument")) }
                else if !positionalGap, passes(p) { args.append(outsideArgument(p, "object")) }
                else { positionalGap = true }
            case .positional:
                if skip { skip = false; continue }
                if p.defaultValue == nil { args.append(outsideArgument(p, "argument")) }
                else if passes(p) { kwargs.append((p.name, outsideArgument(p, "object"))) }
            case .keywordOnly:
                if p.defaultValue == nil { kwargs.append((p.name, outsideArgument(p, "argument"))) }
                else if passes(p) { kwargs.append((p.name, outsideArgument(p, "object"))) }
            case .varPositional:
                // A caller of `f(*args)` passes something: one fresh argument. Not past a positional
                // parameter with a default: extra positional arguments would fill it first, and a
                // call that leaves it to its default passes none (`def f(x, acc=[], *rest)`).
                if !def.parameters.contains(where: { ($0.kind == .positional || $0.kind == .positionalOnly) && $0.defaultValue != nil }) {
                    args.append(opaque("argument", site: nil))
                }
            case .varKeyword:
                // A caller of `f(**kwargs)` passes keywords whose names the model does not know.
                kwargs.append((Interpreter.callerKeyword, opaque("argument", site: nil)))
            }
        }
        return (args, kwargs)
    }

    /// What an outside caller passes for `p`: a value of the builtin immutable type its annotation
    /// names (`text: str`, `n: "int"`), a new one each call, as a caller that respects the signature
    /// would; else an object of any type. (Not when the module binds that name to something else.)
    func outsideArgument(_ p: Parameter, _ kind: String) -> ObjID {
        if let type = Self.annotatedImmutableType(p.annotation), global(type) == nil {
            // Fresh data: a value no earlier call passed (`isFreshValue`), as for `argument`.
            return heap.allocate(type, .atom, origin: nil)
        }
        return opaque(kind, site: nil)
    }

    /// (`bool` is left out: its two values are a bounded key space that a fresh value would hide.)
    static let annotatableImmutableTypes: Set<String> = ["str", "bytes", "int", "float"]

    static func annotatedImmutableType(_ annotation: Expr?) -> String? {
        guard let annotation else { return nil }
        let name: String
        switch annotation.kind {
        case .name(let n): name = n
        case .constant(.string(let s)): name = s.trimmingCharacters(in: .whitespaces)
        default: return nil
        }
        return annotatableImmutableTypes.contains(name) ? name : nil
    }

    /// A decorated function's callers call what the decorator returned, which the module (or the
    /// class) holds under the function's name: a Python function of the project (a wrapper that may
    /// use the default itself, `fn.__defaults__[-1]`) is called instead of the bare function.
    func decoratedBinding(_ def: FunctionDef, _ f: ObjID) -> ObjID? {
        guard !def.decorators.isEmpty, def.enclosingFunction == nil else { return nil }
        let held: ObjID?
        if let cls = def.enclosingClass {
            guard let clsObj = classObjects[cls.id] else { return nil }
            held = mroLookup(clsObj, def.name)
        } else {
            held = global(def.name)
        }
        guard let held, held != f, case .function = heap[held].payload else { return nil }
        return held
    }

    /// The decorated object the module actually holds for a function (a cache wrapper, a descriptor).
    func wrapperReaching(_ f: ObjID) -> ObjID? {
        // The wrappers of f first (usually none): the walk from the roots only when there are some.
        var wrappers: [ObjID] = []
        for id in 0..<heap.objects.count {
            switch heap.objects[id].payload {
            case .cacheWrapper(let fn, _, _, _) where fn == f: wrappers.append(id)
            case .descriptor(_, let fn) where fn == f: wrappers.append(id)
            default: continue
            }
        }
        guard !wrappers.isEmpty else { return nil }
        let reach = heap.reachable(from: rootIDs())
        return wrappers.first { reach[$0] }
    }

    func displayType(_ id: ObjID) -> String {
        let t = heap[id].typeName
        return t
    }
}
