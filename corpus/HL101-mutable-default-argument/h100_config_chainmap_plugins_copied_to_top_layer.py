"""Static-site settings: command-line values over environment values over
packaged defaults, layered with a ChainMap. The nested plugins table is
copied and stored in the top (command-line) layer before the enabled
plugins are added, so the defaults layer is only read."""
import collections
import itertools

_builds = itertools.count()


def coerce(raw):
    if not isinstance(raw, str):
        return raw
    if raw.isdigit():
        return int(raw)
    return raw.strip().lower() in ("true", "on", "yes")


def resolve_settings(cli, env, defaults={"theme": "plain", "plugins": {"sitemap": True}}):  # expect: HL101 refuted
    settings = collections.ChainMap(cli, env, defaults)
    plugins = settings["plugins"] = dict(settings.get("plugins", {}))
    for spec in cli.pop("enable", ()):
        name, _, flag = spec.partition("=")
        plugins[name.strip()] = coerce(flag or "on")
    return settings


def scenario():
    n = next(_builds)
    settings = resolve_settings({"enable": ["feed-%d=on" % n, "search=%d" % (n % 5)]}, {"theme": "dark"})
    return "{theme}: {count} plugins".format(theme=settings["theme"], count=len(settings["plugins"]))
