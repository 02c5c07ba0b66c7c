import HeapSim

/// Words for HeapSim's structured evidence that every rule shares: retention-path steps (objgraph's
/// back-reference style), the simulation's stops and limits. Rule-specific words live with the rule.
public enum EvidenceTexts {
    /// `module app.cache`, `function remember`, `__defaults__[1] (list)`, `item (str)`.
    public static func label(_ step: RetentionStep) -> String {
        let t = step.object.typeName
        switch step.link {
        case .root(let label): return label
        case .member(let name):
            switch step.object.kind {
            case .function: return "function \(name)"
            case .classObject: return "class \(name)"
            default: return "\(name) (\(t))"
            }
        case .item: return "item (\(t))"
        case .key: return "key (\(t))"
        case .edge(let label): return "\(label) (\(t))"
        }
    }

    /// A retention path as reported: labels, with where each object was made.
    public static func path(_ steps: [RetentionStep]) -> [PathStep] {
        steps.map { step in
            // A step made in another module names it (its offsets are not this file's lines).
            guard let site = step.object.site, site.foreign else {
                return PathStep(label(step), origin: step.object.site?.offset, site: step.object.site)
            }
            return PathStep("\(label(step)) in `\(site.module)`", origin: nil, site: site)
        }
    }

    /// A limit of the whole file's simulation.
    public static func limit(_ limit: SimulationLimit) -> String {
        switch limit {
        case .budgetSpent(let beforeStart):
            return beforeStart
                ? "the simulation budget for this file is spent (it has many candidates)"
                : "the simulation budget for this file is spent"
        case .stepBound(let n): return "step bound (\(n)) reached"
        case .objectBound(let n): return "object bound (\(n)) reached"
        }
    }

    /// Why a run stopped early; `assumption` words a failure the driver carried along.
    public static func stop(_ stop: Stop, assumption: (Assumption) -> String) -> String {
        switch stop {
        case .limit(let l): return limit(l)
        case .local(let text): return text
        case .noCallerRan: return "no caller could be run"
        case .allCallersFailed(let a): return assumption(a)
        }
    }

    /// Growth per step in words: "1 object per call", "2 slots per instance", "about 120 bytes per raise".
    public static func amount(_ growth: Growth, _ quantity: GrowthQuantity) -> String {
        let per: String
        switch growth.per {
        case .call: per = "call"
        case .instance: per = "instance"
        case .registration: per = "registration"
        case .raise: per = "raise"
        case .scope: per = "scope"
        }
        switch quantity {
        case .objects: return "\(growth.objects) object\(growth.objects == 1 ? "" : "s") per \(per)"
        case .slots: return "\(growth.items) slot\(growth.items == 1 ? "" : "s") per \(per)"
        case .bytes: return "about \(growth.bytes) bytes per \(per)"
        }
    }
}
