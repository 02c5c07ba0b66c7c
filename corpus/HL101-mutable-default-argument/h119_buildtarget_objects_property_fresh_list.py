"""Build system: a `Target` knows its sources and derives its object files in
the `objects` property from the `outputs` list it was constructed with plus
one `.o` path per source. Targets declared without explicit outputs share
that list default, but the property only reads it, building a new list each
time, so the default stays empty."""
import itertools

_targets = itertools.count()


class Target:
    def __init__(self, name, srcs, outputs=[], outdir="build/obj"):  # expect: HL101 refuted
        self.name = name
        self.srcs = srcs
        self._outputs = outputs
        self.outdir = outdir

    @property
    def objects(self):
        derived = ("{}/{}/{}.o".format(self.outdir, self.name, src.rsplit(".", 1)[0]) for src in self.srcs)
        return [*self._outputs, *(obj for obj in derived if obj not in self._outputs)]

    def link_command(self):
        return ["cc", "-o", f"build/bin/{self.name}", *self.objects]


def scenario():
    n = next(_targets)
    target = Target(f"tool{n}", [f"main{n}.c", "util.c", "log.c"])
    return " ".join(target.link_command())
