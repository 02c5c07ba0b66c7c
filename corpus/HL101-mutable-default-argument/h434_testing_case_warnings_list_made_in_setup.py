"""Test runner: the collector reports deprecated markers through `warn()`, which
appends to `getattr(case, "warnings", sink)`. TestCase only creates its own
`warnings` list in setUp(), and setUp() runs after collection, so every
collected case's deprecation notes land in the shared default sink."""
import itertools

_tests = itertools.count()


def warn(case, message, sink=[]):  # expect: HL101 confirmed
    getattr(case, "warnings", sink).append(f"{case.name}: {message}")


class TestCase:
    def __init__(self, name, markers):
        self.name = name
        self.markers = markers

    def setUp(self):
        self.cleanups = []
        self.warnings = []

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
