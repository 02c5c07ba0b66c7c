"""Lock-file writer: `render_lock()` groups the resolved pins into an ordered
mapping of sections (`[default]`, `[dev]`) before formatting them. The
`sections` default is an OrderedDict that `setdefault` fills in place, so the
pins of every lock file ever written stay in it and reappear in later files."""
import itertools
from collections import OrderedDict

_runs = itertools.count()


def render_lock(pins, sections=OrderedDict()):  # expect: HL101 confirmed
    for name, version, group in sorted(pins, key=lambda pin: (pin[2], pin[0])):
        sections.setdefault(group, []).append((name, version))
    lines = []
    for group, packages in sections.items():
        lines.append("[%s]" % group)
        lines.extend('%s = "==%s"' % (name, version) for name, version in packages)
        lines.append("")
    return "\n".join(lines)


def scenario():
    n = next(_runs)
    pins = [
        ("app-%d" % n, "1.%d.0" % n, "default"),
        ("requests", "2.31.0", "default"),
        ("pytest", "8.%d.1" % (n % 4), "dev"),
    ]
    return render_lock(pins)
