"""INI-style settings loader: plain `key = value` lines go through
settings.setdefault(key, value) (first wins, fixed keys), but `include =`
lines are collected with settings.setdefault("include", []).extend(...). The
key is fixed, yet its list lives in the default dict and grows every load."""
import itertools

_files = itertools.count()


def load_settings(text, settings={}):  # expect: HL101 confirmed
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "=" not in line:
            continue
        key, _, value = (part.strip() for part in line.partition("="))
        if key == "include":
            settings.setdefault("include", []).extend(p.strip() for p in value.split(","))
        else:
            settings.setdefault(key.lower(), value)
    return settings


def included_files(text):
    return load_settings(text)["include"][-2:]


def scenario():
    n = next(_files)
    text = f"debug = false\ninclude = conf.d/site_{n}.ini, conf.d/local_{n}.ini\n"
    return included_files(text)
