"""Outline reader for a `begin NAME` / `end` block format: a generator
yields enter/leave/text events and tracks the open blocks in a list
default. first_title() returns as soon as it sees the title line, with
blocks still open; the generator is dropped and nothing pops them."""
import itertools

_ids = itertools.count()


def outline(src, open_blocks=[]):  # expect: HL101 confirmed
    for line in src.splitlines():
        if line.startswith("begin "):
            open_blocks.append(line[6:])
            yield ("enter", "/".join(open_blocks))
        elif line == "end":
            yield ("leave", open_blocks.pop())
        elif line.strip():
            yield ("text", line)


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
