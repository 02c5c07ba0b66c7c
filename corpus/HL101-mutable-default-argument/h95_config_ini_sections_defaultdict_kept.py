"""INI-style config reader: lines are grouped into sections, keys before any header go to DEFAULT, a %end line stops reading."""
import itertools
from collections import defaultdict


def read_sections(lines, sections=defaultdict(dict)):  # expect: HL101 confirmed
    current = "DEFAULT"
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            continue
        if line == "%end":
            break
        key, sep, value = line.partition("=")
        if sep:
            sections[current][key.strip().lower()] = value.strip()
    return {name: dict(values) for name, values in sections.items()}


_files = itertools.count()


def scenario():
    n = next(_files)
    text = f"# generated\nverbose = yes\n[server:{n}]\nport = {8000 + n}\nhost=h{n}.local\n%end\n[ignored]\nx=1"
    return len(read_sections(text.splitlines()))
