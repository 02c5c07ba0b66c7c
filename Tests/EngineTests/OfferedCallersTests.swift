import Engine
import Foundation
import Rules
import Testing
import TestSupport

/// A function its package offers under a public name is run as outside code would call it; when
/// that alone grows its default and the project's own callers do not, the verdict is unknown
/// (growth for callers the project does not have), never refuted; growth through the project's
/// own callers is confirmed. Only a distributed package offers anything: an application's own
/// package (no packaging metadata beside it) has the project's callers as all its callers.
@Suite struct OfferedCallersTests {
    /// HL101 diagnostics (refuted ones too) of the file ending in `suffix`, linting `root` alone.
    func lintHL101(_ root: URL, in suffix: String) throws -> [Diagnostic] {
        var options = LintOptions(paths: [root.path], useCache: false, workingDirectory: root.path, jobs: 1)
        options.overrides.select = ["HL101"]
        options.overrides.showRefuted = true
        options.isolated = true
        return try Linter.run(options).diagnostics.filter { $0.filename.hasSuffix(suffix) }
    }

    func verdict(mainCall: String, distributed: Bool = true) throws -> (String?, String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-offered-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if distributed {
            try "[project]\nname = \"hooks\"\nversion = \"1.0\"\n".write(to: root.appendingPathComponent("pyproject.toml"), atomically: true, encoding: .utf8)
        }
        let pkg = root.appendingPathComponent("hooks")
        try FileManager.default.createDirectory(at: pkg, withIntermediateDirectories: true)
        try "from .table import hooks_for\n\n__all__ = [\"hooks_for\"]\n".write(to: pkg.appendingPathComponent("__init__.py"), atomically: true, encoding: .utf8)
        try "def hooks_for(event, _table={}):\n    return _table.setdefault(event, [])\n".write(to: pkg.appendingPathComponent("table.py"), atomically: true, encoding: .utf8)
        try """
        import itertools
        from hooks import hooks_for

        _n = itertools.count()

        def scenario():
            n = next(_n)
            return len(\(mainCall))

        """.write(to: root.appendingPathComponent("main.py"), atomically: true, encoding: .utf8)
        let d = try lintHL101(root, in: "table.py")
        #expect(d.count == 1)
        return (d.first?.verdict?.rawValue, d.first?.message ?? "")
    }

    @Test func growthOnlyForOutsideCallersIsUnknown() throws {
        let (v, message) = try verdict(mainCall: "hooks_for(\"request_finished\")")
        #expect(v == "unknown")
        #expect(message.contains("outside the project"), "\(message)")
    }

    @Test func anApplicationsOwnPackageOffersNothing() throws {
        // No packaging metadata: main.py's calls (one fixed event) are all the calls there are,
        // and they do not grow the table.
        let (v, message) = try verdict(mainCall: "hooks_for(\"request_finished\")", distributed: false)
        #expect(v == "refuted", "\(message)")
        let (grows, _) = try verdict(mainCall: "hooks_for(f\"event-{n}\")", distributed: false)
        #expect(grows == "confirmed")
    }

    @Test func growthThroughTheProjectsCallersIsConfirmed() throws {
        let (v, _) = try verdict(mainCall: "hooks_for(f\"event-{n}\")")
        #expect(v == "confirmed")
    }

    /// A base method every project call of which passes the argument (through `super()` in a
    /// subclass of another module) is latent: unknown; one call without it confirms.
    func latent(superCall: String) throws -> (String?, String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-latent-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let pkg = root.appendingPathComponent("web")
        try FileManager.default.createDirectory(at: pkg, withIntermediateDirectories: true)
        try "".write(to: pkg.appendingPathComponent("__init__.py"), atomically: true, encoding: .utf8)
        try """
        class Handler:
            def handle(self, request, log=[]):
                log.append(request)
                return len(log)

        """.write(to: pkg.appendingPathComponent("base.py"), atomically: true, encoding: .utf8)
        try """
        from .base import Handler

        class JsonHandler(Handler):
            def __init__(self):
                self.trace = []

            def handle(self, request):
                return \(superCall)

        """.write(to: pkg.appendingPathComponent("handlers.py"), atomically: true, encoding: .utf8)
        try """
        import itertools
        from web.handlers import JsonHandler

        _n = itertools.count()

        def scenario():
            return JsonHandler().handle(f"/orders/{next(_n)}")

        """.write(to: root.appendingPathComponent("main.py"), atomically: true, encoding: .utf8)
        let d = try lintHL101(root, in: "base.py")
        #expect(d.count == 1)
        return (d.first?.verdict?.rawValue, d.first?.message ?? "")
    }

    @Test func aBaseMethodEveryProjectCallPassesIsLatent() throws {
        let (v, message) = try latent(superCall: "super().handle(request, self.trace)")
        #expect(v == "unknown")
        #expect(message.contains("no call in the project does"), "\(message)")
        let (grows, _) = try latent(superCall: "super().handle(request)")
        #expect(grows == "confirmed")
    }

    /// A default that is an instance of a class another project module defines is a candidate
    /// like one of the file's own classes; a marker class (nothing stores into it) is not.
    func importedInstance(store: String, classBody: String) throws -> [Diagnostic] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-imported-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let pkg = root.appendingPathComponent("plugins")
        try FileManager.default.createDirectory(at: pkg, withIntermediateDirectories: true)
        try "from .core import register\n".write(to: pkg.appendingPathComponent("__init__.py"), atomically: true, encoding: .utf8)
        try "class Registry:\n\(classBody)\n".write(to: pkg.appendingPathComponent("store.py"), atomically: true, encoding: .utf8)
        try """
        from .store import Registry

        def register(name, factory, registry=Registry()):
            \(store)
            return registry

        """.write(to: pkg.appendingPathComponent("core.py"), atomically: true, encoding: .utf8)
        try """
        import itertools
        from plugins import register

        _n = itertools.count()

        def scenario():
            return register(f"plugin-{next(_n)}", dict)

        """.write(to: root.appendingPathComponent("main.py"), atomically: true, encoding: .utf8)
        return try lintHL101(root, in: "core.py")
    }

    @Test func aDefaultInstanceOfAnImportedClassIsACandidate() throws {
        let container = "    def __init__(self):\n        self.entries = {}\n    def add(self, name, factory):\n        self.entries[name] = factory\n"
        let grows = try importedInstance(store: "registry.add(name, factory)", classBody: container)
        #expect(grows.map { $0.verdict?.rawValue } == ["confirmed"], "\(grows.map(\.message))")
        let reads = try importedInstance(store: "registry.entries.get(name)", classBody: container)
        #expect(reads.map { $0.verdict?.rawValue } == ["refuted"], "\(reads.map(\.message))")
        let marker = try importedInstance(store: "name is registry", classBody: "    pass\n")
        #expect(marker.isEmpty, "\(marker.map(\.message))")
    }

    /// A caching decorator of an application's package, applied at import: its wrappers are
    /// called by the callers of the decorated functions, which the scenario follows up to the
    /// application's entry points, not as outside code would call them.
    func decoratorCache(skus: String) throws -> [Diagnostic] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-wrappers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let pkg = root.appendingPathComponent("pricing")
        try FileManager.default.createDirectory(at: pkg, withIntermediateDirectories: true)
        try "from .api import quote, unit_price\nCATALOG = (\"WID-1\", \"GAD-2\", \"SPR-3\")\n".write(to: pkg.appendingPathComponent("__init__.py"), atomically: true, encoding: .utf8)
        try """
        import functools

        def cached(func, _results={}):
            @functools.wraps(func)
            def wrapper(*args):
                key = (func.__qualname__,) + args
                if key not in _results:
                    _results[key] = func(*args)
                return _results[key]
            return wrapper

        """.write(to: pkg.appendingPathComponent("decorators.py"), atomically: true, encoding: .utf8)
        try """
        from .decorators import cached

        @cached
        def unit_price(sku):
            return len(sku) * 1.5

        def quote(sku, qty):
            return unit_price(sku) * qty

        """.write(to: pkg.appendingPathComponent("api.py"), atomically: true, encoding: .utf8)
        try """
        import itertools
        import pricing

        _n = itertools.count()

        def scenario():
            n = next(_n)
            return pricing.quote(\(skus), n % 9 + 1)

        """.write(to: root.appendingPathComponent("main.py"), atomically: true, encoding: .utf8)
        return try lintHL101(root, in: "decorators.py")
    }

    @Test func wrappersOfAnApplicationsDecoratorRunThroughTheDecoratedFunctionsCallers() throws {
        let catalog = try decoratorCache(skus: "pricing.CATALOG[n % len(pricing.CATALOG)]")
        #expect(catalog.map { $0.verdict?.rawValue } == ["refuted"], "\(catalog.map(\.message))")
        let fresh = try decoratorCache(skus: "f\"WID-{n}\"")
        #expect(fresh.map { $0.verdict?.rawValue } == ["confirmed"], "\(fresh.map(\.message))")
    }

    /// Lints a project made of `files` (relative path: text) with no packaging metadata (an
    /// application), and returns the HL101 diagnostics of the file ending in `suffix`.
    func lintTree(_ files: [String: String], in suffix: String, distributed: Bool = false) throws -> [Diagnostic] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("heaplint-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var files = files
        if distributed { files["pyproject.toml"] = "[project]\nname = \"app\"\nversion = \"1.0\"\n" }
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return try lintHL101(root, in: suffix)
    }

    /// A decorator a package re-exports under another name (`from .memo import memoize as
    /// cached`) is recognised under that name too: the functions it decorates are followed
    /// through their callers (fresh amounts grow the memo; a table's few keys do not).
    @Test func aDecoratorReExportedUnderAnotherNameIsFollowed() throws {
        func memo(_ call: String) throws -> [String?] {
            try lintTree([
                "caching/__init__.py": "from .memo import memoize as cached\n",
                "caching/memo.py": """
                def memoize(func, _store={}):
                    def wrapper(*args):
                        if args not in _store:
                            _store[args] = func(*args)
                        return _store[args]
                    return wrapper

                """,
                "shop/__init__.py": "from .pricing import price_label\n",
                "shop/pricing.py": """
                from caching import cached

                SYMBOLS = {"USD": "$", "EUR": "E"}

                @cached
                def price_label(amount, code):
                    return SYMBOLS[code] + str(amount)

                """,
                "main.py": """
                import itertools
                from shop import price_label

                _n = itertools.count()

                def scenario():
                    n = next(_n)
                    return \(call)

                """,
            ], in: "memo.py").map { $0.verdict?.rawValue }
        }
        #expect(try memo("price_label(1999 + n, \"USD\")") == ["confirmed"])
        #expect(try memo("price_label(1999, (\"USD\", \"EUR\")[n % 2])") == ["refuted"])
    }

    /// A method called from a module-level function of a module four imports away (`save()` in
    /// `main.record()`, itself called by `main.scenario()`) runs through that function's callers,
    /// on the subclass instance they make, whose override decides.
    @Test func aMethodsCallerFunctionIsRunThroughItsOwnCallers() throws {
        func save(_ afterSave: String) throws -> [String?] {
            try lintTree([
                "orm/__init__.py": "from .model import Model\n",
                "orm/session.py": """
                class Session:
                    def __init__(self):
                        self.pending = []

                    def add(self, obj):
                        self.pending.append(obj)

                    def commit(self):
                        self.pending.clear()

                """,
                "orm/model.py": """
                from .session import Session

                class Model:
                    def save(self, session=Session()):
                        session.add(self)
                        self.after_save(session)
                        return self

                    def after_save(self, session):
                        pass

                """,
                "accounts/__init__.py": "from .models import Entry\n",
                "accounts/models.py": """
                from orm import Model

                class Entry(Model):
                    def after_save(self, session):
                        \(afterSave)

                """,
                "main.py": """
                from accounts import Entry

                def record(n):
                    return Entry().save()

                def scenario():
                    return record(1)

                """,
            ], in: "model.py").map { $0.verdict?.rawValue }
        }
        #expect(try save("session.commit()") == ["refuted"])
        #expect(try save("return None") == ["confirmed"])
    }

    /// An application class's constructor whose every project call passes the argument (its
    /// subclasses' `super().__init__(name, [])`) has a latent default, not one outside callers
    /// grow; one reached through a mixin's `super().__init__(*args, **kwargs)` runs through the
    /// project's calls of the subclass.
    @Test func aConstructorsProjectCallsDecideItsDefault() throws {
        let widgets = try lintTree([
            "ui/__init__.py": "from .base import Widget\nfrom .panels import Panel\n",
            "ui/base.py": """
            class Widget:
                def __init__(self, name, children=[]):
                    self.name = name
                    self.children = children

                def add(self, child):
                    self.children.append(child)

            """,
            "ui/panels.py": """
            from .base import Widget

            class Panel(Widget):
                def __init__(self, name):
                    super().__init__(name, [])

            """,
            "main.py": "from ui import Panel\n\ndef scenario():\n    p = Panel(\"p\")\n    p.add(1)\n",
        ], in: "base.py")
        #expect(widgets.map { $0.verdict?.rawValue } == ["unknown"])
        #expect(widgets.first?.message.contains("no call in the project does") == true, "\(widgets.map(\.message))")
        let ledger = try lintTree([
            "ledger/__init__.py": "from .accounts import Savings\n",
            "ledger/base.py": """
            class Account:
                def __init__(self, owner, entries=[]):
                    self.owner = owner
                    self.entries = entries

            """,
            "ledger/posting.py": """
            class PostingMixin:
                def __init__(self, *args, **kwargs):
                    super().__init__(*args, **kwargs)
                    self.entries = list(self.entries)

                def post(self, amount):
                    self.entries.append(amount)

            """,
            "ledger/accounts.py": "from .base import Account\nfrom .posting import PostingMixin\n\nclass Savings(PostingMixin, Account):\n    pass\n",
            "main.py": "from ledger import Savings\n\ndef scenario():\n    a = Savings(\"c\")\n    a.post(100)\n",
        ], in: "base.py")
        #expect(ledger.map { $0.verdict?.rawValue } == ["refuted"], "\(ledger.map(\.message))")
    }

    /// Instances main.py makes at import keep the default; main's entry points all run in the
    /// scenario, so main's code has had its chance to grow it: not "kept by module main".
    @Test func whatAModuleWhoseEntriesAllRunKeepsIsDecided() throws {
        let handlers = try lintTree([
            "webkit/__init__.py": "from .json_handler import JsonHandler\n",
            "webkit/base.py": """
            class Handler:
                def __init__(self, middlewares=[]):
                    self.middlewares = middlewares

                def handle(self, request):
                    for m in self.middlewares:
                        request = m(request)
                    return request

            """,
            "webkit/json_handler.py": "from .base import Handler\n\nclass JsonHandler(Handler):\n    kind = \"json\"\n",
            "main.py": "from webkit import JsonHandler\n\n_api = JsonHandler()\n\ndef scenario():\n    return _api.handle({\"path\": \"/\"})\n",
        ], in: "base.py")
        #expect(handlers.map { $0.verdict?.rawValue } == ["refuted"], "\(handlers.map(\.message))")
    }

    /// In an application, a function of an imported module that nothing calls (`cron.nightly`)
    /// is dead code or code a framework finds by name: growth through it alone is `unknown`,
    /// and says so. A distributed package offers it to outside callers: `confirmed` as before.
    @Test func growthOnlyThroughAFunctionNothingCallsIsUnknownInAnApplication() throws {
        let files = [
            "jobs/__init__.py": "",
            "jobs/queueing.py": "def enqueue(job, queue=[]):\n    queue.append(job)\n    return queue\n",
            "jobs/api.py": "from jobs.queueing import enqueue\n\ndef submit(job):\n    return len(enqueue(job, []))\n",
            "jobs/cron.py": "import jobs.queueing as q\n\ndef nightly(n):\n    q.enqueue({\"id\": n})\n",
            "main.py": "import itertools\nfrom jobs import api, cron\n\n_n = itertools.count()\n\ndef scenario():\n    return api.submit({\"id\": next(_n)})\n",
        ]
        let app = try lintTree(files, in: "queueing.py")
        #expect(app.map { $0.verdict?.rawValue } == ["unknown"])
        #expect(app.first?.message.contains("jobs.cron.nightly") == true, "\(app.map(\.message))")
        let lib = try lintTree(files, in: "queueing.py", distributed: true)
        #expect(lib.map { $0.verdict?.rawValue } == ["confirmed"], "\(lib.map(\.message))")
        // Called by the program (main's scenario), it is confirmed in the application too.
        var called = files
        called["main.py"] = "import itertools\nfrom jobs import api, cron\n\n_n = itertools.count()\n\ndef scenario():\n    return cron.nightly(next(_n))\n"
        #expect(try lintTree(called, in: "queueing.py").map { $0.verdict?.rawValue } == ["confirmed"])
    }

    /// `from pkg import *` binds only what `__all__` lists, and a name a later import binds again
    /// is the later one: neither makes main's call a call of the function left out or shadowed.
    @Test func starImportsAndShadowedReExportsAreNotCallers() throws {
        let star = try lintTree([
            "textkit/__init__.py": "from .plain import *\nfrom .memo import *\n",
            "textkit/plain.py": "__all__ = [\"slugify\"]\n\ndef slugify(text):\n    return text.lower()\n",
            "textkit/memo.py": "__all__ = [\"headline\"]\n\ndef slugify(text, _slugs={}):\n    _slugs[text] = text.lower()\n    return _slugs[text]\n\ndef headline(text):\n    return text.title()\n",
            "main.py": "import itertools\nfrom textkit import *\n\n_n = itertools.count()\n\ndef scenario():\n    return slugify(f\"t{next(_n)}\")\n",
        ], in: "memo.py")
        #expect(star.map { $0.verdict?.rawValue } == ["unknown"], "\(star.map(\.message))")
        #expect(star.first?.message.contains("nothing in the project calls") == true, "\(star.map(\.message))")
        let shadowed = try lintTree([
            "httpkit/__init__.py": "from .retrying import send\nfrom .client import send\n",
            "httpkit/client.py": "def send(url):\n    return url\n",
            "httpkit/retrying.py": "from . import client\n\ndef send(url, _attempts=[]):\n    _attempts.append(url)\n    return client.send(url)\n",
            "main.py": "import itertools\nimport httpkit\n\n_n = itertools.count()\n\ndef scenario():\n    return httpkit.send(f\"u{next(_n)}\")\n",
        ], in: "retrying.py")
        #expect(shadowed.map { $0.verdict?.rawValue } == ["unknown"], "\(shadowed.map(\.message))")
    }

    /// Import-time calls in a comprehension over a module-level tuple (`BUILTIN = (...)`) run a
    /// fixed number of times, as over the display itself: not callers anywhere, any number of times.
    @Test func importTimeCallsOverAModuleTupleAreFixed() throws {
        func tags(_ builtin: String) throws -> [String?] {
            try lintTree([
                "app/__init__.py": "",
                "app/text.py": "def slugify(title, taken=set()):\n    slug = title.lower()\n    taken.add(slug)\n    return slug\n",
                "app/tags.py": "from .text import slugify\n\nBUILTIN = \(builtin)\nTAG_SLUGS = {name: slugify(name) for name in BUILTIN}\n\ndef tag_slug(name):\n    return TAG_SLUGS.get(name) or slugify(name, set())\n",
                "main.py": "import itertools\nfrom app import tags\n\n_n = itertools.count()\n\ndef scenario():\n    return tags.tag_slug(f\"t{next(_n)}\")\n",
            ], in: "text.py").map { $0.verdict?.rawValue }
        }
        #expect(try tags("(\"How-To\", \"Release Notes\")") == ["refuted"])
    }

    /// A function's own callers in its module that other modules call in turn (`set_gauge`,
    /// called by `app.db.query`; a mixin's `warn_once`, called from a pipeline's `process`) run
    /// from where those chains start, not with fresh arguments for callers the project lacks.
    @Test func localCallersThatOtherModulesCallRunThroughThem() throws {
        func gauges(_ name: String) throws -> [String?] {
            try lintTree([
                "metrics/__init__.py": "from .registry import set_gauge\n",
                "metrics/registry.py": "def gauges(_values={}):\n    return _values\n\ndef set_gauge(name, value):\n    gauges()[name] = value\n    return value\n",
                "app/__init__.py": "",
                "app/db.py": "import metrics\n\ndef query(n):\n    metrics.set_gauge(\(name), n)\n    return n\n",
                "main.py": "import itertools\nfrom app import db\n\n_n = itertools.count()\n\ndef scenario():\n    return db.query(next(_n))\n",
            ], in: "registry.py").map { $0.verdict?.rawValue }
        }
        #expect(try gauges("\"db.queries\"") == ["refuted"])
        #expect(try gauges("f\"q{n}\"") == ["confirmed"])
        func warnings(_ kind: String) throws -> [String?] {
            try lintTree([
                "warnonce.py": "class WarnOnceMixin:\n    def track(self, item, _seen=set()):\n        if item in _seen:\n            return False\n        _seen.add(item)\n        return True\n\n    def warn_once(self, key):\n        return self.track(key)\n",
                "pipeline/__init__.py": "from .events import EventPipeline\n",
                "pipeline/events.py": "from warnonce import WarnOnceMixin\n\nclass EventPipeline(WarnOnceMixin):\n    def process(self, event):\n        self.warn_once(event[\"kind\"])\n        return event\n",
                "main.py": "import itertools\nfrom pipeline import EventPipeline\n\nKINDS = (\"view\", \"click\")\n_n = itertools.count()\nweb = EventPipeline()\n\ndef scenario():\n    n = next(_n)\n    return web.process({\"kind\": \(kind)})\n",
            ], in: "warnonce.py").map { $0.verdict?.rawValue }
        }
        #expect(try warnings("KINDS[n % 2]") == ["refuted"])
        #expect(try warnings("f\"k{n}\"") == ["confirmed"])
    }

    /// `Route.api(...)` in another module is a call of a classmethod whose `cls(...)` makes a
    /// Route: a call site of `Route.__init__`, not a use of the class as a value that would make
    /// the constructor an entry point run with fresh hooks.
    @Test func aClassmethodCallIsACallSiteOfTheConstructor() throws {
        func routes(_ hook: String) throws -> [String?] {
            try lintTree([
                "httpd/__init__.py": "from .routing import Route\n",
                "httpd/routing.py": """
                class Route:
                    def __init__(self, path, middleware=[]):
                        self.path = path
                        self.middleware = middleware

                    @classmethod
                    def api(cls, path):
                        return cls("/api/" + path)

                    def use(self, hook):
                        if hook not in self.middleware:
                            self.middleware.append(hook)
                        return self

                """,
                "main.py": "import functools\nimport itertools\nfrom httpd import Route\n\ndef check(name, request):\n    return name\n\nKEY = functools.partial(check, \"key\")\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    return Route.api(\"orders\").use(\(hook))\n",
            ], in: "routing.py").map { $0.verdict?.rawValue }
        }
        #expect(try routes("KEY") == ["refuted"])
        #expect(try routes("functools.partial(check, \"key\")") == ["confirmed"])
    }

    /// Instances a module makes at import (`PLAIN = PageLayout()`) and nothing of its own uses
    /// afterwards are used by the modules importing it: their entry points run, so a shallow
    /// copy sharing the default grows it and a deep copy does not.
    @Test func instancesMadeAtImportRunThroughTheirImporters() throws {
        func layouts(_ copyCall: String) throws -> [String?] {
            try lintTree([
                "reports/__init__.py": "from .layout import *\nfrom .builder import build\n",
                "reports/layout.py": "__all__ = [\"PageLayout\", \"PLAIN\"]\n\nclass PageLayout:\n    def __init__(self, footnotes=[]):\n        self.footnotes = footnotes\n\n    def note(self, text):\n        self.footnotes.append(text)\n\nPLAIN = PageLayout()\n",
                "reports/builder.py": "import copy\nfrom .layout import PLAIN\n\ndef build(source):\n    layout = \(copyCall)(PLAIN)\n    layout.note(\"Source: \" + source)\n    return layout\n",
                "main.py": "import itertools\nimport reports\n\n_n = itertools.count()\n\ndef scenario():\n    return reports.build(\"export %d\" % next(_n)).footnotes\n",
            ], in: "layout.py").map { $0.verdict?.rawValue }
        }
        #expect(try layouts("copy.copy") == ["confirmed"])
        #expect(try layouts("copy.deepcopy") == ["refuted"])
    }

    /// A method's caller that is a module-level function of a script (`render` in `main.py`) runs
    /// through that script's own callers (`scenario`), not with fresh arguments: the lookup takes
    /// the first template found and drops the generator, so `tried.clear()` after its loop never
    /// runs (confirmed); in `finally` it runs when the generator is closed (refuted).
    @Test func aMethodsScriptCallerRunsThroughItsOwnCallers() throws {
        func lookups(_ reset: String) throws -> [String?] {
            try lintTree([
                "tmpl/__init__.py": "from .env import Environment\n",
                "tmpl/loaders.py": "def iter_candidates(name, searchpath, tried=[]):\n    try:\n        for base in searchpath:\n            tried.append(base + \"/\" + name)\n            yield base + \"/\" + name\n\(reset)",
                "tmpl/env.py": "from .loaders import iter_candidates\n\nclass Environment:\n    def __init__(self, mapping, searchpath):\n        self.mapping = dict(mapping)\n        self.searchpath = tuple(searchpath)\n\n    def get_template(self, name):\n        for candidate in iter_candidates(name, self.searchpath):\n            source = self.mapping.get(candidate)\n            if source is not None:\n                return source\n",
                "main.py": "import itertools\nfrom tmpl import Environment\n\n_n = itertools.count()\nTEMPLATES = {\"default/welcome.txt\": \"Hello\"}\n\ndef render(env, name):\n    return env.get_template(name)\n\ndef scenario():\n    n = next(_n)\n    env = Environment(TEMPLATES, (\"tenant%d\" % n, \"default\"))\n    return render(env, \"welcome.txt\")\n",
            ], in: "loaders.py").map { $0.verdict?.rawValue }
        }
        #expect(try lookups("    finally:\n        pass\n    tried.clear()\n") == ["confirmed"])
        #expect(try lookups("    finally:\n        tried.clear()\n") == ["refuted"])
    }

    /// In an application, a function its own callers never reach in the model (they stop on data
    /// it does not know) is not confirmed by a run with fresh arguments: that stands for callers
    /// the application does not have. A distributed package's outside callers are real.
    @Test func anApplicationsUnreachedFunctionIsNotConfirmedByADirectRun() throws {
        func verdicts(distributed: Bool) throws -> [String?] {
            try lintTree([
                "app/__init__.py": "",
                "app/metrics.py": "class Emitter:\n    def __init__(self, namespace, handlers=[]):\n        self.namespace = namespace\n        self.handlers = handlers\n\n    def add(self, handler):\n        self.handlers.append(handler)\n",
                "app/queries.py": "from .metrics import Emitter\n\nTABLES = (\"orders\", \"users\")\n\ndef run(sql, sink):\n    words = sql.split()\n    table = words[[w.lower() for w in words].index(\"from\") + 1]\n    if table not in TABLES:\n        raise LookupError(table)\n    Emitter(\"q\").add(sink)\n",
                "main.py": "import itertools\nfrom app.queries import run\n\n_n = itertools.count()\n\ndef sink(name):\n    return name\n\ndef scenario():\n    n = next(_n)\n    return run(\"SELECT id FROM orders WHERE id = %d\" % n, sink)\n",
            ], in: "metrics.py", distributed: distributed).map { $0.verdict?.rawValue }
        }
        #expect(try verdicts(distributed: false) == ["unknown"])
        #expect(try verdicts(distributed: true) == ["confirmed"])
    }

    /// An application's function used as a value (a dispatch table) is run from the
    /// application's entry points: growth there is growth; when those runs do not grow it, a run
    /// with fresh arguments as outside code would call it is no confirmation.
    @Test func anApplicationsTableFunctionIsRunFromItsEntryPoints() throws {
        func verdicts(_ call: String, distributed: Bool = false) throws -> [String?] {
            try lintTree([
                "app/__init__.py": "",
                "app/handlers.py": "def remember(name, seen=[]):\n    if name not in seen:\n        seen.append(name)\n    return len(seen)\n\nHANDLERS = {\"remember\": remember}\n",
                "main.py": "import itertools\nfrom app.handlers import HANDLERS\n\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    return HANDLERS[\"remember\"](\(call))\n",
            ], in: "handlers.py", distributed: distributed).map { $0.verdict?.rawValue }
        }
        #expect(try verdicts("\"user%d\" % n") == ["confirmed"])
        #expect(try verdicts("\"user%d\" % (n % 3)") == ["unknown"])
        #expect(try verdicts("\"user%d\" % (n % 3)", distributed: true) == ["confirmed"])
    }

    /// `functools.partial(f, buffer=…)` passes its keywords by name; `__del__` runs as reference
    /// counting frees the instance, and `in` on an instance calls its class's `__contains__`.
    @Test func partialKeywordsFinalizersAndMembershipRunTheirPython() throws {
        func verdicts(_ files: [String: String]) throws -> [String?] {
            try lintTree(files, in: "lib.py").map { $0.verdict?.rawValue }
        }
        let partial = "import collections\nimport functools\n\n_RING = collections.deque(maxlen=50)\n\ndef emit(level, message, buffer=[]):\n    buffer.append(message)\n    return level\n\ndebug = functools.partial(emit, \"DEBUG\", buffer=_RING)\nwarn = functools.partial(emit, \"WARN\")\n"
        let main = "import itertools\nimport lib\n\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    lib.debug(\"d%d\" % n)\n    return lib.warn(\"w%d\" % n)\n"
        #expect(try verdicts(["lib.py": partial, "main.py": main]) == ["confirmed"])
        let finalizer = "class Conn:\n    def __init__(self, dsn):\n        self.dsn = dsn\n\n    def __del__(self, closed=[]):\n        closed.append(self.dsn)\n\ndef fetch(n):\n    conn = Conn(\"db://%d\" % n)\n    return conn.dsn\n"
        let useConn = "import itertools\nimport lib\n\n_n = itertools.count()\n\ndef scenario():\n    return lib.fetch(next(_n))\n"
        #expect(try verdicts(["lib.py": finalizer, "main.py": useConn]) == ["confirmed"])
        let contains = "class Allow:\n    def __init__(self, names):\n        self.names = frozenset(names)\n\n    def __contains__(self, user, audit=[]):\n        audit.append(user)\n        return user in self.names\n\nADMINS = Allow([\"root\"])\n\ndef check(user):\n    return user in ADMINS\n"
        let useAllow = "import itertools\nimport lib\n\n_n = itertools.count()\n\ndef scenario():\n    return lib.check(\"u%d\" % next(_n))\n"
        #expect(try verdicts(["lib.py": contains, "main.py": useAllow]) == ["confirmed"])
    }

    /// A subclass in another module overriding the method a candidate is handed to
    /// (`self._record(errors, …)`) has its own stores: reaching the call with another class's
    /// instance does not refute.
    @Test func anOverrideElsewhereMustRunBeforeRefuting() throws {
        let diags = try lintTree([
            "kit/__init__.py": "",
            "kit/fields.py": "class Field:\n    def serialize(self, value, errors={}):\n        try:\n            return int(value)\n        except ValueError:\n            self._record(errors, \"v\")\n            return None\n\n    def _record(self, errors, key):\n        errors[key] = 1\n",
            "kit/extra.py": "from .fields import Field\n\nclass Money(Field):\n    def _record(self, errors, key):\n        errors.setdefault(key, []).append(key)\n",
            "main.py": "import itertools\nfrom kit.fields import Field\nfrom kit.extra import Money\n\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    return Field().serialize(\"x%d\" % n), Money().serialize(str(n))\n",
        ], in: "fields.py")
        #expect(diags.map { $0.verdict?.rawValue } == ["unknown"])
    }

    /// A function with a default that a decorator factory's wrapper calls (`@limited("quote")`
    /// in another module): the wrapper is called where the decorated functions are, so the
    /// callers of those functions are run, through the wrapper the decorator bound to the name.
    /// Keyed by the caller's new client, the default grows; by the route, it stays bounded.
    /// Used as a value (a handler table), the application's entries run it through the table.
    func throttled(key: String, table: Bool = false, method: Bool = false) throws -> [String?] {
        let views = method ? """
            from throttle import limited

            class Views:
                @limited("quote")
                def get_quote(self, client, plan):
                    return {"client": client, "plan": plan}

            """ : table ? """
            from throttle import limited

            @limited("quote")
            def get_quote(client, plan):
                return {"client": client, "plan": plan}

            ROUTES = {"quote": get_quote}

            def dispatch(route, client, plan):
                return ROUTES[route](client, plan)

            """ : """
            from throttle import limited

            @limited("quote")
            def get_quote(client, plan):
                return {"client": client, "plan": plan}

            """
        let call = method ? "views.Views().get_quote(f\"c{n}\", \"pro\")"
            : table ? "views.dispatch(\"quote\", f\"c{n}\", \"pro\")" : "views.get_quote(f\"c{n}\", \"pro\")"
        return try lintTree([
            "throttle/__init__.py": "from .decorators import *\n",
            "throttle/decorators.py": """
            import functools
            from .buckets import hit

            __all__ = ["limited"]

            def limited(route):
                def decorate(view):
                    @functools.wraps(view)
                    def wrapper(client, *args):
                        hits = hit(\(key))
                        response = view(client, *args)
                        response["hits"] = hits
                        return response
                    wrapper.route = route
                    return wrapper
                return decorate

            """,
            "throttle/buckets.py": "def hit(key, counts={}):\n    counts[key] = counts.get(key, 0) + 1\n    return counts[key]\n",
            "api/__init__.py": "",
            "api/views.py": views,
            "main.py": "import itertools\nfrom api import views\n\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    return \(call)\n",
        ], in: "buckets.py").map { $0.verdict?.rawValue }
    }

    @Test func aDecoratorFactorysWrapperRunsThroughTheDecoratedFunctionsCallers() throws {
        #expect(try throttled(key: "f\"{route}:{client}\"") == ["confirmed"])
        #expect(try throttled(key: "route") == ["refuted"])
        // (Decorating a method: its callers call it on their instances.)
        #expect(try throttled(key: "f\"{route}:{client}\"", method: true) == ["confirmed"])
        #expect(try throttled(key: "route", method: true) == ["refuted"])
        // (A handler kept in a table: the application's entries reach it through the table.)
        #expect(try throttled(key: "f\"{route}:{client}\"", table: true) == ["confirmed"])
    }

    /// A default naming another module's list (`tags=config.DEFAULT_TAGS`): a function of that
    /// module that only reads the list (`",".join(DEFAULT_TAGS)`) cannot store into it, so it
    /// need not have run; one that appends to it keeps the verdict undecided until it runs.
    @Test func aModuleHoldingTheDefaultWhoseFunctionsOnlyReadItIsNoStoreSite() throws {
        func tags(_ describe: String) throws -> [String?] {
            try lintTree([
                "metrics/__init__.py": "from .helpers import emit\n",
                "metrics/config.py": "DEFAULT_TAGS = [\"env:prod\"]\n\ndef describe():\n    \(describe)\n",
                "metrics/helpers.py": """
                from . import config

                def emit(name, source=None, tags=config.DEFAULT_TAGS):
                    if source:
                        tags = tags + [source]
                    return name + "|" + ",".join(tags)

                """,
                "main.py": "import itertools\nimport metrics\n\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    return metrics.emit(\"jobs\", source=f\"w{n}\")\n",
            ], in: "helpers.py").map { $0.verdict?.rawValue }
        }
        #expect(try tags("return \",\".join(DEFAULT_TAGS)") == ["refuted"])
        #expect(try tags("DEFAULT_TAGS.append(\"x\")") == ["unknown"])
    }

    /// A base class keeping its constructor's default (`self.columns = columns`), and a subclass
    /// in another module whose method appends to `self.columns`: when the subclass always hands
    /// the base its own list, its instances never hold the default, and its methods are no store
    /// sites; leaving the argument out, they grow it. A class below it that calls the base's
    /// constructor itself (skipping the subclass's) may hold the default: never refuted then.
    @Test func subclassesThatAlwaysPassTheirOwnValueUpNeverHoldTheBaseDefault() throws {
        func table(_ construct: String, below: String = "", elsewhere: String? = nil) throws -> [String?] {
            var files: [String: String] = [
                "warehouse/__init__.py": "",
                "warehouse/base.py": "class Table:\n    def __init__(self, name, columns=[]):\n        self.name = name\n        self.columns = columns\n\n    def header(self):\n        return \",\".join(self.columns)\n",
                "warehouse/tables.py": "from .base import Table\n\nclass AuditTable(Table):\n    def __init__(self, name):\n        \(construct)\n\n    def add_source(self, source):\n        self.columns.append(source)\n" + below,
                "main.py": "import itertools\nfrom warehouse.tables import AuditTable\n\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    t = AuditTable(f\"t{n}\")\n    t.add_source(f\"s{n}\")\n    return t.header()\n",
            ]
            if let elsewhere { files["ext/__init__.py"] = elsewhere }
            return try lintTree(files, in: "base.py").map { $0.verdict?.rawValue }
        }
        #expect(try table("super().__init__(name, [\"changed_at\"])") == ["refuted"])
        #expect(try table("super().__init__(name)") == ["confirmed"])
        let bypassed = try table("super().__init__(name, [\"changed_at\"])",
                                 below: "\nclass Revision(AuditTable):\n    def __init__(self, name):\n        Table.__init__(self, name)\n")
        #expect(bypassed.count == 1 && bypassed.first != "refuted", "\(bypassed)")
        // (Or a class of another module doing so.)
        let bypassedElsewhere = try table("super().__init__(name, [\"changed_at\"])",
                                          elsewhere: "from warehouse.tables import AuditTable\nfrom warehouse.base import Table\n\nclass Rev(AuditTable):\n    def __init__(self, name):\n        Table.__init__(self, name)\n")
        #expect(bypassedElsewhere.count == 1 && bypassedElsewhere.first != "refuted", "\(bypassedElsewhere)")
    }

    /// An instance of another module's class as a default (`policy=compat32`, email's policies):
    /// a candidate only when the class's code shows state of the instance that can change. A
    /// method that stores into what another parameter holds (`obj.defects.append(defect)` in
    /// `register_defect(self, obj, defect)`) changes that object, not the instance.
    @Test func aMethodStoringIntoAnotherParameterDoesNotMakeAnInstanceMutable() throws {
        func parse(_ method: String) throws -> Int {
            try lintTree([
                "mail/__init__.py": "",
                "mail/policy.py": "class Policy:\n    linesep = \"\\n\"\n\n    def __setattr__(self, name, value):\n        raise AttributeError(name)\n\n\(method)\n\nDEFAULT = Policy()\n",
                "mail/parser.py": "from .policy import DEFAULT\n\ndef parse(text, policy=DEFAULT):\n    msg = {\"defects\": []}\n    policy.register_defect(msg, text)\n    return msg\n",
            ], in: "parser.py").count
        }
        #expect(try parse("    def register_defect(self, obj, defect):\n        obj[\"defects\"].append(defect)\n") == 0)
        #expect(try parse("    def register_defect(self, obj, defect):\n        obj.defects.append(defect)\n") == 0)
        // (Its own state: a finding, whatever the simulation then decides.)
        #expect(try parse("    def register_defect(self, obj, defect):\n        self.last.append(defect)\n") == 1)
        // (A parameter bound again to the instance's own attribute is no other object.)
        #expect(try parse("    def register_defect(self, obj, defect):\n        obj = self.seen\n        obj.items.append(defect)\n") == 1)
    }

    /// A method handing its default to a hook `self.m(…)` whose class defines `m` as a no-op or
    /// `raise NotImplementedError`: what runs is the subclass's `m`, or that of another base a
    /// subclass lists before the class (`class MemoryHandler(BufferingMixin, Handler)`), as the
    /// subclass's MRO resolves it. An `__init__` doing so runs on instances of its subclasses.
    @Test func hooksSubclassesAndTheirOtherBasesBindAreRunAsTheirMROResolvesThem() throws {
        func emit(_ bases: String) throws -> [String?] {
            try lintTree([
                "logkit/__init__.py": "",
                "logkit/handler.py": "class Handler:\n    def emit(self, rid, msg, context={}):\n        self.prepare(rid, msg, context)\n        return msg\n\n    def prepare(self, rid, msg, context):\n        pass\n\n\nclass BufferingMixin:\n    def prepare(self, rid, msg, context):\n        self.buffer = context\n        self.buffer[rid] = msg\n\n\nclass MemoryHandler(\(bases)):\n    capacity = 100\n",
                "main.py": "import itertools\nfrom logkit.handler import MemoryHandler\n\n_n = itertools.count()\n\ndef scenario():\n    n = next(_n)\n    return MemoryHandler().emit(f\"r{n}\", f\"m{n}\")\n",
            ], in: "handler.py").map { $0.verdict?.rawValue }
        }
        // (Before: `refuted`, emit() "only reads" context through Handler's no-op prepare.)
        #expect(try emit("BufferingMixin, Handler") == ["confirmed"])
        // (Handler first: its own prepare() runs, the mixin's never does.)
        #expect(try emit("Handler, BufferingMixin") == ["refuted"])

        func store(_ configure: String) throws -> [String?] {
            try lintTree([
                "kv/__init__.py": "",
                "kv/base.py": "class Store:\n    def __init__(self, url, options={}):\n        self.url = url\n        self.configure(options)\n\n    def configure(self, options):\n        raise NotImplementedError\n",
                "kv/memory.py": "from kv.base import Store\n\n\nclass MemoryStore(Store):\n    def configure(self, options):\n\(configure)\n\n    def put(self, key, value):\n        self.buckets[key] = value\n",
            ], in: "base.py").map { $0.verdict?.rawValue }
        }
        // (Before: `refuted`, the run made a `Store` itself, whose hook raised before any store.)
        #expect(try store("        self.buckets = options.setdefault(\"buckets\", {})") == ["confirmed"])
        let copied = try store("        self.buckets = dict(options).setdefault(\"buckets\", {})")
        #expect(copied.count == 1 && copied.first != "confirmed", "\(copied)")
    }

    /// A class that leaves a method abstract (`raise NotImplementedError`): the instances outside
    /// code has are of its subclasses, so a method of it runs on them (before: on the class
    /// itself, whose hook raised before the store, and the finding was `unknown`).
    @Test func aClassLeavingAMethodAbstractRunsOnItsSubclasses() throws {
        func export(_ key: String) throws -> [String?] {
            try lintTree([
                "exp.py": "class Exporter:\n    def export(self, rows, seen=set()):\n        for r in rows:\n            key = self.key(r)\n            if key not in seen:\n                seen.add(key)\n        return len(seen)\n\n    def key(self, row):\n        raise NotImplementedError\n\n\nclass ById(Exporter):\n    def key(self, row):\n        \(key)\n",
            ], in: "exp.py").map { $0.verdict?.rawValue }
        }
        #expect(try export("return row") == ["confirmed"])
        #expect(try export("return \"all\"") == ["refuted"])
    }

    /// `super(VersionedMixin, self).before_save(…)` starts after the class it names in the
    /// instance's MRO, skipping `VersionedMixin` (before: after the calling class, which ran
    /// `VersionedMixin.before_save` and confirmed a default CPython never grows).
    @Test func anExplicitSuperStartsAfterTheClassItNames() throws {
        func save(_ skipped: String) throws -> [String?] {
            try lintTree([
                "orm.py": "import itertools\n\n_n = itertools.count()\n\n\nclass Model:\n    def save(self, changes={}):\n        self.before_save(changes)\n        return len(changes)\n\n    def before_save(self, changes):\n        changes[\"dirty\"] = False\n\n\nclass VersionedMixin:\n    def before_save(self, changes):\n        changes.setdefault(\"history\", []).append(self.pk)\n        super().before_save(changes)\n\n\nclass TimestampMixin:\n    def before_save(self, changes):\n        changes[\"updated_at\"] = self.pk\n        super(\(skipped), self).before_save(changes)\n\n\nclass Invoice(TimestampMixin, VersionedMixin, Model):\n    def __init__(self, pk):\n        self.pk = pk\n\n\ndef scenario():\n    return Invoice(f\"inv-{next(_n)}\").save()\n",
            ], in: "orm.py").map { $0.verdict?.rawValue }
        }
        #expect(try save("TimestampMixin") == ["confirmed"])
        #expect(try save("VersionedMixin") == ["refuted"])
    }

    /// A cooperative mixin of the project (`BatchMixin.prepare` handing on with
    /// `super().prepare(…)`) that no class statement combines with the class is made to be
    /// combined with it (`type(name, (*mixins, base), {})`, or outside code): what it can store
    /// into the default the class's method hands `self.prepare` must be reached before refuting
    /// (before: `refuted`, CPython grows it).
    @Test func aCooperativeMixinCombinedDynamicallyKeepsTheVerdictFromRefuted() throws {
        let verdicts = try lintTree([
            "loghub/__init__.py": "",
            "loghub/handlers.py": "class Handler:\n    def handle(self, record, extra={}):\n        self.prepare(record, extra)\n        return record\n\n    def prepare(self, record, extra):\n        extra[\"logger\"] = record\n",
            "loghub/mixins.py": "class BatchMixin:\n    def prepare(self, record, extra):\n        extra.setdefault(\"pending\", []).append(record)\n        super().prepare(record, extra)\n",
            "app.py": "from loghub.handlers import Handler\nfrom loghub.mixins import BatchMixin\n\nAppHandler = type(\"AppHandler\", (BatchMixin, Handler), {})\nhandler = AppHandler()\n",
        ], in: "handlers.py").map { $0.verdict?.rawValue }
        #expect(verdicts.count == 1 && verdicts.first != "refuted", "\(verdicts)")
    }

    /// A subclass of a subclass in a module that imports only its parent's module
    /// (`commands.MigrateCommand(AppCommand)`, `app.AppCommand(BaseCommand)`): its hook is found
    /// too (before: only modules importing the base's were read, and `BaseCommand.run(options={})`
    /// was `refuted` although `MigrateCommand.setup` keeps `options.setdefault("applied", [])`).
    @Test func subclassesOfSubclassesInModulesImportingOnlyTheirParentAreFound() throws {
        func run(_ setup: String) throws -> [String?] {
            try lintTree([
                "appcli/__init__.py": "",
                "appcli/base.py": "class BaseCommand:\n    def run(self, argv, options={}):\n        return self.handle(argv, options)\n\n    def handle(self, argv, options):\n        raise NotImplementedError\n",
                "appcli/app.py": "from appcli.base import BaseCommand\n\n\nclass AppCommand(BaseCommand):\n    def handle(self, argv, options):\n        self.setup(options)\n        return self.execute(argv)\n\n    def setup(self, options):\n        pass\n\n    def execute(self, argv):\n        raise NotImplementedError\n",
                "appcli/commands.py": "from appcli.app import AppCommand\n\n\nclass MigrateCommand(AppCommand):\n    def setup(self, options):\n\(setup)\n\n    def execute(self, argv):\n        self.applied.extend(argv)\n        return len(self.applied)\n",
            ], in: "base.py").map { $0.verdict?.rawValue }
        }
        let keeps = try run("        self.applied = options.setdefault(\"applied\", [])")
        #expect(keeps.count == 1 && keeps.first != "refuted", "\(keeps)")
        #expect(try run("        self.applied = list(options.get(\"applied\", ()))") == ["refuted"])
    }
}
