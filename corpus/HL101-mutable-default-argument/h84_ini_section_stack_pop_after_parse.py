"""Worker config loader: parses ``[section]`` bodies of an INI-style file into typed settings."""
import itertools

INT_KEYS = frozenset({"workers", "timeout", "retries", "prefetch"})


def _coerce(key, raw):
    raw = raw.strip()
    if key in INT_KEYS:
        return int(raw)
    return raw


def parse_section(name, lines, _sections=[]):  # expect: HL101 confirmed
    _sections.append(name)
    settings = {}
    for line in lines:
        key, _, raw = line.partition("=")
        key = key.strip()
        try:
            settings[key] = _coerce(key, raw)
        except ValueError:
            where = "/".join(_sections)
            raise ValueError(f"[{where}] {key}: expected an integer, got {raw.strip()!r}") from None
    _sections.pop()
    return settings


_workers = itertools.count()


def scenario():
    n = next(_workers)
    good = parse_section(f"worker:{n}", [f"workers = {n % 8 + 1}", "queue = default"])
    try:
        parse_section(f"worker:{n}:slow", [f"timeout = {n}s", "queue = bulk"])
    except ValueError:
        pass
    return good
