"""Stage timer used by a build tool: `with StageTimer("compile.pkg.core"): ...`."""
import itertools

_ids = itertools.count()
STAGES = ("fetch", "compile", "link", "package")


class StageTimer:
    __slots__ = ("stage", "ticks", "_totals")

    def __init__(self, stage, totals={}):  # expect: HL101 confirmed
        self.stage = stage.rpartition(".")[0]
        self.ticks = 0
        self._totals = totals

    def __enter__(self):
        return self

    def tick(self, n=1):
        self.ticks += n

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self._totals[self.stage] = self._totals.get(self.stage, 0) + self.ticks
        return False


def build(target):
    for i, stage in enumerate(STAGES):
        with StageTimer("%s.%s.core" % (stage, target)) as timer:
            timer.tick(len(target) + i)


def scenario():
    build("pkg%d" % next(_ids))
