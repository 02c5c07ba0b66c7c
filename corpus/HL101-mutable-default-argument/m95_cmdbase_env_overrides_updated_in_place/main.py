"""One buildtool invocation per call; each sets a feature flag of its own."""
import itertools

import buildtool

_runs = itertools.count()


def scenario():
    n = next(_runs)
    name = ("build", "build", "test")[n % 3]
    return buildtool.main([name, f"pkg{n}", f"-eFEATURE_{n}=1", "-eCC=clang"])
