"""Test runner: the collector reports deprecated markers through `warn()`, which
appends to `getattr(case, "warnings", sink)`. TestCase only creates its own
`warnings` list in __init__, so collection finds it on every case and the
notes go to the case's own list; the default sink is never appended to."""
import itertools

_tests = itertools.count()


def warn(case, message, sink=[]):  # expect: HL101 refuted
    getattr(case, "warnings", sink).append(f"{case.name}: {message}")


class TestCase:
    def __init__(self, name, markers):
        self.name = name
        self.markers = markers
        self.warnings = []

    def setUp(self):
        self.cleanups = []

    def run(self):
        self.setUp()
        return {"name": self.name, "outcome": "passed", "warnings": len(self.warnings)}


def collect(name, markers):
    case = TestCase(name, markers)
    if "xfail_strict" in markers:
        warn(case, "'xfail_strict' marker is deprecated, use xfail(strict=True)")
    return case


def scenario():
    n = next(_tests)
    case = collect(f"test_checkout[{n}]", ("slow", "xfail_strict"))
    return case.run()
