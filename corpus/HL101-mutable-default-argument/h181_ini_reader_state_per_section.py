"""Line-oriented INI reader for job definitions: it walks the lines and
returns (section, key, value) triples, keeping its cursor in a `state`
dict default. It also counts entries per section under the section's own
name, so every new job section read adds a key to the shared default."""
import itertools

_ids = itertools.count()


def read_ini(lines, state={}):  # expect: HL101 confirmed
    entries = []
    for raw in lines:
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            state["section"] = line[1:-1].strip()
            continue
        key, _, value = line.partition("=")
        state[state["section"]] = state.get(state["section"], 0) + 1
        entries.append((state["section"], key.strip(), value.strip()))
    return entries


def scenario():
    n = next(_ids)
    text = f"; generated\n[job-{n:06d}-nightly]\ncommand = backup --id {n}\nretries = 3\n"
    return len(read_ini(text.splitlines()))
