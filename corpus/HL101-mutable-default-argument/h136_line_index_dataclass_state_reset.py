"""Config scanner that reports tabs in indentation as (line, column),
using bisect over line-start offsets kept in a LineIndex dataclass
instance given as a default. scan() resets the index before each
document, so it only ever holds the newlines of the current one."""
import bisect
import dataclasses
import itertools

_ids = itertools.count()


@dataclasses.dataclass
class LineIndex:
    starts: list = dataclasses.field(default_factory=lambda: [0])

    def reset(self):
        self.starts[:] = [0]

    def locate(self, offset):
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1


def scan(text, index=LineIndex()):  # expect: HL101 refuted
    index.reset()
    errors = []
    for offset, ch in enumerate(text):
        if ch == "\n":
            index.starts.append(offset + 1)
        elif ch == "\t":
            errors.append("line %d col %d: tab in indentation" % index.locate(offset))
    return errors


def scenario():
    n = next(_ids)
    return scan(f"[server]\nhost = app{n}\n\tport = {8000 + n}\nworkers = {n % 8 + 1}\n")
