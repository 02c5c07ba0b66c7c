"""Publish step of a static-site builder. `Staging` reserves a temp name
(`<out>/<dir>/.<page>.tmp`) for every page it is about to write, in a pending
set that all builds share through a default argument. `__exit__` releases
the build's own reservations whether the block finished or raised."""
import contextlib
import itertools
import os.path

_builds = itertools.count()


class Staging(contextlib.AbstractContextManager):
    def __init__(self, out_dir, pending=set()):  # expect: HL101 refuted
        self.out_dir, self.pending, self.mine = out_dir, pending, []

    def reserve(self, page):
        tmp = os.path.join(self.out_dir, os.path.dirname(page), ".%s.tmp" % os.path.basename(page))
        self.pending.add(tmp)
        self.mine.append(tmp)
        return tmp

    def __exit__(self, exc_type, exc, tb):
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
