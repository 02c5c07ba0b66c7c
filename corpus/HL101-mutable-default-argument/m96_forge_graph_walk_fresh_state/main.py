"""Planner service: each request plans the build order of one app target."""
import itertools

from forge import *  # noqa: F403  (plan)

_requests = itertools.count()


def scenario():
    n = next(_requests)
    deps = {
        f"//app{n}:bin": [f"//app{n}:lib", "//base:log"],
        f"//app{n}:lib": [f"//app{n}:proto", "//base:strings"],
        f"//app{n}:proto": ["//base:strings"],
        "//base:log": ["//base:strings"],
        "//base:strings": [],
    }
    return plan(f"//app{n}:bin", deps)  # noqa: F405
