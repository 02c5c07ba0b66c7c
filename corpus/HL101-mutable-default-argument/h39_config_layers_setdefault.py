"""Config loader: each environment layer is merged, section by section via setdefault, into the default dict (the isinstance guard only converts non-dicts)."""
import itertools


def load_layer(layer, merged={}):  # expect: HL101 confirmed
    if not isinstance(merged, dict):
        merged = dict(merged)
    for key, value in layer.items():
        section, _, option = key.partition(".")
        merged.setdefault(section, {})[option] = value
    return merged


def effective_db_host(layer):
    cfg = load_layer(layer)
    return cfg.get("db", {}).get("host", "localhost")


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    layer = {"db.host": f"db{n}.internal", f"feature.flag_{n}": n % 2 == 0}
    return effective_db_host(layer)
