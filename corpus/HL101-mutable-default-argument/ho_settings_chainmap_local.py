"""Request settings layered with collections.ChainMap over site defaults."""
import collections
import itertools

SITE_DEFAULTS = {"locale": "en", "page_size": 20}


def request_settings(path, overrides, local={}):  # expect: HL101 confirmed
    settings = collections.ChainMap(local, overrides, SITE_DEFAULTS)
    # Writes to a ChainMap go to its first mapping: the default dict.
    settings[f"seen:{path}"] = True
    return settings["page_size"]


_paths = itertools.count()


def scenario():
    n = next(_paths)
    request_settings(f"/search/{n}", {"page_size": 50})
