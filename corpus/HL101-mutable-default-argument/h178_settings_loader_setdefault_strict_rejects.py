"""INI-style settings loader in strict mode: all lines are parsed and checked
against the schema before anything is stored with settings.setdefault().
The uploaded files carry an unknown per-file key, so SettingsError is raised
before the first store and the caller falls back to the built-in values."""
import itertools

_files = itertools.count()

SCHEMA = frozenset({"debug", "workers", "log_level"})


class SettingsError(ValueError):
    pass


def load_settings(text, settings={}):  # expect: HL101 refuted
    pairs = [tuple(p.strip() for p in line.partition("=")[::2]) for line in text.splitlines() if "=" in line]
    unknown = [key for key, _ in pairs if key.lower() not in SCHEMA]
    if unknown:
        raise SettingsError(f"unknown settings: {', '.join(unknown)}")
    for key, value in pairs:
        settings.setdefault(key.lower(), value)
    return settings


def apply_upload(text):
    try:
        return load_settings(text)
    except SettingsError as exc:
        return {"debug": "false", "workers": "1", "error": len(str(exc))}


def scenario():
    n = next(_files)
    return apply_upload(f"workers = {2 + n % 6}\nexporter_{n}_path = /opt/plugins/exporter_{n}.so\n")
