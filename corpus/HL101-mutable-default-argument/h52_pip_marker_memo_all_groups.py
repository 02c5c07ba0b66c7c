import itertools
import re

_ids = itertools.count()
_REQ_RE = re.compile(r"^\s*(?P<name>[A-Za-z0-9._-]+)\s*(?P<spec>[<>=!~][^;]*)?(?:;\s*(?P<marker>.+))?$")
_MARKER_RE = re.compile(r'(\w+)\s*(==|!=|<=|>=|<|>)\s*"([^"]*)"')
ENVIRONMENT = {"python_version": "3.11", "sys_platform": "linux", "os_name": "posix"}
MARKERS = ['python_version >= "3.8"', 'sys_platform == "win32"', 'os_name == "posix"', ""]


def _evaluate(clauses):
    ops = {"==": str.__eq__, "!=": str.__ne__, ">=": str.__ge__, "<=": str.__le__, "<": str.__lt__, ">": str.__gt__}
    return all(ops[op](ENVIRONMENT.get(var, ""), val) for var, op, val in clauses)


def parse_requirement(line, _markers={}):  # expect: HL101 confirmed
    m = _REQ_RE.match(line)
    if m is None:
        raise ValueError(f"invalid requirement: {line!r}")
    key = m.group("marker") and m.groups()
    if not key:
        return m.group("name").lower(), (m.group("spec") or "").strip(), True
    try:
        applies = _markers[key]
    except KeyError:
        applies = _markers[key] = _evaluate(_MARKER_RE.findall(m.group("marker")))
    return m.group("name").lower(), (m.group("spec") or "").strip(), applies


def scenario():
    n = next(_ids)
    lines = [f"pkg{n}-core>=1.{n}", f"pkg{n}-extra=={n}.0; {MARKERS[n % len(MARKERS)]}", "# comment"]
    wanted = []
    for line in lines:
        if line.startswith("#"):
            continue
        name, spec, applies = parse_requirement(line)
        if applies:
            wanted.append((name, spec))
    return wanted
