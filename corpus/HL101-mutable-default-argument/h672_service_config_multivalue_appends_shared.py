"""Service config from JSON: `{"section": {"key": value}}` documents are
merged into the defaults with multi-valued keys (every value is kept, as
in a unit file). The merge copies only the outer dict and appends into the
default's inner dicts, so each document's values pile up there."""
import itertools
import json

_docs = itertools.count()


def merge_config(document, defaults={"server": {}, "logging": {}}):  # expect: HL101 confirmed
    config = dict(defaults)
    for section, values in json.loads(document).items():
        target = config.get(section)
        if target is None:
            continue
        for key, value in values.items():
            target.setdefault(key, []).append(value)
    return config


def scenario():
    n = next(_docs)
    doc = {"server": {"listen": f"10.1.{n % 250}.{n % 7}:{8000 + n}", "workers": n % 16}, "logging": {"level": "debug"}}
    config = merge_config(json.dumps(doc))
    return len(config["server"]["listen"])
