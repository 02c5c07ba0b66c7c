"""Outline reader for a `begin NAME` / `end` block format: a generator
yields enter/leave/text events and tracks the open blocks in a list
default, trimming it back to its starting depth in a finally clause.
first_title() returns early; dropping the generator closes it, so the
finally runs and the blocks it opened are removed."""
import itertools

_ids = itertools.count()


def outline(src, open_blocks=[]):  # expect: HL101 refuted
    depth = len(open_blocks)
    try:
        for line in src.splitlines():
            if line.startswith("begin "):
                open_blocks.append(line[6:])
                yield ("enter", "/".join(open_blocks))
            elif line == "end":
                yield ("leave", open_blocks.pop())
            elif line.strip():
                yield ("text", line)
    finally:
        del open_blocks[depth:]


def first_title(src):
    for event, value in outline(src):
        if event != "text":
            continue
        if value.startswith("title:"):
            return value[6:].strip()
    return None


def scenario():
    n = next(_ids)
    return first_title(f"begin chapter-{n}\nbegin section-{n}\ntitle: Part {n}\nbody\nend\nend\n")
