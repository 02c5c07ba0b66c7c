import HeapSim
import PythonModel
import Testing
import TestSupport

/// Library behaviour that decides whether a store runs: json.dumps rejecting what it cannot
/// encode, `str()` of an exception, `del` of a slice, and class attributes subclasses set again.
@Suite struct BuiltinProtocolTests {
    func outcome(_ source: String, function name: String, parameter: String) throws -> SimulationOutcome {
        try EarnedRefutationTests().outcome(source, function: name, parameter: parameter)
    }

    static let sync = """
    import itertools
    import json
    _ids = itertools.count()

    class SyncError(Exception):
        pass

    def push(payload):
        try:
            return len(json.dumps(payload))
        except TypeError as err:
            raise SyncError(f"not JSON: {type(err).__name__}") from err

    def report_once(exc, _reported=set()):
        key = KEY
        if key in _reported:
            return False
        _reported.add(key)
        return True

    def sync():
        n = next(_ids)
        try:
            return push({"tags": {f"t{n}"}})
        except SyncError as exc:
            return report_once(exc)
    """

    /// A set inside the payload: json.dumps raises TypeError, so the handler runs every call;
    /// `str(exc)` is the one message, so the set of keys stays bounded.
    @Test func jsonDumpsRejectsSetsAndStrOfAnExceptionIsItsMessage() throws {
        let byMessage = Self.sync.replacingOccurrences(of: "KEY", with: "(type(exc).__name__, str(exc))")
        #expect(try outcome(byMessage, function: "report_once", parameter: "_reported").verdict == .refuted)
        let byException = Self.sync.replacingOccurrences(of: "KEY", with: "exc")
        #expect(try outcome(byException, function: "report_once", parameter: "_reported").verdict == .confirmed)
    }

    /// A date shifted by a duration is still a date: json.dumps raises TypeError before the
    /// journal append, every call (m373). A payload of plain text encodes, and the append runs.
    @Test func jsonDumpsRejectsDatesAndDurations() throws {
        let source = """
        import datetime
        import itertools
        import json
        _n = itertools.count()
        _EPOCH = datetime.datetime(2024, 5, 1, 9, 0)

        def submit(job, _journal=[]):
            try:
                body = json.dumps(job, sort_keys=True)
                _journal.append(job["id"])
            except TypeError:
                return None
            return body

        def schedule():
            n = next(_n)
            return submit({"id": f"job-{n}", "at": VALUE})
        """
        let dated = source.replacingOccurrences(of: "VALUE", with: "_EPOCH + datetime.timedelta(minutes=n % 90)")
        #expect(try outcome(dated, function: "submit", parameter: "_journal").verdict == .refuted)
        let text = source.replacingOccurrences(of: "VALUE", with: "f\"{n % 90} min\"")
        #expect(try outcome(text, function: "submit", parameter: "_journal").verdict == .confirmed)
    }

    /// `del l[:1]` removes one item, not all of them: two appended per call grow the list.
    /// `str.__new__(cls, text)` in a str subclass's `__new__` makes an instance of the subclass,
    /// whose methods the rest of its code calls (fontTools `Tag`). A plain str there raised
    /// AttributeError in every call, and the default was refuted although each call grows it.
    @Test func aStrSubclassNewMakesAnInstanceOfTheSubclass() throws {
        let source = """
        import itertools
        _n = itertools.count()

        class Tag(str):
            @staticmethod
            def transcode(blob):
                if isinstance(blob, bytes):
                    blob = blob.decode("latin-1")
                return blob

            def __new__(cls, content):
                return str.__new__(cls, cls.transcode(content))

            def __eq__(self, other):
                return str.__eq__(self, self.transcode(other))

            def __hash__(self):
                return str.__hash__(self)

        def add(tag, seen=[]):
            t = Tag(tag)
            t.transcode(tag)
            seen.append(t)
            return len(seen)

        def scenario():
            return add(f"t{next(_n)}")
        """
        let o = try outcome(source, function: "add", parameter: "seen")
        #expect(o.verdict == .confirmed, "\(String(describing: o.reason)) \(o.evidence.assumptions)")
    }

    /// An AttributeError the model raises for a name missing from a builtin value, where a class
    /// of the program defines that name, may be the model's own (it made a str where the program
    /// has an instance of that class): a store it kept every call from reaching is not refuted.
    @Test func aStoreBehindAMissingMethodTheProgramDefinesIsNotRefuted() throws {
        let source = """
        import itertools
        _n = itertools.count()

        class Tag:
            def transcode(self):
                return self

        def add(tag, seen=[]):
            x = "abc".transcode()
            seen.append(x)
            return len(seen)

        def scenario():
            return add(f"t{next(_n)}")
        """
        let o = try outcome(source, function: "add", parameter: "seen")
        #expect(o.verdict == .unknown, "\(o.verdict) \(String(describing: o.reason))")
        // (A name no class of the program defines: CPython raises there too, and the store is dead.)
        let other = source.replacingOccurrences(of: "\"abc\".transcode()", with: "\"abc\".frobnicate()")
        #expect(try outcome(other, function: "add", parameter: "seen").verdict == .refuted)
    }

    /// `sys.excepthook = hook` replaces one slot the interpreter keeps (it calls the hook at most
    /// once, as the program dies): a closure over the default put there keeps it, and what decides
    /// is what the calls store (pyomo `setup_environment`).
    @Test func anExceptHookIsOneSlotReplacedByEachCall() throws {
        let source = """
        import itertools
        import sys
        _n = itertools.count()

        def setup(data):
            def hook(etype, value, tb):
                print(data["options"], value)
            sys.excepthook = hook

        def convert(name, options={}):
            options["last"] = name
            setup({"options": options})
            return len(options)

        def scenario():
            return convert(f"m{next(_n)}")
        """
        #expect(try outcome(source, function: "convert", parameter: "options").verdict == .refuted)
        let growing = source.replacingOccurrences(of: "options[\"last\"] = name", with: "options[name] = 1")
        #expect(try outcome(growing, function: "convert", parameter: "options").verdict == .confirmed)
    }

    @Test func deletingASliceRemovesOnlyThatSlice() throws {
        let source = """
        def log(a, b, recent=[]):
            recent.append(a)
            recent.append(b)
            del recent[:1]
            return len(recent)
        """
        #expect(try outcome(source, function: "log", parameter: "recent").verdict == .confirmed)
        let bounded = source.replacingOccurrences(of: "del recent[:1]", with: "del recent[:-4]")
        #expect(try outcome(bounded, function: "log", parameter: "recent").verdict == .refuted)
        // Bounds the model does not know: from nothing to everything, never refuted.
        let unknown = source.replacingOccurrences(of: "def log(a, b, recent=[]):", with: "def log(a, b, keep, recent=[]):")
            .replacingOccurrences(of: "del recent[:1]", with: "del recent[:-keep]")
        #expect(try outcome(unknown, function: "log", parameter: "recent").verdict != .refuted)
    }

    /// A method run as an outside caller would reads `self.keep`; a subclass sets `keep` again,
    /// so the base class's value is not every instance's: not refuted.
    @Test func classAttributesSubclassesSetAgainAreUnknown() throws {
        let source = """
        class History:
            keep = 50
            def record(self, event, _history=[]):
                _history.append(event)
                del _history[:-self.keep]
                return len(_history)

        class Quiet(History):
            keep = 0
        """
        #expect(try outcome(source, function: "record", parameter: "_history").verdict != .refuted)
        let noOverride = source.replacingOccurrences(of: "    keep = 0", with: "    pass")
        #expect(try outcome(noOverride, function: "record", parameter: "_history").verdict == .refuted)
    }

    /// `name.title()` is computed: a keyword `accept` merges into the default's `Accept` list.
    @Test func stringMethodsAreComputed() throws {
        let source = """
        def _merge(base, options):
            merged = dict(base)
            for name, value in options.items():
                merged.setdefault(name.strip("_ ").title(), []).extend([value])
            return merged

        def build(url, headers={"Accept": ["json"]}, **options):
            return len(_merge(headers, options))

        def main(n):
            return build(n, accept=n)
        """
        #expect(try outcome(source, function: "build", parameter: "headers").verdict == .confirmed)
        let other = source.replacingOccurrences(of: "accept=n", with: "cookie=n")
        #expect(try outcome(other, function: "build", parameter: "headers").verdict == .refuted)
    }

    /// `int(None)` raises TypeError: the broad handler runs and stores.
    @Test func intOfNoneRaisesTypeError() throws {
        let source = """
        def parse(row, _broken=[]):
            try:
                return int(row.get("qty"))
            except ValueError:
                return 0
            except Exception as exc:
                _broken.append(row.get("sku"))
                return None

        def main(n):
            return parse({"sku": n})
        """
        #expect(try outcome(source, function: "parse", parameter: "_broken").verdict == .confirmed)
        let present = source.replacingOccurrences(of: "parse({\"sku\": n})", with: "parse({\"sku\": n, \"qty\": \"3\"})")
        #expect(try outcome(present, function: "parse", parameter: "_broken").verdict == .refuted)
    }

    /// `except*` takes the matching leaves of an ExceptionGroup.
    @Test func exceptStarTakesMatchingLeaves() throws {
        let source = """
        def check(row):
            errors = []
            if "sku" not in row:
                errors.append(KeyError("sku"))
            if errors:
                raise ExceptionGroup("row", errors)

        def load(rows, _missing=[]):
            for row in rows:
                try:
                    check(row)
                except* KeyError as group:
                    _missing.extend(repr(e) for e in group.exceptions)
                except* ValueError:
                    pass

        def main(n):
            return load([{"sku": n}, {"qty": n}])
        """
        #expect(try outcome(source, function: "load", parameter: "_missing").verdict == .confirmed)
        let complete = source.replacingOccurrences(of: "{\"qty\": n}", with: "{\"sku\": n, \"qty\": n}")
        #expect(try outcome(complete, function: "load", parameter: "_missing").verdict == .refuted)
    }

    /// An outside caller may pass the other optional parameters: a store behind `if record:` is
    /// not ruled out by `record`'s default. A default returned to an outside caller escapes to it.
    @Test func outsideCallersMayPassOtherOptionals() throws {
        let log = """
        def log(msg, record=False, history=[]):
            if record:
                history.append(msg)
            return msg
        """
        #expect(try outcome(log, function: "log", parameter: "history").verdict == .unknown)
        let unused = log.replacingOccurrences(of: "    if record:\n        history.append(msg)\n", with: "    if record:\n        print(len(history))\n")
        #expect(try outcome(unused, function: "log", parameter: "history").verdict == .refuted)
        let returned = "def get_items(items=[]):\n    return items\n"
        #expect(try outcome(returned, function: "get_items", parameter: "items").verdict == .unknown)
    }

    /// A store the default can reach only through `isinstance(cnfs, str)` is dead for a dict,
    /// whatever the undecided tests elsewhere did; a `while` with an undecided test may not run.
    @Test func typeGuardsAndUndecidedWhileLoops() throws {
        let guarded = """
        def _pick(cnfs):
            if isinstance(cnfs, str):
                return cnfs
            return dict(cnfs)

        def configure(widget, cnf={}):
            opts = _pick(cnf)
            if widget.ready():
                opts["ready"] = True
            return opts
        """
        #expect(try outcome(guarded, function: "configure", parameter: "cnf").verdict == .refuted)
        let window = """
        def allow(now, window=5, _hits=[]):
            while _hits and _hits[0] <= now - window:
                _hits.pop(0)
            _hits.append(now)
            return len(_hits)
        """
        #expect(try outcome(window, function: "allow", parameter: "_hits").verdict != .refuted)
    }

    /// Reading a property calls its getter: the readers are its callers, run as the module runs them.
    @Test func propertyReadsAreCallsOfTheGetter() throws {
        let source = """
        import itertools
        _ids = itertools.count()
        PLANS = {"free": ("export",), "pro": ("export", "sso")}

        class Tenant:
            def __init__(self, slug, plan):
                self.slug = slug
                self.plan = plan

            @property
            def features(self, _memo={}):
                key = self.KEY
                if key not in _memo:
                    _memo[key] = frozenset(PLANS[self.plan])
                return _memo[key]

        def can(tenant, feature):
            return feature in tenant.features

        def serve():
            n = next(_ids)
            return can(Tenant(f"t{n}", ("free", "pro")[n % 2]), "sso")
        """
        let bySlug = source.replacingOccurrences(of: "self.KEY", with: "self.slug")
        #expect(try outcome(bySlug, function: "features", parameter: "_memo").verdict == .confirmed)
        let byPlan = source.replacingOccurrences(of: "self.KEY", with: "self.plan")
        #expect(try outcome(byPlan, function: "features", parameter: "_memo").verdict == .refuted)
    }
}
