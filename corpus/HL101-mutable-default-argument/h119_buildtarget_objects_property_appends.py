"""Build system: a `Target` knows its sources and derives its object files in
the `objects` property, adding each missing `.o` path to the `outputs` list it
was constructed with. Targets declared without explicit outputs share that
list default, so every declared target's object paths are appended to it
(and each link line lists the objects of all earlier targets too)."""
import itertools

_targets = itertools.count()


class Target:
    def __init__(self, name, srcs, outputs=[], outdir="build/obj"):  # expect: HL101 confirmed
        self.name = name
        self.srcs = srcs
        self._outputs = outputs
        self.outdir = outdir

    @property
    def objects(self):
        for src in self.srcs:
            obj = "{}/{}/{}.o".format(self.outdir, self.name, src.rsplit(".", 1)[0])
            if obj not in self._outputs:
                self._outputs.append(obj)
        return self._outputs

    def link_command(self):
        return ["cc", "-o", f"build/bin/{self.name}", *self.objects]


def scenario():
    n = next(_targets)
    target = Target(f"tool{n}", [f"main{n}.c", "util.c", "log.c"])
    return " ".join(target.link_command())
