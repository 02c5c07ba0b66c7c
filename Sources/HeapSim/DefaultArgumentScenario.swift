import Dispatch
import Foundation
import PythonModel

extension ModuleSimulation {
    /// HL101's scenario: call the function K and then 2K times with fresh, distinct arguments while
    /// the default of `parameter` stays in play, dropping results; measure what the default retains.
    public func defaultArgument(function def: FunctionDef, parameter: Int) -> SimulationOutcome {
        let start = DispatchTime.now().uptimeNanoseconds
        var outcome = runDefaultArgument(function: def, parameter: parameter)
        if outcome.verdict != .confirmed, outcome.viaCallers, !outcome.targetCalled, def.enclosingFunction == nil {
            // Its visible callers never got as far as calling it (they stopped on something the model
            // cannot run): a module's function can be called from outside too, so run it that way.
            var direct = runDefaultArgument(function: def, parameter: parameter, direct: true)
            if direct.verdict != .unknown || outcome.unreached != nil {
                direct.evidence.scenario += " (its visible callers never reached it)"
                outcome = direct
            }
        }
        if ModuleSimulation.timing {
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
            let row = module.row(of: def.parameters[parameter].range.lowerBound)
            FileHandle.standardError.write(Data("heapsim-timing: \(module.name):\(row) \(outcome.verdict.rawValue) \(String(format: "%.3f", ms)) ms\n".utf8))
        }
        return outcome
    }

    /// `HEAPLINT_TIMINGS=1` prints the simulation time of each HL101 candidate to stderr.
    static let timing = ProcessInfo.processInfo.environment["HEAPLINT_TIMINGS"] != nil

    func runDefaultArgument(function def: FunctionDef, parameter: Int, direct: Bool = false) -> SimulationOutcome {
        let p = def.parameters[parameter]
        guard budget.remaining > 0 else {
            let why = "the simulation budget for this file is spent (it has many candidates)"
            return SimulationOutcome(verdict: .unknown, evidence: Evidence(scenario: "not simulated", assumptions: [why]), reason: why)
        }
        let callText = def.isLambda ? "the lambda" : "\(def.name)()"
        let k = options.calls
        var scenario = "called \(callText) \(k) then \(2 * k) times with fresh arguments, `\(p.name)` left to its default"
        var best: SimulationOutcome?
        var unknownReason: String?
        var candidateType: String?
        let graph = callGraph
        // Scenarios follow the visible callers: a function they call is run through them.
        // When every visible call passes the argument, the default is only in play for callers
        // elsewhere: run the function as an outside caller would (the rule calls that latent).
        var roots = direct || graph.allCalls(pass: p, of: def) ? nil : graph.entryPoints(for: def)
        if roots == nil, def.enclosingFunction != nil, !direct {
            // A nested function's defaults are made each time the enclosing function runs: follow
            // the callers of the outermost enclosing function, as the module uses it.
            var top = def
            while let o = top.enclosingFunction { top = o }
            // (Only when functions re-run it; made once at import, the closure is used as is.)
            if let outer = graph.entryPoints(for: top), !outer.isEmpty { roots = outer }
        }
        if !direct, let r = roots, r.isEmpty {
            // Only import-time code calls it: what it made then is used by the module's own
            // entry points afterwards (a descriptor, a registry), so run those.
            let entries = graph.moduleEntries.filter { $0.id != def.id }
            if !entries.isEmpty { roots = entries }
        }
        // Called only from other modules of the project: run those callers.
        let foreign = roots == nil && !direct ? foreignCallers(of: def, parameter: p) : []
        if !foreign.isEmpty {
            let allNames = foreign.map { "\($0.module.name).\($0.function.name)()" }
            let names = allNames.count > 3 ? Array(allNames.prefix(3)) + ["and \(allNames.count - 3) more"] : allNames
            scenario = "ran \(names.joined(separator: ", ")) \(k) then \(2 * k) times with fresh arguments (the callers of \(callText) in other modules)"
        }
        if let roots {
            let allNames = roots.map { ($0.isLambda ? "<lambda>" : $0.name) + "()" }
            // Name at most three callers, and how many more.
            let names = allNames.count > 3 ? Array(allNames.prefix(3)) + ["and \(allNames.count - 3) more"] : allNames
            let importOnly = graph.sites(of: def).allSatisfy { $0.caller == nil }
            scenario = roots.isEmpty
                ? "only module-level code calls \(callText), once at import; no call repeats"
                : "ran \(names.joined(separator: ", ")) \(k) then \(2 * k) times with fresh arguments ("
                    + (importOnly ? "\(callText) runs at import; these are the module's entry points)" : "the visible callers of \(callText))")
        }

        // The statements through which the default can be stored into or handed on: refuting
        // needs every one of them reached (on some policy).
        let sites = StoreSites(module: module, function: def, parameter: p.name).offsets
        var reached = Set<Int>()
        var called = Set<Int>()
        var endedBy: (type: String, origin: Int?)?
        var suspended = false
        var uncertain: (type: String, origin: Int)?
        // The model raised for want of knowledge somewhere (in this module or another one).
        var uncertainAnywhere = false
        // Some condition could not be evaluated: a store it skipped on every policy tried is not dead.
        var undecided = false
        // Callers the model could not run (missing, or a bound hit inside them): the verdict then
        // rests on the others, and can no longer be `refuted`.
        var failedCallers: [String] = []
        let viaCallers = roots != nil || !foreign.isEmpty
        var foreignReach = ForeignReach()
        var heldElsewhere: [String] = []
        var modulesRead = Set<String>()
        // Only module-level code calls it: what import ran is all that ever runs.
        let importCounts = !direct && !graph.sites(of: def).isEmpty && graph.sites(of: def).allSatisfy { $0.caller == nil }
        func finish(_ outcome: SimulationOutcome) -> SimulationOutcome {
            var o = outcome
            o.viaCallers = viaCallers
            o.targetCalled = called.contains(def.id)
            // (With what the module's import executed under any policy: it ran before the scenario.)
            o.modulesRead = modulesRead.union(imported.modulesAtImport)
            imported.modulesRead.formUnion(o.modulesRead)
            return o
        }

        // Each branch policy is one deterministic way through the conditions the model cannot decide.
        var grown: SimulationOutcome?
        var grewUnder: [BranchPolicy] = []
        var flatUnder: [BranchPolicy] = []
        for policy in BranchPolicy.allCases {
            do {
                let interp = try importedInterpreter(policy)
                var entries: [(Interpreter) throws -> ObjID] = []
                var missing: String?
                let foreignRun = foreign.isEmpty ? [] : try foreignEntries(interp, foreign)
                entries = foreignRun
                for target in foreignRun.isEmpty ? roots ?? [def] : [] {
                    guard let entry = try findEntry(interp, target, exerciseInstance: roots == nil && def.name == "__init__") else {
                        missing = "`\(target.qualifiedName)` is never created when the module is imported"
                        continue
                    }
                    entries.append(entry)
                }
                if let missing {
                    if !failedCallers.contains(missing) { failedCallers.append(missing) }
                    if entries.isEmpty { unknownReason = missing; break }
                }
                // Closures the function handed out (a decorator's wrapper, a callback it built) that
                // still exist after import are called by their users: call them too.
                entries += closureEntries(interp, def, p)
                func candidates() -> [ObjID] {
                    (interp.functionObjects[def.id] ?? []).compactMap { f in
                        guard interp.isAlive(f), case .function(let st) = interp.heap[f].payload else { return nil }
                        return defaultObject(st, def, parameter)
                    }
                }
                if let c = candidates().first { candidateType = interp.typeName(c) }
                interp.watched = Set(candidates())
                modulesRead.formUnion(interp.units.dropFirst().map(\.name))
                let sizeBefore = interp.subgraphSize(candidates())
                var dropped = Set<Int>()
                let run = try runGrowth(interp, gc: false, measure: { interp.measure(under: candidates()) },
                                        size: { interp.subgraphSize(candidates()) }) {
                    for (i, entry) in entries.enumerated() where !dropped.contains(i) {
                        do {
                            _ = try entry(interp)
                        } catch Signal.raise(let exc) {
                            interp.lastEscapedException = (interp.typeName(exc), interp.raiseOrigin(exc))
                        } catch Signal.abort(let why) where entries.count > 1 && !Signal.isGlobalAbort(why) {
                            // One caller the model cannot run in full: go on with the others.
                            dropped.insert(i)
                            let text = "a caller could not be run in full (\(why))"
                            if !failedCallers.contains(text) { failedCallers.append(text) }
                        }
                    }
                    if dropped.count == entries.count { throw Signal.abort(failedCallers.last ?? "no caller could be run") }
                }
                reached.formUnion(interp.reachedStatements)
                called.formUnion(interp.calledFunctions)
                foreignReach.add(interp)
                for m in foreignHolders(interp, candidates()) where !heldElsewhere.contains(m) { heldElsewhere.append(m) }
                modulesRead.formUnion(interp.units.dropFirst().map(\.name))
                if importCounts, let atImport = imported.importReach[policy] {
                    reached.formUnion(atImport.statements)
                    called.formUnion(atImport.functions)
                }
                if let e = interp.lastEscapedException { endedBy = e }
                if uncertain == nil, let u = interp.uncertainRaises.first(where: { $0.unit == 0 }) { uncertain = (u.type, u.origin) }
                if !interp.uncertainRaises.isEmpty { uncertainAnywhere = true }
                if interp.undecidedBranches > 0 { undecided = true }
                if def.isGenerator, resumableGenerator(interp, of: def) { suspended = true }
                if let why = run.unknown { unknownReason = why; continue }
                let (m1, m2, firstPoint) = (run.first, run.second, run.calls)
                var text = scenario
                if firstPoint != k, run.bound == nil, run.settledAfter == nil {
                    text += ", then \(firstPoint) more to measure the rate"
                }
                if let settled = run.settledAfter {
                    text += "; growth stopped within \(settled) calls (a bounded set of keys, or a periodic reset)"
                }
                if let bound = run.bound {
                    text = scenario.replacingOccurrences(of: " \(k) then \(2 * k) times", with: " \(firstPoint) then \(2 * firstPoint) times")
                        + " (run past its size bound of \(bound))"
                }

                let escaped = relevantEscapes(interp, candidates())
                interp.trace("\(def.qualifiedName) under \(policy): \(m1.objects.count)/\(m1.slots) → \(m2.objects.count)/\(m2.slots) objects/slots, candidates \(candidates().count)")
                if grew(m1, m2) {
                    grewUnder.append(policy)
                    if grown == nil {
                        let growth = growthDescription(interp, m1, m2, calls: firstPoint)
                        let path = interp.retentionPath(to: pickRetained(interp, m1, m2, candidates()))
                        let evidence = Evidence(scenario: text, growth: growth, retentionPath: path, assumptions: escaped,
                                                graph: interp.dot(of: m2.objects, highlight: Set(m2.objects.subtracting(m1.objects))))
                        grown = SimulationOutcome(verdict: .confirmed, evidence: evidence, candidateType: candidateType)
                    }
                } else {
                    flatUnder.append(policy)
                    let grewOnce = interp.subgraphSize(candidates()) > sizeBefore
                    var assumptions = escaped
                    if !interp.unsupported.isEmpty {
                        assumptions += interp.unsupported.map { "not modelled: \($0)" }
                    }
                    let outcome = SimulationOutcome(verdict: assumptions.isEmpty ? .refuted : .unknown,
                                                    evidence: Evidence(scenario: text, growth: nil, retentionPath: [], assumptions: assumptions),
                                                    candidateType: candidateType,
                                                    reason: assumptions.isEmpty ? nil : unknownReasonText(escaped, interp.unsupported))
                    if best == nil || (best?.verdict == .refuted && outcome.verdict == .unknown) { best = outcome }
                    if grewOnce { best?.storedButBounded = true }
                }
                if interp.undecidedBranches == 0 { break }
            } catch Signal.abort(let why) {
                if Interpreter.tracing { FileHandle.standardError.write(Data("heapsim: \(def.qualifiedName) under \(policy): \(why)\n".utf8)) }
                unknownReason = why
            } catch {
                unknownReason = "\(error)"
            }
        }
        if var grown {
            if !grown.evidence.assumptions.isEmpty {
                // Code heaplint cannot see had the default too: it might also empty it.
                grown.verdict = .unknown
                grown.reason = unknownReasonText(grown.evidence.assumptions, [])
                return finish(grown)
            }
            if flatUnder.isEmpty { return finish(grown) }
            // Growth only on some ways through conditions the model cannot evaluate: it may or may not happen.
            grown.verdict = .unknown
            grown.reason = "it grows only when a condition heaplint cannot evaluate goes one way"
            grown.evidence.assumptions.append("grows only on some paths through conditions heaplint cannot evaluate")
            return finish(grown)
        }
        if let unknownReason, best?.verdict != .unknown {
            var o = SimulationOutcome(verdict: .unknown, evidence: Evidence(scenario: scenario, assumptions: [unknownReason]),
                                      candidateType: candidateType, reason: unknownReason)
            o.storeSites = sites
            o.unreachedSites = sites.filter { !reached.contains($0) }
            return finish(o)
        }
        guard var outcome = best else {
            return finish(SimulationOutcome(verdict: .unknown, evidence: Evidence(scenario: scenario), candidateType: candidateType,
                                     reason: "no scenario could run"))
        }
        outcome.storeSites = sites
        outcome.unreachedSites = sites.filter { !reached.contains($0) }
        outcome.endedBy = endedBy
        if outcome.verdict == .refuted {
            // Refutation must be earned: every statement that could store into the default ran,
            // every caller ran in full, and no generator of it was left suspended.
            // A store skipped inside a function that ran, on control flow decided from known values,
            // is dead for these callers. One in a function that never ran (a method only outside
            // code calls), or skipped after the model raised for want of knowledge, is not.
            let neverRan = outcome.unreachedSites.filter { site in
                guard let f = innermostFunction(containing: site), let first = f.body.first else { return true }
                return !called.contains(f.id) && !reached.contains(first.range.lowerBound)
            }
            if !neverRan.isEmpty || (!outcome.unreachedSites.isEmpty && (uncertainAnywhere || undecided)) {
                outcome.verdict = .unknown
                if let site = neverRan.first, let f = innermostFunction(containing: site) {
                    outcome.unreached = .functionNeverRan(site: site, function: f.isLambda ? "<lambda>" : f.qualifiedName)
                } else if let site = outcome.unreachedSites.first, let u = uncertain {
                    outcome.unreached = .skippedAfterUncertainRaise(site: site, exception: u.type, raisedAt: u.origin)
                } else if let site = outcome.unreachedSites.first {
                    outcome.unreached = .skippedOnUndecidedPath(site: site)
                }
                outcome.reason = "a statement that can store into it was never reached"
                outcome.evidence.assumptions.append("not reached: \(outcome.unreachedSites.count) of \(sites.count) statements that can store into or hand on the default")
            } else if let site = unreachedForeignSites(foreignReach, reachedHere: reached, calledHere: called,
                                                                 undecided: undecided || uncertainAnywhere).first {
                // The default was handed to a function of another module: its stores count too.
                outcome.verdict = .unknown
                outcome.reason = "a statement of module \(site.module) that can store into it was never reached"
                outcome.evidence.assumptions.append("not reached: a statement of \(site.module) (byte \(site.offset)) that can store into the default handed to it")
            } else if let holder = heldElsewhere.first {
                // Kept by another module's state: code of that module the scenario did not run may grow it.
                outcome.verdict = .unknown
                outcome.reason = "module \(holder) keeps it, and its code may store into it"
                outcome.evidence.assumptions.append("the default is kept by module \(holder), whose other code may store into it")
            } else if !failedCallers.isEmpty {
                outcome.verdict = .unknown
                outcome.reason = failedCallers[0]
                outcome.evidence.assumptions += failedCallers
            } else if suspended {
                outcome.verdict = .unknown
                outcome.reason = "a generator of it is left suspended and may be resumed by code heaplint cannot see"
                outcome.evidence.assumptions.append(outcome.reason!)
            } else if !sites.isEmpty {
                outcome.evidence.scenario += "; reached all \(sites.count) statement\(sites.count == 1 ? "" : "s") that can store into or hand on the default"
            }
        }
        return finish(outcome)
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

    /// The innermost function whose body holds the statement starting at `offset`.
    func innermostFunction(containing offset: Int) -> FunctionDef? {
        var best: FunctionDef?
        for f in module.functions where f.range.contains(offset) {
            if best == nil || f.range.count < best!.range.count { best = f }
        }
        return best
    }

    /// Calls of the live closures nested in `def` that capture `parameter`.
    func closureEntries(_ interp: Interpreter, _ def: FunctionDef, _ parameter: Parameter) -> [(Interpreter) throws -> ObjID] {
        var out: [(Interpreter) throws -> ObjID] = []
        for inner in module.functions where inner.id != def.id && inner.scope.freeVariables.contains(parameter.name) {
            var outer = inner.enclosingFunction
            while let o = outer, o.id != def.id { outer = o.enclosingFunction }
            guard outer != nil else { continue }
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

    func grew(_ a: Measurement, _ b: Measurement) -> Bool {
        b.slots > a.slots || !b.objects.subtracting(a.objects).isEmpty && b.objects.count > a.objects.count
    }

    /// The bound past which the growth seen stops: every existing container that gained slots must
    /// have one (a size check seen, a deque's maxlen, a cache's maxsize); nil when one has none.
    func sizeBound(_ interp: Interpreter, _ a: Measurement, _ b: Measurement) -> Int? {
        var needed = 0
        var any = false
        for (id, n) in b.slotsByContainer where a.objects.contains(id) && n > (a.slotsByContainer[id] ?? 0) {
            var bound = interp.sizeBounds[id]
            switch interp.heap[id].payload {
            case .deque(_, let maxlen?): bound = min(bound ?? maxlen, maxlen)
            case .cacheWrapper(_, let maxsize?, _, _): bound = min(bound ?? maxsize, maxsize)
            default: break
            }
            guard let bound else { return nil }
            needed = max(needed, bound)
            any = true
        }
        return any ? needed : nil
    }

    func growthDescription(_ interp: Interpreter, _ a: Measurement, _ b: Measurement, calls: Int) -> Growth {
        let new = b.objects.subtracting(a.objects)
        var kinds: [String: Int] = [:]
        for id in new { kinds[interp.displayType(id), default: 0] += 1 }
        var containers = Set<String>()
        for (id, n) in b.slotsByContainer where n > (a.slotsByContainer[id] ?? 0) { containers.insert(interp.displayType(id)) }
        let perCall = max(1, Int((Double(max(new.count, b.slots - a.slots)) / Double(max(calls, 1))).rounded()))
        // Items: slots gained by containers that already existed at the first measurement (the default
        // and what it held), not the contents of the new objects themselves.
        var gained = 0
        for (id, n) in b.slotsByContainer where a.objects.contains(id) { gained += max(0, n - (a.slotsByContainer[id] ?? 0)) }
        let rate = Double(gained) / Double(max(calls, 1))
        let items = Int(rate.rounded(.up))
        return Growth(objects: perCall, containers: containers.sorted(),
                      kinds: kinds.mapValues { max(1, Int((Double($0) / Double(max(calls, 1))).rounded())) }, items: items,
                      itemRate: rate)
    }

    func pickRetained(_ interp: Interpreter, _ a: Measurement, _ b: Measurement, _ candidates: [ObjID]) -> ObjID {
        let new = b.objects.subtracting(a.objects)
        if let first = new.min() { return first }
        // Only slots grew (shared objects appended again): point at the container that grew.
        if let grown = b.slotsByContainer.filter({ $0.value > (a.slotsByContainer[$0.key] ?? 0) }).keys.min() { return grown }
        return candidates.first ?? 0
    }

    func unknownReasonText(_ escaped: [String], _ unsupported: [String]) -> String {
        if let first = escaped.first, let r = first.range(of: "kept by ") {
            let what = first[r.upperBound...].replacingOccurrences(of: ", which heaplint cannot see", with: "")
            return "it flows into \(what), which heaplint cannot see"
        }
        if let first = unsupported.first { return "the code uses \(first), which heaplint does not model" }
        return "the default flowed into code heaplint cannot see"
    }

    /// Escapes into unknown code of an object that reaches the candidate (the default itself, or
    /// something holding it). Handing out an item the default holds does not hand out the default.
    func relevantEscapes(_ interp: Interpreter, _ candidates: [ObjID]) -> [String] {
        guard !interp.escapes.isEmpty, !candidates.isEmpty else { return [] }
        var out: [String] = []
        for e in interp.escapes {
            let from = interp.heap.reachable(from: e.objects, skipModules: true, throughFreed: true)
            guard candidates.contains(where: { $0 < from.count && from[$0] }) else { continue }
            let text = "the default may be kept by \(e.what), which heaplint cannot see"
            if !out.contains(text) { out.append(text) }
        }
        return out
    }

    /// A closure that makes one scenario call, as an outside caller would. For a method, each call
    /// makes a fresh instance; with `exerciseInstance`, the instance's other methods run after the
    /// call, as its users would (an `__init__` default stored on `self` is shared through them).
    func findEntry(_ interp: Interpreter, _ def: FunctionDef, exerciseInstance: Bool = false) throws -> ((Interpreter) throws -> ObjID)? {
        let frame = interp.moduleFrame()
        // The function object itself, when importing the module makes it.
        if let f = (interp.functionObjects[def.id] ?? []).first(where: { interp.isAlive($0) }) {
            let callable = interp.wrapperReaching(f) ?? f
            if let cls = def.enclosingClass, let clsObj = interp.classObjects[cls.id], !isStaticOrClassMethod(def) {
                let others = exerciseInstance
                    ? cls.methods.filter { $0.id != def.id && !$0.name.hasPrefix("__") && !isStaticOrClassMethod($0) && $0.decorators.isEmpty }
                    : []
                return { i in
                    let site = def.range.lowerBound
                    let instance = try i.call(clsObj, [], [], site: cls.range.lowerBound, frame: frame)
                    var result = i.none
                    if def.name != "__init__" {
                        let bound = try i.bindIfFunction(callable, to: instance, site: site)
                        let (args, kwargs) = i.freshArguments(for: def, skippingFirst: true)
                        result = try i.call(bound, args, kwargs, site: site, frame: frame)
                        try i.useResult(result, site: site)
                    }
                    for m in others {
                        guard let mf = (i.functionObjects[m.id] ?? []).first(where: { i.isAlive($0) }) else { continue }
                        let (args, kwargs) = i.freshArguments(for: m, skippingFirst: true)
                        do {
                            _ = try i.call(try i.bindIfFunction(mf, to: instance, site: site), args, kwargs, site: site, frame: frame)
                        } catch Signal.raise {}
                    }
                    return result
                }
            }
            let skipFirst = def.enclosingClass != nil && def.decorators.contains { if case .name("classmethod") = $0.kind { return true } else { return false } }
            return { i in
                let (args, kwargs) = i.freshArguments(for: def, skippingFirst: skipFirst)
                let result = try i.call(callable, args, kwargs, site: def.range.lowerBound, frame: frame)
                try i.useResult(result, site: def.range.lowerBound)
                return result
            }
        }
        // A nested def: its defaults are rebuilt each time the enclosing function runs.
        if let outer = def.enclosingFunction {
            var top = outer
            while let o = top.enclosingFunction { top = o }
            return try findEntry(interp, top)
        }
        return nil
    }

    func isStaticOrClassMethod(_ def: FunctionDef) -> Bool {
        def.decorators.contains { d in
            if case .name(let n) = d.kind { return n == "staticmethod" || n == "classmethod" }
            return false
        }
    }
}

extension Interpreter {
    /// Fresh, distinct arguments for every parameter without a default (the receiver excluded),
    /// made before the call so a cache keyed on the arguments sees a new key each time.
    func freshArguments(for def: FunctionDef, skippingFirst: Bool) -> ([ObjID], [(String, ObjID)]) {
        var args: [ObjID] = []
        var kwargs: [(String, ObjID)] = []
        var skip = skippingFirst
        for p in def.parameters {
            switch p.kind {
            case .positionalOnly, .positional:
                if skip { skip = false; continue }
                if p.defaultValue == nil { args.append(opaque("argument", site: nil)) }
            case .keywordOnly:
                if p.defaultValue == nil { kwargs.append((p.name, opaque("argument", site: nil))) }
            case .varPositional:
                // A caller of `f(*args)` passes something: one fresh argument.
                args.append(opaque("argument", site: nil))
            case .varKeyword:
                break
            }
        }
        return (args, kwargs)
    }

    /// The decorated object the module actually holds for a function (a cache wrapper, a descriptor).
    func wrapperReaching(_ f: ObjID) -> ObjID? {
        let reach = heap.reachable(from: rootIDs())
        for id in 0..<heap.objects.count where reach[id] {
            switch heap.objects[id].payload {
            case .cacheWrapper(let fn, _, _, _) where fn == f: return id
            case .descriptor(_, let fn) where fn == f: return id
            default: continue
            }
        }
        return nil
    }

    func displayType(_ id: ObjID) -> String {
        let t = heap[id].typeName
        return t
    }
}
