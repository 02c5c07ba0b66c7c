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
    /// What the simulation knows of library callables: the standard table, extended by the
    /// `registration-calls` / `unregistration-calls` / `long-lived-names` settings.
    public var library = LibraryModels.standard
    /// Render the retained subgraph of each outcome that grew as Graphviz DOT
    /// (`ScenarioEvidence.graph`); off unless the run asks for graphs (`--graph`).
    public var renderGraphs = false
    public init() {}
}

/// Interpreter steps and heap walks left for one module's scenarios (shared by reference).
final class SimulationBudget {
    var remaining: Int
    init(_ work: Int) { remaining = work }
}

/// Facts of provided modules (by name: a provider returns the same module for a name all run),
/// computed once per module simulation instead of at every import.
final class ProvidedModuleFacts {
    private var assignedAttributes: [String: Set<String>?] = [:]

    /// `Module.assignedAttributeNames()` of the provided module.
    func assignedAttributeNames(of provided: ProvidedModule) -> Set<String>? {
        if let known = assignedAttributes[provided.name] { return known }
        let names = provided.module.assignedAttributeNames()
        assignedAttributes[provided.name] = .some(names)
        return names
    }
}

final class ImportedModules {
    let providedFacts = ProvidedModuleFacts()
    var byPolicy: [BranchPolicy: Result<Interpreter, Error>] = [:]
    var callGraph: CallGraph?
    var storeSiteFacts: StoreSites.ModuleFacts?
    /// Subclasses ("module:Class") whose overrides can store into what the current candidate's
    /// method hands them: tried first when an outside caller's instance picks its class.
    var storingSubclasses = Set<String>()
    /// Whether the module names `__defaults__` / `__kwdefaults__` anywhere (found once).
    var namesDefaultsAttributes: Bool?
    var defaultsViewStatements: [Int]?
    /// The module's `except` handlers: (handler range, start of its `try` statement).
    var handlers: [(handler: ByteRange, tryStatement: Int)]?
    var assignedAttributes: Set<String>??
    var namesReadByFunctions: Set<String>?
    var importReach: [BranchPolicy: (statements: Set<Int>, functions: Set<Int>)] = [:]
    /// Policies under which importing took a way through a condition it could not decide (or
    /// raised for want of knowledge): another policy may import what this one did not.
    var importUndecided = Set<BranchPolicy>()
    /// Policies under which import-time code chose whether an optional module is there: the other
    /// policies run too, even when the scenario's own runs decided every test.
    var importChoseOptionalModules = Set<BranchPolicy>()
    /// Project modules a scenario of this module handed a candidate to, that the cap on imported
    /// modules had left unfollowed: imported past the cap by every scenario from then on.
    var essential = Set<String>()
    /// The step bound of the runs, times this (see `drive`: once more with more steps).
    var stepScale = 1
    /// Whether the last driven scenario's candidate had grown when a run stopped at the step bound.
    var grewBeforeStepBound = false
    /// Whether a scenario of this file already ran again with more steps (once per file: such a
    /// run costs up to five ordinary ones).
    var reranWithMoreSteps = false
    /// Modules the cap left out whose functions the last driven scenario called (see `drive`).
    var calledCapped = Set<String>()
    /// Steps before the first measurement for the scenario being driven, when not the options'
    /// (a longer run before a skipped store is called dead).
    var callsOverride: Int?
    /// The project's functions that reload modules (`reloaders`), found once per module simulation.
    var reloaders: [ModuleSimulation.ForeignCaller]?
    /// Call graphs of other modules of the project, by module name (their method calls are scanned
    /// for every method candidate of this module).
    /// (With the module they were built from: a module the store let go and lowered again is a
    /// new object, whose functions the old graph does not hold.)
    var foreignCallGraphs: [String: (module: Module, graph: CallGraph)] = [:]
    /// Names in `foreignCallGraphs`, least recently used first.
    var foreignGraphOrder: [String] = []
    static let keptForeignGraphs = 4
    /// `upstream(of:…)` answers, by what was asked.
    var upstream: [ModuleSimulation.UpstreamKey: (callers: [ModuleSimulation.RunIdentity], importTime: [String])] = [:]
    /// Callers (and entries) `upstream` keeps, all answers together (bounded: they are memory).
    var upstreamKept = 0
    /// `foreignUse(of:parameter:)` by function id and parameter name.
    var foreignUses: [String: ModuleSimulation.ForeignUse] = [:]
    /// `StoreSites.attributeSites` of other project modules, by module name and attribute names.
    var attributeSites: [String: [Int]] = [:]
    /// Provided modules executed by any scenario of this module so far.
    var modulesRead = Set<String>()
    /// Provided modules that importing the module executed (under any policy tried so far).
    var modulesAtImport = Set<String>()
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

    /// The call graph of a provided module (this one's is `callGraph`), built on first use and
    /// kept for the rest of the module's simulation: walking callers up through a big module
    /// (tkinter, from each of tix's seventy candidates) rebuilt it for every step otherwise.
    func callGraph(of provided: ProvidedModule) -> CallGraph {
        if provided.module === module { return callGraph }
        if let known = imported.foreignCallGraphs[provided.name], known.module === provided.module {
            if let i = imported.foreignGraphOrder.lastIndex(of: provided.name), i != imported.foreignGraphOrder.count - 1 {
                imported.foreignGraphOrder.remove(at: i)
                imported.foreignGraphOrder.append(provided.name)
            }
            return known.graph
        }
        let g = CallGraph(module: provided.module)
        imported.foreignCallGraphs[provided.name] = (provided.module, g)
        imported.foreignGraphOrder.removeAll { $0 == provided.name }
        imported.foreignGraphOrder.append(provided.name)
        // (The most recently used few: each holds its module, which the store could otherwise let
        // go; a walk over a hub module's importers (doctest's hundred test modules) kept every
        // one of them, 20 MB more for that file alone.)
        while imported.foreignGraphOrder.count > ImportedModules.keptForeignGraphs {
            imported.foreignCallGraphs.removeValue(forKey: imported.foreignGraphOrder.removeFirst())
        }
        return g
    }

    /// What store-site scans read of the whole module, built on first use and shared.
    var storeSiteFacts: StoreSites.ModuleFacts {
        if let f = imported.storeSiteFacts { return f }
        let f = StoreSites.ModuleFacts(module)
        imported.storeSiteFacts = f
        return f
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

    // MARK: - Generic scenario (the corpus's `scenario()` / `probe()` convention)

    /// Calls the module-level function `entry` K then 2K times and reports whether reachable
    /// objects (or container slots) grew between the two points, as the CPython oracle measures.
    public func measureEntryGrowth(entry: String = "scenario") -> (retains: Bool?, objectsPerCall: Double, reason: String?) {
        let outcome = repeatedCall(function: entry, collector: .withCollector)
        if let growth = outcome.evidence.growth { return (true, Double(growth.objects), nil) }
        switch outcome.reason {
        case .assumption?, .noScenarioRan?:
            // The run stopped (a bound, a missing entry): no answer.
            return (nil, 0, outcome.reason.map { "\($0)" })
        default:
            // Flat: escapes and unmodelled constructs do not matter to this measure.
            return (false, 0, nil)
        }
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
