"""Indentation tokenizer for a YAML-like config format: a generator emits
INDENT/DEDENT/KEY tokens from a stack of (width, line number) levels kept
in a list default. A document ends indented and nothing pops at end of
input, but the next document starts at column 0 and the dedent loop pops
the stack back to its base level first, so it never gets deeper than one
document's nesting."""
import itertools

_ids = itertools.count()


def indent_tokens(lines, stack=[(0, 0)]):  # expect: HL101 refuted
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        width = len(line) - len(line.lstrip(" "))
        if width > stack[-1][0]:
            stack.append((width, lineno))
            yield ("INDENT", lineno)
        while width < stack[-1][0]:
            stack.pop()
            yield ("DEDENT", lineno)
        yield ("KEY", line.strip().split(":", 1)[0])


def scenario():
    n = next(_ids)
    text = f"service-{n}:\n  env:\n    PORT: {8000 + n}\n    # debug\n"
    return [kind for kind, _ in indent_tokens(text.splitlines())].count("INDENT")
