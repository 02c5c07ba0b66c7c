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

    public init(objects: Int, containers: [String], kinds: [String: Int] = [:], items: Int = 0, itemRate: Double? = nil) {
        self.objects = objects
        self.containers = containers
        self.kinds = kinds
        self.items = items
        self.itemRate = itemRate ?? Double(items)
    }
}

/// One edge of a retention path, from a root towards the retained object.
public struct PathStep: Sendable, Equatable, Codable {
    /// objgraph-style label: `module app.cache`, `function remember`, `__defaults__[1] (list)`, `item (str)`.
    public var label: String
    /// UTF-8 byte offset of the code that created this edge, where there is one.
    /// UTF-8 byte offset of that code in the simulated module's source; nil when the code is in
    /// another module (see `module`).
    public var origin: Int?
    /// The module whose code made this step's object, when it is not the simulated module
    /// (`pkg.registry`); nil for the simulated module and for objects no module's code made.
    public var module: String?
    /// With `module`: the byte offset of that code in that module's source.
    public var moduleOrigin: Int?

    public init(_ label: String, origin: Int? = nil) {
        self.label = label
        self.origin = origin
    }

    public init(_ label: String, origin: Int?, module: String?, moduleOrigin: Int?) {
        self.label = label
        self.origin = origin
        self.module = module
        self.moduleOrigin = moduleOrigin
    }
}

/// Why a verdict is what it is: the scenario run, the growth seen, the retention path and the assumptions made.
public struct Evidence: Sendable, Equatable {
    public var scenario: String
    public var growth: Growth?
    public var retentionPath: [PathStep]
    public var assumptions: [String]
    /// The retained subgraph as Graphviz DOT, for `--graph DIR` (confirmed findings only).
    public var graph: String?

    public init(scenario: String, growth: Growth? = nil, retentionPath: [PathStep] = [],
                assumptions: [String] = [], graph: String? = nil) {
        self.scenario = scenario
        self.growth = growth
        self.retentionPath = retentionPath
        self.assumptions = assumptions
        self.graph = graph
    }
}
