"""Path interpolation modelled on string.Template: the pattern is compiled per subclass from its delimiter."""
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

    def safe_substitute(self, mapping={}, /, **kws):  # expect: HL101 refuted
        def convert(mo):
            name = mo.group("braced") or mo.group("named")
            if name in kws:
                return str(kws[name])
            return str(mapping[name]) if name in mapping else mo.group()
        return self.pattern.sub(convert, self.template)


class IniInterpolation(Interpolation):
    delimiter = "%"


_builds = itertools.count()


def scenario():
    n = next(_builds)
    tpl = IniInterpolation("%{root}/builds/%{job}/%{artifact}.tar")
    return tpl.safe_substitute(root="/srv/ci", job=f"job-{n}")
