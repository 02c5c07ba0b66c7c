import HeapSim
import PythonModel
@testable import Rules
import Testing
import TestSupport

/// HL101's candidates come from the simulation's library table, and the library settings reach
/// the simulation.
@Suite struct LibraryTableTests {
    /// The constructors HL101 treats as mutable (those before the table existed, then the
    /// ExitStacks a corpus round found, then the `StringIO` / `BytesIO` buffers of the h78 and m54
    /// rounds, now that their writes are modelled, and the `argparse.Namespace` of the h190 round,
    /// an object of attributes only, as a SimpleNamespace, then the queues and `threading.local` of
    /// the m464 and h608 rounds): the table must give exactly these (a change here changes which
    /// defaults are candidates). A queue keeps what is put and never taken; a thread-local object,
    /// in the one thread a scenario runs, is a namespace.
    static let formerList: [String: String] = [
        "list": "list", "dict": "dict", "set": "set", "bytearray": "bytearray", "argparse.Namespace": "Namespace",
        "builtins.list": "list", "builtins.dict": "dict", "builtins.set": "set", "builtins.bytearray": "bytearray",
        "collections.deque": "deque", "collections.defaultdict": "defaultdict",
        "collections.OrderedDict": "OrderedDict", "collections.Counter": "Counter", "collections.ChainMap": "ChainMap",
        "weakref.WeakValueDictionary": "WeakValueDictionary", "weakref.WeakKeyDictionary": "WeakKeyDictionary",
        "weakref.WeakSet": "WeakSet", "types.SimpleNamespace": "SimpleNamespace", "array.array": "array",
        "contextlib.ExitStack": "ExitStack", "contextlib.AsyncExitStack": "ExitStack",
        "io.StringIO": "StringIO", "io.BytesIO": "StringIO",
        "queue.Queue": "queue.Queue", "queue.SimpleQueue": "queue.Queue", "queue.LifoQueue": "queue.Queue",
        "threading.local": "local",
    ]

    @Test func mutableConstructorsAreExactlyTheTables() {
        #expect(MutableDefaultArgument.mutableCalls == LibraryModels.standard.mutableConstructors)
        #expect(MutableDefaultArgument.mutableCalls == Self.formerList)
        // Every one of them is a constructor the simulation models (so it can show growth).
        for (name, type) in MutableDefaultArgument.mutableCalls {
            let m = LibraryModels.standard.model(for: name) ?? LibraryModels.standard.builtin(name)
            #expect(m?.result == .constructs(type: type, container: true), "\(name)")
        }
    }

    @Test func everyTableConstructorIsACandidate() throws {
        for (name, type) in LibraryModels.standard.mutableConstructors.sorted(by: { $0.key < $1.key }) {
            let module = name.contains(".")
                ? "import \(name.split(separator: ".").dropLast().joined(separator: "."))\n\ndef f(x, d=\(name)()):\n    return x\n"
                : "def f(x, d=\(name)()):\n    return x\n"
            let findings = RuleRunner.run(try TestSupport.lower(module), settings: RuleSettings(enabled: ["HL101"], confirm: false))
            #expect(findings.count == 1, "\(name)")
            #expect(findings.first?.message.contains("`\(type)`") == true || findings.first?.message.contains(type) == true, "\(name)")
        }
        for notContainer in ["tuple", "frozenset", "io.TextIOWrapper", "sorted"] {
            let module = notContainer.contains(".") ? "import io\n\ndef f(x, d=\(notContainer)()):\n    return x\n"
                : "def f(x, d=\(notContainer)()):\n    return x\n"
            #expect(RuleRunner.run(try TestSupport.lower(module), settings: RuleSettings(enabled: ["HL101"], confirm: false)).isEmpty,
                    "\(notContainer)")
        }
    }

    /// A default handed to a long-lived object on every call: without the setting the object is
    /// unknown code (an assumption, verdict unknown); with `long-lived-names` the simulation
    /// knows it keeps the default, and the default's growth is confirmed.
    @Test func longLivedNamesSettingReachesTheSimulation() throws {
        let source = """
        from app import registry

        def track(item, pending=[]):
            pending.append(item)
            registry.watch(pending)
        """
        let module = try TestSupport.lower(source)
        let plain = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"]))
        #expect(plain.first?.verdict == .unknown)
        let configured = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"], longLivedNames: ["app.registry"]))
        #expect(configured.first?.verdict == .confirmed)
    }

    @Test func registrationCallsSettingReachesTheSimulation() throws {
        let source = """
        from events import bus

        def on_save(item, seen=[]):
            seen.append(item)
            bus.connect(seen.copy)
        """
        let module = try TestSupport.lower(source)
        #expect(RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"])).first?.verdict == .unknown)
        let configured = RuleRunner.run(module, settings: RuleSettings(enabled: ["HL101"], registrationCalls: ["bus.connect"]))
        #expect(configured.first?.verdict == .confirmed)
    }
}
