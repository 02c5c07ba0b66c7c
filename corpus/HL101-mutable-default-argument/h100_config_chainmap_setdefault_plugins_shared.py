"""Static-site settings: command-line values over environment values over
packaged defaults, layered with a ChainMap. `setdefault("plugins", ...)`
finds the key in the defaults layer and returns that nested dict, so the
plugins enabled on each build are written into the shared default."""
import collections
import itertools

_builds = itertools.count()


def coerce(raw):
    if not isinstance(raw, str):
        return raw
    if raw.isdigit():
        return int(raw)
    return raw.strip().lower() in ("true", "on", "yes")


def resolve_settings(cli, env, defaults={"theme": "plain", "plugins": {"sitemap": True}}):  # expect: HL101 confirmed
    settings = collections.ChainMap(cli, env, defaults)
    plugins = settings.setdefault("plugins", {})
    for spec in cli.pop("enable", ()):
        name, _, flag = spec.partition("=")
        plugins[name.strip()] = coerce(flag or "on")
    return settings


def scenario():
    n = next(_builds)
    settings = resolve_settings({"enable": ["feed-%d=on" % n, "search=%d" % (n % 5)]}, {"theme": "dark"})
    return "{theme}: {count} plugins".format(theme=settings["theme"], count=len(settings["plugins"]))
