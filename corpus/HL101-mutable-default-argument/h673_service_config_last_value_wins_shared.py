"""Service config from JSON: `{"section": {"key": value}}` documents are
merged into the defaults, last value winning. The merge still writes into
the default's inner dicts (a shallow copy), but the parsed keys are a fixed
set, so each document only replaces the previous values: nothing grows."""
import itertools
import json

_docs = itertools.count()


def merge_config(document, defaults={"server": {}, "logging": {}}):  # expect: HL101 refuted
    config = dict(defaults)
    for section, values in json.loads(document).items():
        target = config.get(section)
        if target is None:
            continue
        for key, value in values.items():
            target[key] = value
    return config


def scenario():
    n = next(_docs)
    doc = {"server": {"listen": f"10.1.{n % 250}.{n % 7}:{8000 + n}", "workers": n % 16}, "logging": {"level": "debug"}}
    config = merge_config(json.dumps(doc))
    return len(config["server"]["listen"])
