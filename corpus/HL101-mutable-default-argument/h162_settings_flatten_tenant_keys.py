"""Settings loader: flattens a nested settings document into dotted keys
("db.pool.size") for lookups. The recursive flattener writes into an `out`
dict default that is never reset. Each document carries the settings of a
newly onboarded tenant under its own key, so dotted keys accumulate."""
import itertools

_ids = itertools.count()


def flatten(node, prefix="", out={}):  # expect: HL101 confirmed
    for key, value in node.items():
        path = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            flatten(value, path, out)
        else:
            out[path] = value
    return out


def scenario():
    n = next(_ids)
    document = {
        "db": {"host": f"db{n % 3}.internal", "pool": {"size": 5 + n % 10}},
        "tenants": {f"tenant{n}": {"name": f"Tenant {n} Ltd", "quota": {"users": 25}}},
    }
    return flatten(document)["db.pool.size"]
