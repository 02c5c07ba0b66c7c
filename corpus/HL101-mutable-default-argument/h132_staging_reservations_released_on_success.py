"""Publish step of a static-site builder. `Staging` reserves a temp name
(`<out>/<dir>/.<page>.tmp`) for every page it is about to write, in a pending
set that all builds share through a default argument. `__exit__` releases
the build's reservations only when the block finished; a build rejected for a
page outside the site leaves its temp names reserved for good."""
import contextlib
import itertools
import os.path

_builds = itertools.count()


class Staging(contextlib.AbstractContextManager):
    # heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 31 (heaplint: unknown)
    def __init__(self, out_dir, pending=set()):  # expect: HL101 confirmed
        self.out_dir, self.pending, self.mine = out_dir, pending, []

    def reserve(self, page):
        tmp = os.path.join(self.out_dir, os.path.dirname(page), ".%s.tmp" % os.path.basename(page))
        self.pending.add(tmp)
        self.mine.append(tmp)
        return tmp

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.pending.difference_update(self.mine)


def publish(out_dir, pages):
    with Staging(out_dir) as stage:
        plan = {stage.reserve(page): os.path.normpath(page) for page in pages}
        if any(page.startswith(os.pardir) for page in plan.values()):
            raise ValueError("a page escapes %s" % out_dir)
        return sorted(os.path.join(out_dir, page) for page in plan.values())


def scenario():
    n = next(_builds)
    pages = ["posts/%d/index.html" % n, "tags/t%d.html" % n] + (["../drafts/%d.html" % n] if n % 2 else [])
    with contextlib.suppress(ValueError):
        return publish("/srv/site/build-%d" % n, pages)
