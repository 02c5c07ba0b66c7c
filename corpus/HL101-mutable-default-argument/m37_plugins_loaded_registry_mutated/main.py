import itertools

from extensions import *

_ids = itertools.count()


def build_filters(site, local_filters):
    registry = load_plugins()
    if local_filters:
        registry[f"{site}.local"] = dict(local_filters)
    return registry


def render(text, site, local_filters=None):
    registry = build_filters(site, local_filters)
    for plugin_name in sorted(registry):
        for filter_name, func in registry[plugin_name].items():
            text = func(text)
    return text


def scenario():
    n = next(_ids)
    site = f"blog{n}"
    shout = str.upper if n % 2 else str.title
    return render(f"*Release* notes for build {n}", site, {"shout": shout})
