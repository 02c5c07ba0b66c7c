"""Reader for the ini-style rc file: `[section]` headers and `key = value` lines."""


def parse_rc(text):
    settings, section = {}, None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = settings.setdefault(line[1:-1].strip().lower(), {})
        elif section is not None and "=" in line:
            key, _, value = line.partition("=")
            section[key.strip()] = value.strip()
    return settings
