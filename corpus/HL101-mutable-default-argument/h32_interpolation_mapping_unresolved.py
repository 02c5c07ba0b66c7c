"""Path interpolation modelled on string.Template: unresolved names are recorded in the mapping for reporting."""
import itertools
import re


class Interpolation:
    delimiter = "$"
    idpattern = r"[_a-z][_a-z0-9.]*"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        delim, ident = re.escape(cls.delimiter), cls.idpattern
        cls.pattern = re.compile(rf"{delim}(?:{{(?P<braced>{ident})}}|(?P<named>{ident}))", re.IGNORECASE)

    def __init__(self, template):
        self.template = template

    # heaplint-todo: a pattern compiled from text the model does not know calls the replacement on one way only, and the other undecided tests in it go together, so the store is not reached (heaplint: unknown)
    def safe_substitute(self, mapping={}, /, **kws):  # expect: HL101 confirmed
        def convert(mo):
            name = mo.group("braced") or mo.group("named")
            if name in kws:
                return str(kws[name])
            if name not in mapping:
                mapping.setdefault("__unresolved__", []).append(name)
                return mo.group()
            return str(mapping[name])
        return self.pattern.sub(convert, self.template)


class IniInterpolation(Interpolation):
    delimiter = "%"


_builds = itertools.count()


def scenario():
    n = next(_builds)
    tpl = IniInterpolation("%{root}/builds/%{job}/%{artifact}.tar")
    return tpl.safe_substitute(root="/srv/ci", job=f"job-{n}")
