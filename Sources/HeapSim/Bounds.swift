/// Limits on one simulation: no input can make it loop or explode. Hitting one gives `unknown`.
public struct SimulationBounds: Sendable {
    public var maxSteps: Int = 200_000
    public var maxObjects: Int = 200_000
    public var maxCallDepth: Int = 40
    /// Iterations of a loop whose length is not known.
    public var unknownLoopIterations: Int = 2
    /// Items a scenario takes from a generator it is handed.
    public var generatorItems: Int = 3
    /// Iterations of any single loop.
    public var maxLoopIterations: Int = 256
    /// Calls a scenario may make to pass an observed size bound (`if len(c) > N`).
    public var maxScenarioCalls: Int = 2_000
    /// Calls per window when checking that growth persists (see `runGrowth`).
    public var persistenceCalls: Int = 64
    /// Steps plus objects walked by collections, for all candidates of one module together.
    public var maxWorkPerModule: Int = 6_000_000
    /// Provided modules (project, standard library, environment) one interpreter may execute on
    /// import; past it an import is opaque.
    public var maxImportedModules: Int = 8
    /// Of those, standard-library and environment modules.
    public var maxLibraryModules: Int = 4
    /// Steps one provided module's body may take (library modules: the smaller bound); past it the
    /// rest of the body is not run and the names it did not bind are opaque.
    public var maxImportSteps: Int = 8_000
    /// Follow standard-library and environment modules from their source (off: they stay opaque).
    public var followLibraryModules = false
    public var maxLibraryImportSteps: Int = 2_000
    /// Follow the module of a standard-library (or installed) class that a program class names
    /// as a base (`class P(HTMLParser)`), from its source, when the library table has no model
    /// of that module: the base's methods run as CPython runs them.
    public var followLibraryBases = true
    public init() {}
}

/// Why a simulation stopped early.
struct Abort: Error {
    var reason: String
}

/// Non-local control flow inside the interpreter.
enum Signal: Error {
    /// A Python exception is propagating; the object is the exception instance.
    case raise(ObjID)
    case abort(Stop)
    /// A generator being consumed has yielded as many items as its consumer takes.
    case generatorStop

    /// Bounds on the whole run (steps, objects, the file's budget), as opposed to one caller's
    /// (call depth, a loop): after one of these no other caller can run either.
    static func isGlobalAbort(_ why: Stop) -> Bool { why.limit != nil }
}

/// A limit of the whole simulation of a file: after one, no other caller can run either.
public enum SimulationLimit: Sendable, Hashable, Codable {
    /// The work allowed for all candidates of the file is used up (before this candidate started, or during it).
    case budgetSpent(beforeStart: Bool)
    case stepBound(Int)
    case objectBound(Int)
}

/// Why the interpreter stopped a run early: a limit of the whole run, or something local to one
/// caller (a call depth, a loop bound, a missing caller), described by the interpreter.
public indirect enum Stop: Sendable, Hashable, ExpressibleByStringInterpolation {
    case limit(SimulationLimit)
    /// The interpreter's own description of a local stop (`call depth bound (40) reached in `f``).
    case local(String)
    /// No caller of the target could be run.
    case noCallerRan
    /// Every caller of the target failed; the last failure.
    case allCallersFailed(Assumption)

    public init(stringLiteral value: String) { self = .local(value) }
    public init(stringInterpolation: DefaultStringInterpolation) { self = .local(String(stringInterpolation: stringInterpolation)) }

    public var limit: SimulationLimit? {
        if case .limit(let l) = self { return l }
        return nil
    }
}

/// What executing a statement list ended with.
enum Completion {
    case normal
    case returned(ObjID)
    case breakLoop
    case continueLoop
}

/// Decides branches whose condition the simulation cannot evaluate. Each policy is deterministic,
/// so the same input gives the same verdict on every run.
public enum BranchPolicy: String, Sendable, CaseIterable {
    case takeTrue, takeFalse, alternate

    /// `choice`: how many undecided tests this call of the entry has met before this one. Under
    /// `alternate` the first flips every call, the second every two calls, the third every four
    /// (and so on, up to eight), so over a few calls every way through two or three such tests is
    /// taken: a store behind `if not line: continue` and then `if "=" in line` is reached too.
    func decide(site: Int, call: Int, choice: Int = 0) -> Bool {
        switch self {
        case .takeTrue: return true
        case .takeFalse: return false
        case .alternate:
            let k = min(max(choice, 0), 3)
            return ((call >> k) + site + k) % 2 == 0
        }
    }
}
