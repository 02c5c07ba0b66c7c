"""Build sandbox VFS: `resolve()` follows symlinks through an in-memory link
table recursively, keeping the links being followed in a default list so a
cycle raises `LinkLoop`. Each level pops its entry after the recursive call
returns; when a loop raises, the exception skips every pending pop."""
import itertools
import posixpath

_sandboxes = itertools.count()


class LinkLoop(OSError):
    pass


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 16 (heaplint: unknown)
def resolve(path, links, _active=[]):  # expect: HL101 confirmed
    if path in _active:
        raise LinkLoop("symlink loop at %s" % path)
    target = links.get(path)
    if target is None:
        return path
    _active.append(path)
    real = resolve(posixpath.normpath(posixpath.join(posixpath.dirname(path), target)), links)
    _active.pop()
    return real


def resolve_all(paths, links):
    resolved = {}
    for path in paths:
        try:
            resolved[path] = resolve(path, links)
        except LinkLoop as exc:
            resolved[path] = "error: %s" % exc
    return resolved


def scenario():
    root = "/sandbox/%d" % next(_sandboxes)
    links = {root + "/bin": "usr/bin", root + "/cur": "next", root + "/next": "cur"}
    return resolve_all([root + "/bin", root + "/cur", root + "/etc"], links)
