"""Service bootstrap: parse each tenant's config snippet."""
import itertools

from confkit import load_config

_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    text = f"# tenant {n}\nname = tenant{n}\nworkers = {n % 8 + 1}\n"
    return load_config(text, f"tenants/{n}.conf")
