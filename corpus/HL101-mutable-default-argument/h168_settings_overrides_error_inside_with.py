"""CSV import settings: `overrides()` layers temporary settings over the
defaults for the duration of a block by pushing a copy on a list default;
the yielded lookup reads the innermost layer first. The layer is popped
after the yield without try/finally, but the import job catches each bad
row inside the `with`, so no exception ever reaches the generator and the
pop always runs."""
import contextlib
import itertools

_jobs = itertools.count()
DEFAULTS = {"delimiter": ",", "strict": False}


@contextlib.contextmanager
def overrides(layer, layers=[]):  # expect: HL101 refuted
    layers.append(dict(layer))
    yield lambda key: next((l[key] for l in reversed(layers) if key in l), DEFAULTS[key])
    layers.pop()


def import_rows(job_id, rows):
    imported = []
    with overrides({"strict": True, "job": job_id}) as lookup:
        for row in rows:
            fields = row.split(lookup("delimiter"))
            try:
                imported.append(int(fields[1]))
            except ValueError:
                imported.append(-1)
    return imported


def scenario():
    n = next(_jobs)
    return import_rows("job-%d" % n, ["a,%d" % n, "b,x%d" % n, "c,%d" % (n + 1)])
