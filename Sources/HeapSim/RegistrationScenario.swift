import PythonModel

extension ModuleSimulation {
    /// Registration: create an owner (an instance of the module-level class `ownerClass`), let it
    /// register — in `__init__`, or by calling its method `register` with fresh arguments — and
    /// drop the owner, K then 2K times, with the cyclic collector (a registry is a root: what it
    /// holds strongly survives it; a weak registry does not keep the owner).
    public func registration(ownerClass: String, register: String? = nil,
                             collector: CollectorMode = .withCollector) -> SimulationOutcome {
        let description = ScenarioDescription(kind: .registration, target: register ?? ownerClass, steps: options.calls)
        guard let cls = moduleClass(ownerClass) else { return noEntry(ownerClass, description) }
        let initializer = cls.methods.first { $0.name == "__init__" }
        let method = register.flatMap { name in cls.methods.first { $0.name == name } }
        if let register, method == nil { return noEntry(register, description) }
        let registering = method ?? initializer
        // Where the owner (or a bound method of it) is handed to the registry.
        return driveInstances(of: cls, description, initializer: initializer, storing: registering,
                              traceName: registering?.qualifiedName ?? cls.qualifiedName, collector: collector,
                              then: { i, owner, frame in
                                  // Registering through a method: call it on the owner, fresh arguments.
                                  guard let method, let f = (i.functionObjects[method.id] ?? []).first(where: { i.isAlive($0) }) else { return }
                                  let site = method.range.lowerBound
                                  let (margs, mkwargs) = i.freshArguments(for: method, skippingFirst: true)
                                  _ = try i.call(try i.bindIfFunction(f, to: owner, site: site), margs, mkwargs, site: site, frame: frame)
                              })
    }
}
