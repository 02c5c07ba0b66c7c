"""Editor: most-recently-opened files, newest first, trimmed to ten entries."""
import itertools


def remember_file(path, recent=[]):  # expect: HL101 refuted
    if path in recent:
        recent.remove(path)
    recent.insert(0, path)
    del recent[10:]
    return recent[0]


_opened = itertools.count()


def scenario():
    n = next(_opened)
    remember_file(f"/home/dev/project/src/module_{n}.py")
