"""Run a CLI entry point in-process and capture what it prints, line by line."""
import contextlib


class Result:
    def __init__(self, exit_code, output):
        self.exit_code = exit_code
        self.output = output


class _LineWriter:
    def __init__(self, lines):
        self.lines = lines
        self.pending = ""

    def write(self, text):
        *complete, self.pending = (self.pending + text).split("\n")
        self.lines.extend(complete)
        return len(text)

    def flush(self):
        pass


def invoke(main, argv, lines=[]):  # expect: HL101 confirmed
    start = len(lines)
    with contextlib.redirect_stdout(_LineWriter(lines)):
        exit_code = main(argv)
    return Result(exit_code, lines[start:])
