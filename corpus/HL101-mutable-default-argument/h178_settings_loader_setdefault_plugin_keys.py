"""INI-style settings loader: `key = value` lines are parsed and stored with
settings.setdefault(key, value) so the first occurrence wins. The settings
dict is a default argument, and each loaded file names its own plugin keys
(`plugin.<name>.path`), so those keys pile up in the shared default."""
import itertools

_files = itertools.count()


def load_settings(text, settings={}):  # expect: HL101 confirmed
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        key, _, value = line.partition("=")
        settings.setdefault(key.strip().lower(), value.strip())
    return settings


def plugin_paths(text):
    settings = load_settings(text)
    return sorted(v for k, v in settings.items() if k.startswith("plugin.") and k.endswith(".path"))


def scenario():
    n = next(_files)
    text = f"# generated\ndebug = false\nplugin.exporter_{n}.path = /opt/plugins/exporter_{n}.so\n"
    return plugin_paths(text)
