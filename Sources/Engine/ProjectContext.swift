import Foundation
import Project

/// The run's projects: one module store shared by every file, one project model per distinct
/// (roots, interpreter), and the interpreter of each project found once. Thread-safe.
final class ProjectContext: @unchecked Sendable {
    let store = ModuleStore()
    private let lock = NSLock()
    private var environments: [String: PythonEnvironment?] = [:]
    private let processEnvironment: [String: String]

    init(processEnvironment: [String: String] = ProcessInfo.processInfo.environment) {
        self.processEnvironment = processEnvironment
    }

    deinit { store.releaseModels() }

    /// The target interpreter of a project (nil when none is found or it does not answer: imports
    /// of the standard library and installed packages then stay opaque).
    func environment(projectRoot: String, settings: ResolvedSettings) -> PythonEnvironment? {
        let key = (settings.python.map { $0.path + "\u{0}" + $0.source } ?? "") + "\u{1}" + projectRoot
        // Held while probing: the interpreter is started once, not once per waiting worker.
        lock.lock(); defer { lock.unlock() }
        if let known = environments[key] { return known }
        var env: PythonEnvironment?
        if let found = PythonEnvironment.locate(explicit: settings.python, projectRoot: projectRoot, environment: processEnvironment) {
            env = PythonEnvironment.probe(interpreter: found.path, source: found.source)
        }
        environments[key] = .some(env)
        return env
    }

    /// The project model a file's imports resolve in (its package root first, then `src`).
    func model(forFile absolutePath: String, settings: ResolvedSettings) -> ProjectModel {
        let projectRoot = ProjectLayout.projectRoot(ofFile: absolutePath)
        let roots = ProjectLayout.roots(forFile: absolutePath, projectRoot: projectRoot, configuredSrc: settings.src)
        return store.model(roots: roots, environment: environment(projectRoot: projectRoot, settings: settings))
    }

    /// `__init__.py` / `__init__.pyi`.
    static func isPackage(_ absolutePath: String) -> Bool {
        let name = (absolutePath as NSString).lastPathComponent
        return name == "__init__.py" || name == "__init__.pyi"
    }
}
