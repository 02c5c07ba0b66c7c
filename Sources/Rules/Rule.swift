import HeapSim
import PythonModel

/// What a rule sees of one file.
public struct RuleContext {
    public let module: Module
    public let settings: RuleSettings
    public let simulation: ModuleSimulation
    public let names: ModuleNames

    public init(module: Module, settings: RuleSettings) {
        self.module = module
        self.settings = settings
        var options = SimulationOptions()
        options.targetVersion = (settings.targetVersion.major, settings.targetVersion.minor)
        options.library = LibraryModels.standard.extended(
            registrationCalls: settings.registrationCalls, unregistrationCalls: settings.unregistrationCalls,
            longLivedNames: settings.longLivedNames)
        options.modules = settings.modules
        options.isPackage = settings.isPackage
        options.renderGraphs = settings.renderGraphs
        self.simulation = ModuleSimulation(module: module, options: options)
        self.names = ModuleNames(module)
    }

    /// A finding of `code` starting at byte `offset` would be reported: the code is enabled for this
    /// file and its line is not suppressed. Rules ask before simulating a candidate.
    public func isReported(_ code: String, at offset: Int) -> Bool {
        settings.enabled.contains(code) && !settings.suppressed.contains(code: code, row: module.row(of: offset))
    }
}

/// A rule: its metadata comes from `rules/<CODE>-<name>/rule.toml`; `check` finds candidates and
/// asks the heap simulation for a verdict.
public protocol Rule: Sendable {
    var code: String { get }
    func check(_ context: RuleContext) -> [Finding]
}

extension Rule {
    public var metadata: RuleMetadata {
        guard let m = RuleRegistry.metadata(for: code) else {
            preconditionFailure("rule \(code) has no rules/\(code)-*/rule.toml")
        }
        return m
    }
}

/// Runs every enabled rule over a module.
public enum RuleRunner {
    public static func run(_ module: Module, settings: RuleSettings) -> [Finding] {
        let context = RuleContext(module: module, settings: settings)
        var findings: [Finding] = []
        for rule in RuleRegistry.rules where settings.enabled.contains(rule.code) {
            findings += rule.check(context)
        }
        return findings.sorted { ($0.range.lowerBound, $0.code) < ($1.range.lowerBound, $1.code) }
    }
}
