"""Patch applier for a config-templating tool: hunks are (line, expected old lines,
new lines); a hunk whose context no longer matches becomes a reject. The rejects
list is the default argument, returned to the caller that formats the .rej report."""
import itertools

_patches = itertools.count()


class HunkConflict(Exception):
    def __init__(self, start, expected, found):
        super().__init__("hunk @%d: expected %r, found %r" % (start, expected, found))
        self.start = start


def apply_hunks(lines, hunks, rejects=[]):  # expect: HL101 confirmed
    out, offset = list(lines), 0
    for start, old, new in hunks:
        at = start + offset
        try:
            if out[at:at + len(old)] != old:
                raise HunkConflict(start, old, out[at:at + len(old)])
        except HunkConflict as exc:
            rejects.append(exc)
            continue
        out[at:at + len(old)] = new
        offset += len(new) - len(old)
    return out, rejects


def scenario():
    n = next(_patches)
    lines = ["[server]", "port = %d" % (8000 + n), "workers = 4", "[log]", "level = info"]
    hunks = [(1, ["port = %d" % (8000 + n)], ["port = %d" % (9000 + n), "host = 0.0.0.0"]),
             (4, ["level = debug"], ["level = warning"])]
    patched, rejects = apply_hunks(lines, hunks)
    return patched, "\n".join(str(exc) for exc in rejects)
