/// What the heap simulation concluded about one candidate.
public enum Verdict: String, Sendable, Codable, CaseIterable, Comparable {
    /// Retained objects grew with repetition, or an object refcounting cannot free.
    case confirmed
    /// No retention, and nothing escaped into code the simulation could not see.
    case refuted
    /// Anything else: an assumption, a bound, a construct not modelled, `--no-confirm`.
    case unknown

    private var rank: Int { self == .confirmed ? 0 : self == .unknown ? 1 : 2 }
    public static func < (a: Verdict, b: Verdict) -> Bool { a.rank < b.rank }
}

/// Objects retained per scenario step, and which containers hold them.
public struct Growth: Sendable, Equatable, Codable {
    /// New objects that stay reachable per call (or per instance, per the rule's scenario).
    public var objects: Int
    /// Kinds of the containers that grow (`list`, `dict`, …), sorted.
    public var containers: [String]
    /// Retained objects per call by kind (`str`: 1, …).
    public var kinds: [String: Int]
    /// Slots (list items, dict entries, set members, …) the containers gain per call.
    public var items: Int
    /// The same, unrounded: growth on some calls only is a fraction (0.33 = one item every 3 calls).
    public var itemRate: Double

    /// What one step of the scenario is: a call, an instance created and dropped, a registration, …
    public var per: GrowthUnit
    /// How what grows is retained: still reachable, or only waiting for the cyclic collector, or never freed.
    public var retention: RetentionKind
    /// An estimate of the bytes retained per step, from CPython's object sizes (64-bit).
    public var bytes: Int
    /// Characters a string the candidate holds gains per step (a buffer extended every call),
    /// when that is how it grows; nil otherwise.
    public var characters: Int?

    public init(objects: Int, containers: [String], kinds: [String: Int] = [:], items: Int = 0, itemRate: Double? = nil,
                per: GrowthUnit = .call, retention: RetentionKind = .grows, bytes: Int = 0) {
        self.objects = objects
        self.containers = containers
        self.kinds = kinds
        self.items = items
        self.itemRate = itemRate ?? Double(items)
        self.per = per
        self.retention = retention
        self.bytes = bytes
    }

    /// The growth per step in one quantity.
    public func amount(_ quantity: GrowthQuantity) -> Double {
        switch quantity {
        case .objects: return Double(objects)
        case .slots: return itemRate
        case .bytes: return Double(bytes)
        }
    }
}

/// What a growth is counted in.
public enum GrowthQuantity: String, Sendable, Codable, CaseIterable {
    case objects, slots, bytes
}

/// The step a growth is measured per: one per scenario kind.
public enum GrowthUnit: String, Sendable, Codable, CaseIterable {
    case call, instance, registration, raise, scope
}

/// How retained objects are kept (DESIGN.md's evidence kinds).
public enum RetentionKind: String, Sendable, Codable, CaseIterable {
    /// Reachable from a root: they grow for the life of the process.
    case grows
    /// Unreachable, but reference counting cannot free them (a cycle): freed when the cyclic collector runs.
    case freedOnlyByCollector
    /// Never freed: uncollectable (`gc.garbage` before PEP 442) or resurrected by a finalizer.
    case neverFreed
}

/// A place in the source: a module and a UTF-8 byte offset in it (findings may cross files).
public struct SourceRef: Sendable, Hashable, Codable {
    public var module: String
    public var offset: Int
    /// In another module than the simulated one (its offset is into that module's source).
    public var foreign: Bool
    public init(module: String, offset: Int, foreign: Bool = false) {
        self.module = module
        self.offset = offset
        self.foreign = foreign
    }
}

/// One edge of a retention path as reported: its words (rendered by the rule from a `RetentionStep`)
/// and where the object was made.
public struct PathStep: Sendable, Equatable, Codable {
    /// objgraph-style label: `module app.cache`, `function remember`, `__defaults__[1] (list)`, `item (str)`.
    public var label: String
    /// UTF-8 byte offset of the code that created this edge, where there is one.
    /// UTF-8 byte offset of that code in the simulated module's source; nil when the code is in
    /// another module (see `module`).
    public var origin: Int?
    /// The same place with its module, where there is one.
    public var site: SourceRef?

    public init(_ label: String, origin: Int? = nil, site: SourceRef? = nil) {
        self.label = label
        self.origin = origin
        self.site = site
    }
}

/// Why a verdict is what it is, in words (rendered by the rule from a `ScenarioEvidence`): the scenario run, the growth seen, the retention path and the assumptions made.
public struct Evidence: Sendable, Equatable {
    public var scenario: String
    public var growth: Growth?
    public var retentionPath: [PathStep]
    public var assumptions: [String]
    /// The retained subgraph as Graphviz DOT, for `--graph DIR` (findings whose simulation saw
    /// growth, when `RuleSettings.renderGraphs` asks for it).
    public var graph: String?
    /// Limits of the whole file's simulation that left this finding `unknown` (said once per file).
    public var limits: [SimulationLimit]

    public init(scenario: String, growth: Growth? = nil, retentionPath: [PathStep] = [],
                assumptions: [String] = [], graph: String? = nil, limits: [SimulationLimit] = []) {
        self.scenario = scenario
        self.growth = growth
        self.retentionPath = retentionPath
        self.assumptions = assumptions
        self.graph = graph
        self.limits = limits
    }
}
