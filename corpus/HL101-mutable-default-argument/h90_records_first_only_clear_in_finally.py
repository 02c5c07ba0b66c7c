"""Flat-file reader for '%%'-terminated records; the importer takes only the header record and drops the generator, and the reader clears its default field list in a finally block."""
import itertools


def read_records(lines, fields=[]):  # expect: HL101 refuted
    try:
        for line in lines:
            if line.rstrip() == "%%":
                yield dict(f.split(": ", 1) for f in fields)
                fields.clear()
            elif line.strip():
                fields.append(line.rstrip("\n"))
    finally:
        fields.clear()


def header_of(text):
    return next(read_records(text.splitlines(keepends=True)), {})


_dumps = itertools.count()


def scenario():
    n = next(_dumps)
    text = f"Format: 3\nSource: dump-{n}\n%%\nPackage: lib{n}\nVersion: {n}.0\n%%\n"
    return header_of(text).get("Source")
