import PythonModel
import Project

/// Settings of one simulation.
public struct SimulationOptions: Sendable {
    public var bounds = SimulationBounds()
    /// (major, minor) of the target Python: PEP 442 finalizer semantics from 3.4.
    public var targetVersion: (Int, Int) = (3, 11)
    /// Calls in the first measurement; the second is after twice as many.
    public var calls = 4
    /// Other modules the simulated module can import (nil: every import is opaque, as for one file).
    public var modules: ModuleProvider?
    /// The simulated module is a package's `__init__.py` (relative imports resolve against its name).
    public var isPackage = false
    public init() {}
}

/// Interpreter steps and heap walks left for one module's scenarios (shared by reference).
final class SimulationBudget {
    var remaining: Int
    init(_ work: Int) { remaining = work }
}

final class ImportedModules {
    var byPolicy: [BranchPolicy: Result<Interpreter, Error>] = [:]
    var callGraph: CallGraph?
    var assignedAttributes: Set<String>??
    var namesReadByFunctions: Set<String>?
    var importReach: [BranchPolicy: (statements: Set<Int>, functions: Set<Int>)] = [:]
    /// Provided modules executed by any scenario of this module so far.
    var modulesRead = Set<String>()
    /// Provided modules that importing the module executed (under any policy tried so far).
    var modulesAtImport = Set<String>()
}

/// What a scenario showed.
public struct SimulationOutcome: Sendable {
    public var verdict: Verdict
    public var evidence: Evidence
    /// Type name of the candidate object (`list`, `dict`, …), when the candidate is one object.
    public var candidateType: String?
    /// The default is never in play in any visible call: the hazard is latent.
    public var latent: Bool = false
    /// Why the verdict is `unknown`, when it is.
    public var reason: String?
    /// Statements that could store into or hand on the candidate (start offsets), and those of them
    /// the scenario never reached: a refutation needs every one reached.
    public var storeSites: [Int] = []
    public var unreachedSites: [Int] = []
    /// The exception that ended the scenario's calls, when one did (type name, where it was raised).
    public var endedBy: (type: String, origin: Int?)?
    /// Why a refutation was not earned, when a store statement was not reached.
    public var unreached: UnreachedStore?
    /// The scenario ran the function's visible callers (not the function itself), and whether
    /// they ever called it.
    /// Refuted, but the default held more after the scenario than before it: calls store into it
    /// and it stops at a bound (a size check, a reset, a bounded set of keys, one item ever).
    public var storedButBounded = false
    /// Provided modules (absolute names) whose code the scenario executed: the verdict depends on
    /// their content (the engine keys its cache on them).
    public var modulesRead: Set<String> = []
    var viaCallers = false
    var targetCalled = false
}

/// A statement that could store into the candidate and that the scenario did not reach.
public enum UnreachedStore: Sendable, Equatable {
    /// It sits in a function nothing the scenario ran calls (outside code may).
    case functionNeverRan(site: Int, function: String)
    /// It was skipped after the model raised an exception for want of knowledge.
    case skippedAfterUncertainRaise(site: Int, exception: String, raisedAt: Int)
    /// No way the model tried through conditions it could not evaluate reached it.
    case skippedOnUndecidedPath(site: Int)
}

/// Growth measured in the subgraph under the candidate objects.
struct Measurement {
    var objects: Set<ObjID>
    var slots: Int
    var slotsByContainer: [ObjID: Int]
}

/// Runs scenarios for one module. Each scenario starts from a fresh import of the module, so
/// scenarios never see each other's effects; the same input gives the same outcome every run.
public struct ModuleSimulation {
    public let module: Module
    public let options: SimulationOptions
    /// Work left for all scenarios of this module together, so a file with thousands of
    /// candidates costs a bounded time; candidates past it are `unknown`.
    let budget: SimulationBudget
    /// The module imported once per branch policy; each scenario starts from a copy.
    let imported = ImportedModules()

    /// Provided modules (absolute names) whose code the scenarios run so far executed.
    public var modulesRead: Set<String> { imported.modulesRead }

    /// Who calls whom in the module, built on first use and shared by every candidate.
    public var callGraph: CallGraph {
        if let g = imported.callGraph { return g }
        let g = CallGraph(module: module)
        imported.callGraph = g
        return g
    }

    /// Attribute names the module assigns somewhere (nil: any, through a computed `setattr`).
    var assignedAttributes: Set<String>? {
        if let a = imported.assignedAttributes { return a }
        let a = module.assignedAttributeNames()
        imported.assignedAttributes = .some(a)
        return a
    }

    public init(module: Module, options: SimulationOptions = .init()) {
        self.module = module
        self.options = options
        self.budget = SimulationBudget(options.bounds.maxWorkPerModule)
    }

    /// An interpreter that has imported the module under `policy` (run once, then copied).
    func importedInterpreter(_ policy: BranchPolicy) throws -> Interpreter {
        if let cached = imported.byPolicy[policy] {
            switch cached {
            case .success(let i): return i.clone()
            case .failure(let e): throw e
            }
        }
        let interp = makeInterpreter(policy)
        // What importing the module executed counts for every scenario, even when the import fails.
        defer {
            imported.modulesAtImport.formUnion(interp.units.dropFirst().map(\.name))
            imported.modulesRead.formUnion(imported.modulesAtImport)
        }
        do {
            try interp.loadModule()
            try interp.collect(gc: false)
            // What import-time code did not model matters only if a scenario runs into it again.
            interp.unsupported = []
            interp.undecidedBranches = 0
            // What import reached is kept apart: a store reached only at import proves nothing
            // about the calls a scenario makes afterwards (unless import is the only caller).
            imported.importReach[policy] = (interp.reachedStatements, interp.calledFunctions)
            interp.reachedStatements = []
            interp.calledFunctions = []
            imported.byPolicy[policy] = .success(interp)
            return interp.clone()
        } catch {
            imported.byPolicy[policy] = .failure(error)
            throw error
        }
    }

    func makeInterpreter(_ policy: BranchPolicy) -> Interpreter {
        let i = Interpreter(module: module, bounds: options.bounds, pep442: options.targetVersion >= (3, 4))
        i.policy = policy
        i.budget = budget
        i.assignedAttributes = assignedAttributes
        i.provider = options.modules
        i.units[0].isPackage = options.isPackage
        return i
    }

    // MARK: - Generic scenario (the corpus's `scenario()` / `probe()` convention)

    /// Calls the module-level function `entry` K then 2K times and reports whether reachable
    /// objects (or container slots) grew between the two points, as the CPython oracle measures.
    public func measureEntryGrowth(entry: String = "scenario") -> (retains: Bool?, objectsPerCall: Double, reason: String?) {
        var unknownReason: String?
        for policy in BranchPolicy.allCases {
            let interp = makeInterpreter(policy)
            do {
                try interp.loadModule()
                guard let fn = interp.global(entry) else { return (nil, 0, "no `\(entry)` function") }
                let frame = interp.moduleFrame()
                let run = try runGrowth(interp, gc: true, measure: { interp.measureAll() }) {
                    _ = try interp.call(fn, [], [], site: 0, frame: frame)
                }
                imported.modulesRead.formUnion(interp.units.dropFirst().map(\.name))
                if let why = run.unknown { unknownReason = why; continue }
                if grew(run.first, run.second) {
                    return (true, Double(run.second.objects.subtracting(run.first.objects).count) / Double(run.calls), nil)
                }
                if interp.undecidedBranches == 0 { break }
            } catch Signal.abort(let why) {
                unknownReason = why
            } catch {
                unknownReason = "\(error)"
            }
        }
        if let unknownReason { return (nil, 0, unknownReason) }
        return (false, 0, nil)
    }

    struct GrowthRun {
        var first: Measurement
        var second: Measurement
        /// Calls between the two measurements.
        var calls: Int
        /// The size bound run past, if any.
        var bound: Int?
        var unknown: String?
        /// Growth stopped: the largest size over the last window did not pass the one before.
        var settledAfter: Int?
    }

    /// Runs `step` (one scenario call, exceptions swallowed) once to warm up, then to K calls and
    /// measures, then to 2K and measures again. Growth guarded by a size bound is run past the bound.
    ///
    /// With `size` (the size of what the candidate holds, measured cheaply after every call), growth
    /// must also persist: over the next N calls the largest size seen must exceed the largest over
    /// the N calls before. A container that fills a bounded key space (`key % 10`) or is reset every
    /// so many calls stops there; growth seen only on the way up to such a bound is not a leak.
    func runGrowth(_ interp: Interpreter, gc: Bool, measure: () -> Measurement, size: (() -> Int)? = nil,
                   step: () throws -> Void) throws -> GrowthRun {
        let k = options.calls
        var calls = 0
        func runOne() throws {
            interp.callCounter += 1
            calls += 1
            do { try step() } catch Signal.raise {}
        }
        func run(_ n: Int) throws {
            for _ in 0..<n { try runOne() }
            try interp.collect(gc: gc)
        }
        try run(1)
        try run(k - 1)
        var m1 = measure()
        var point = calls
        try run(point)
        var m2 = measure()
        var bound: Int?
        if grew(m1, m2), let b = sizeBound(interp, m1, m2) {
            let needed = b + 2
            if needed * 2 > options.bounds.maxScenarioCalls {
                return GrowthRun(first: m1, second: m2, calls: point, bound: b,
                                 unknown: "growth is bounded at \(b) items, too many to run past")
            }
            try run(max(0, needed - calls))
            m1 = measure()
            point = calls
            try run(point)
            m2 = measure()
            bound = b
        }
        if grew(m1, m2), let size {
            let n = options.bounds.persistenceCalls
            var peakBefore = 0
            var peakAfter = 0
            do {
                for _ in 0..<n { try runOne(); peakBefore = max(peakBefore, size()) }
                for _ in 0..<n { try runOne(); peakAfter = max(peakAfter, size()) }
            } catch Signal.abort {
                // A bound hit while the candidate kept growing (e.g. iterating it past the loop
                // bound) is more growth, not a reason to doubt it.
                peakAfter = Int.max
            }
            if peakAfter <= peakBefore {
                try interp.collect(gc: gc)
                let settled = measure()
                return GrowthRun(first: settled, second: settled, calls: point, bound: nil, unknown: nil, settledAfter: calls)
            }
            if peakAfter != Int.max {
                // Growth persisted: the longer window gives the better rate (growth on some calls only).
                try interp.collect(gc: gc)
                let later = measure()
                if grew(m2, later) {
                    return GrowthRun(first: m2, second: later, calls: 2 * n, bound: bound, unknown: nil)
                }
            }
        }
        return GrowthRun(first: m1, second: m2, calls: point, bound: bound, unknown: nil)
    }

    /// Calls module-level `entry()` (which returns a fresh object), drops the result, and reports
    /// whether reference counting alone frees it, and whether the cyclic collector does.
    public func probe(entry: String = "probe") -> (survivesRefcount: Bool, survivesGC: Bool)? {
        let interp = makeInterpreter(.takeTrue)
        do {
            try interp.loadModule()
            guard let fn = interp.global(entry) else { return nil }
            let frame = interp.moduleFrame()
            let obj = try interp.call(fn, [], [], site: 0, frame: frame)
            try interp.collect(gc: false)
            let afterRefcount = interp.isAlive(obj)
            try interp.collect(gc: true)
            return (afterRefcount, interp.isAlive(obj))
        } catch {
            return nil
        }
    }
}

extension Interpreter {
    /// Every object reachable from the roots, with their container slots.
    func measureAll() -> Measurement {
        measurement(of: heap.reachable(from: rootIDs()))
    }

    /// Objects reachable from the roots *through* the candidate objects (the candidates included).
    func measure(under candidates: [ObjID]) -> Measurement {
        let reach = heap.reachable(from: rootIDs())
        return measurement(of: heap.reachable(from: candidates.filter { reach[$0] }))
    }

    /// Objects plus container slots reachable from the candidates: what they hold right now.
    /// (Everything a live object references is alive, so no collection is needed first.)
    func subgraphSize(_ candidates: [ObjID]) -> Int {
        var seen = Set<ObjID>()
        var stack = candidates.filter { !heap.objects[$0].freed }
        var size = 0
        while let id = stack.popLast() {
            guard seen.insert(id).inserted else { continue }
            size += 1 + heap.slotCount(id)
            for e in heap.edges(id) where !seen.contains(e.target) { stack.append(e.target) }
        }
        budget?.remaining -= seen.count
        return size
    }

    private func measurement(of included: [Bool]) -> Measurement {
        var objects = Set<ObjID>()
        var slots = 0
        var byContainer: [ObjID: Int] = [:]
        for id in 0..<heap.objects.count where included[id] {
            objects.insert(id)
            let n = heap.slotCount(id)
            slots += n
            if n > 0 { byContainer[id] = n }
        }
        return Measurement(objects: objects, slots: slots, slotsByContainer: byContainer)
    }
}
