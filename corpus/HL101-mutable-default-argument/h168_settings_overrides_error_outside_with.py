"""CSV import settings: `overrides()` layers temporary settings over the
defaults for the duration of a block by pushing a copy on a list default;
the yielded lookup reads the innermost layer first. The layer is popped
after the yield without try/finally. The import job catches a bad row
outside the `with`, so the ValueError passes through the generator, the pop
is skipped and the job's layer stays in the list."""
import contextlib
import itertools

_jobs = itertools.count()
DEFAULTS = {"delimiter": ",", "strict": False}


@contextlib.contextmanager
def overrides(layer, layers=[]):  # expect: HL101 confirmed
    layers.append(dict(layer))
    yield lambda key: next((l[key] for l in reversed(layers) if key in l), DEFAULTS[key])
    layers.pop()


def import_rows(job_id, rows):
    imported = []
    try:
        with overrides({"strict": True, "job": job_id}) as lookup:
            for row in rows:
                fields = row.split(lookup("delimiter"))
                imported.append(int(fields[1]))
    except ValueError:
        imported.append(-1)
    return imported


def scenario():
    n = next(_jobs)
    return import_rows("job-%d" % n, ["a,%d" % n, "b,x%d" % n, "c,%d" % (n + 1)])
