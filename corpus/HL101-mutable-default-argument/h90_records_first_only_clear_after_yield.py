"""Flat-file reader for '%%'-terminated records; the importer only wants the header record, takes the first one and drops the generator, so the clear after the yield never runs."""
import itertools


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 7, 10 (heaplint: unknown)
def read_records(lines, fields=[]):  # expect: HL101 confirmed
    for line in lines:
        if line.rstrip() == "%%":
            yield dict(f.split(": ", 1) for f in fields)
            fields.clear()
        elif line.strip():
            fields.append(line.rstrip("\n"))


def header_of(text):
    return next(read_records(text.splitlines(keepends=True)), {})


_dumps = itertools.count()


def scenario():
    n = next(_dumps)
    text = f"Format: 3\nSource: dump-{n}\n%%\nPackage: lib{n}\nVersion: {n}.0\n%%\n"
    return header_of(text).get("Source")
