"""INI-style settings loader: `key = value` lines are parsed and stored with
settings.setdefault(key, value) so the first occurrence wins. Only keys of a
fixed schema are kept (others are skipped), so the default dict holds at most
those few keys, each with the first value ever loaded: it does not grow."""
import itertools

_files = itertools.count()

SCHEMA = frozenset({"debug", "workers", "log_level", "plugin_dir"})


def load_settings(text, settings={}):  # expect: HL101 refuted
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        key, _, value = line.partition("=")
        key = key.strip().lower()
        if key in SCHEMA:
            settings.setdefault(key, value.strip())
    return settings


def worker_count(text):
    return int(load_settings(text).get("workers", "1"))


def scenario():
    n = next(_files)
    text = f"# generated\nworkers = {2 + n % 6}\nplugin.exporter_{n}.path = /opt/plugins/exporter_{n}.so\n"
    return worker_count(text)
