"""Requirement resolver: specifiers from every requirements line are merged
per project before the newest allowed candidate is picked with max().
`resolve()` forwards its options through **kwargs, so `merge_constraints`
runs on its default defaultdict and keeps the specifier set of every
project ever resolved."""
import collections
import itertools
import re

_runs = itertools.count()
_REQ = re.compile(r"^\s*([A-Za-z0-9_.-]+)\s*(.*)$")


def merge_constraints(lines, constraints=collections.defaultdict(set)):  # expect: HL101 confirmed
    for line in lines:
        match = _REQ.match(line.split("#", 1)[0])
        if not match:
            continue
        constraints[match.group(1).lower()].update(s.strip() for s in match.group(2).split(",") if s.strip())
    return constraints


def _version(text):
    return tuple(int(part) for part in text.split("."))


def resolve(lines, index, **options):
    picked = {}
    for name, specs in merge_constraints(lines, **options).items():
        floor = max((_version(s[2:]) for s in specs if s.startswith(">=")), default=(0,))
        allowed = [v for v in index.get(name, ()) if _version(v) >= floor]
        if allowed:
            picked[name] = max(allowed, key=_version)
    return picked


def scenario():
    n = next(_runs)
    lines = ["Plugin-%d >= 1.%d  # pinned by ops" % (n, n % 4), "requests>=2.0,<3", "", "# dev"]
    return resolve(lines, {"plugin-%d" % n: ["1.0", "1.3", "2.0"], "requests": ["2.31.0", "1.2"]})
