"""CI step: build one freshly tagged app with a per-target output path."""
import itertools

import buildtool as bt

_pipelines = itertools.count(1)


def scenario():
    n = next(_pipelines)
    target = f"app-{n}"
    argv = ["build", target, "-D", f"out.{target}=dist/{target}.tar", "-D", "jobs=8"]
    return bt.run(argv)
