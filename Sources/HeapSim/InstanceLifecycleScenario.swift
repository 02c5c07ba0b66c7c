import PythonModel

extension ModuleSimulation {
    /// Instance lifecycle: create an instance of the module-level class `className` (fresh
    /// arguments for `__init__`) and drop it, K then 2K times; measure what stays alive, with
    /// reference counting only and with the cyclic collector (`collector`). A self-cycle survives
    /// reference counting and is freed by the collector; with `__del__` it is collected since 3.4
    /// (PEP 442) and goes to `gc.garbage` before; an instance stored somewhere long-lived grows.
    public func instanceLifecycle(className: String, collector: CollectorMode = .both) -> SimulationOutcome {
        let description = ScenarioDescription(kind: .instanceLifecycle, target: className, steps: options.calls)
        guard let cls = moduleClass(className) else { return noEntry(className, description) }
        let initializer = cls.methods.first { $0.name == "__init__" }
        // Statements of `__init__` that store `self` somewhere or hand it on: a refutation needs them reached.
        return driveInstances(of: cls, description, initializer: initializer, storing: initializer,
                              traceName: cls.qualifiedName, collector: collector)
    }
}
