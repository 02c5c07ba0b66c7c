"""Service start-up: one tenant's config file parsed and loaded per call."""
import itertools

from cfgload import loader

_ids = itertools.count()


def scenario():
    n = next(_ids)
    text = f"name = tenant{n}\nworkers = {1 + n % 8}\nlegacy_mode = yes\n"
    return loader.load(f"/etc/app/tenants/t{n}.ini", text)
