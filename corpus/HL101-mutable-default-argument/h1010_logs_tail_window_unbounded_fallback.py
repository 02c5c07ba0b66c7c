"""Log tailing: follow() appends each new line to a window kept in the
options under "lines" and returns the visible tail. The window is trimmed to
options["keep"] lines; with no "keep" entry the fallback disables trimming."""
import itertools

_lines = itertools.count(1)


class _Window:
    def __init__(self, options, keep):
        self.lines = options.setdefault("lines", [])
        self.keep = keep

    def push(self, line):
        self.lines.append(line)
        if self.keep:
            del self.lines[:-self.keep]
        return self.lines[-3:]


def follow(line, options={}):  # expect: HL101 confirmed
    keep = options.get("keep", None)
    window = _Window(options, keep)
    return "\n".join(window.push(line.rstrip()))


def scenario():
    n = next(_lines)
    return follow(f"2024-05-01T10:{n % 60:02d} worker[{n}] job done\n")
