"""Build sandbox VFS: `resolve()` follows symlinks recursively, keeping the
links being followed in a default list so a cycle raises `LinkLoop`. Each
level pops its entry in a `finally`, on return and on a raised loop alike."""
import itertools
import posixpath

_sandboxes = itertools.count()


class LinkLoop(OSError):
    pass


def resolve(path, links, _active=[]):  # expect: HL101 refuted
    if path in _active:
        raise LinkLoop("symlink loop at %s" % path)
    target = links.get(path)
    if target is None:
        return path
    _active.append(path)
    try:
        return resolve(posixpath.normpath(posixpath.join(posixpath.dirname(path), target)), links)
    finally:
        _active.pop()


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
