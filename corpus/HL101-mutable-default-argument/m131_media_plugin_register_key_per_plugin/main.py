"""Media worker: each call runs one fresh upload job through the configured plugins."""
import importlib
import itertools

from settings import PLUGINS

_jobs = itertools.count(1)


def scenario():
    n = next(_jobs)
    job = {"id": f"upload-{n}", "width": 800 + n, "owner": f"user{n}"}
    results = []
    for name in PLUGINS:
        plugin = importlib.import_module(f"plugin_{name}").create()
        results.append(plugin.run(job))
    return results
