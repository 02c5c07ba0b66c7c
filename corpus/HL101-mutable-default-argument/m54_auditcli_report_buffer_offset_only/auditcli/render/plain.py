"""Plain-text report for terminals and CI logs."""
import io

from ..checks import MARKS


class PlainReport:
    def __init__(self, title, out=io.StringIO(), indent="  "):  # expect: HL101 confirmed
        self.out = out
        self.indent = indent
        self.start = out.tell()
        out.write(f"{title}\n{'=' * len(title)}\n")

    def item(self, name, passed, detail=""):
        line = f"{self.indent}{MARKS[passed]} {name}"
        self.out.write(f"{line}: {detail}\n" if detail else f"{line}\n")

    def getvalue(self):
        self.out.seek(self.start)
        text = self.out.read()
        return text
