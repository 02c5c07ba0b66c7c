"""Repository config loader: an ini-like text (`[section]` headers, then
`key = value` lines) is layered over packaged defaults. Each parsed section
is merged into a new inner dict (`{**old, **new}`) stored in the copy, so
the defaults' "alias" and "core" tables are only read."""
import itertools

_repos = itertools.count()


def parse_ini(text):
    sections, current = {}, None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
        elif "=" in line and current is not None:
            key, _, value = line.partition("=")
            current[key.strip()] = value.strip()
    return sections


def load_config(text, base={"core": {"editor": "vi"}, "alias": {"st": "status"}}):  # expect: HL101 refuted
    settings = dict(base)
    for section, values in parse_ini(text).items():
        settings[section] = {**settings.get(section, {}), **values}
    return settings


def scenario():
    n = next(_repos)
    text = f"[core]\n  pager-{n} = less\n[alias]\n  co{n} = checkout -b topic-{n}\n"
    settings = load_config(text)
    return len(settings["alias"]) + len(settings["core"])
