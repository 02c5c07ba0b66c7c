"""Indentation tokenizer for a YAML-like config format: a generator emits
INDENT/DEDENT/KEY tokens from a stack of (width, keys seen) levels kept in
a list default, and rejects duplicate keys within a level. Each document
starts at column 0, which pops back to the base level, but the base
level's key set is never reset and collects every document's top key."""
import itertools

_ids = itertools.count()


def indent_tokens(lines, stack=[(0, set())]):  # expect: HL101 confirmed
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        width = len(line) - len(line.lstrip(" "))
        if width > stack[-1][0]:
            stack.append((width, set()))
            yield ("INDENT", lineno)
        while width < stack[-1][0]:
            stack.pop()
            yield ("DEDENT", lineno)
        key = line.strip().split(":", 1)[0]
        if key in stack[-1][1]:
            raise ValueError(f"line {lineno}: duplicate key {key!r}")
        stack[-1][1].add(key)
        yield ("KEY", key)


def scenario():
    n = next(_ids)
    text = f"service-{n}:\n  env:\n    PORT: {8000 + n}\n    # debug\n"
    return [kind for kind, _ in indent_tokens(text.splitlines())].count("INDENT")
