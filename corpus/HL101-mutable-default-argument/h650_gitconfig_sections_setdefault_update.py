"""Repository config loader: an ini-like text (`[section]` headers, then
`key = value` lines) is layered over packaged defaults. The outer dict is
copied, but `setdefault(section, {})` finds "alias" and "core" already in
the copy and returns the default's own inner dict, which `update()` then
fills with every repository's aliases."""
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


def load_config(text, base={"core": {"editor": "vi"}, "alias": {"st": "status"}}):  # expect: HL101 confirmed
    settings = dict(base)
    for section, values in parse_ini(text).items():
        settings.setdefault(section, {}).update(values)
    return settings


def scenario():
    n = next(_repos)
    text = f"[core]\n  pager-{n} = less\n[alias]\n  co{n} = checkout -b topic-{n}\n"
    settings = load_config(text)
    return len(settings["alias"]) + len(settings["core"])
