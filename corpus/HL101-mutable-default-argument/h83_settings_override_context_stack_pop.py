"""Test helpers: temporarily override attributes on a settings object, restoring them on exit (nesting allowed)."""
import contextlib
import itertools
import types


@contextlib.contextmanager
def override(obj, _saved=[], **attrs):  # expect: HL101 refuted
    _saved.append({name: getattr(obj, name) for name in attrs})
    for name, value in attrs.items():
        setattr(obj, name, value)
    try:
        yield obj
    finally:
        for name, value in _saved.pop().items():
            setattr(obj, name, value)


settings = types.SimpleNamespace(timeout=30, retries=3, region="eu-west", debug=False)


def fetch_plan(job_id):
    return f"{job_id}: {settings.region} x{settings.retries} ({settings.timeout}s)"


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    with override(settings, timeout=n % 60 + 1):
        with override(settings, region=f"edge-{n}", debug=True):
            inner = fetch_plan(f"job-{n}")
        outer = fetch_plan(f"job-{n}")
    return inner, outer, settings.region
