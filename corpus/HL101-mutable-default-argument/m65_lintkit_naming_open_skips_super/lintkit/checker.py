"""Base class every checker derives from."""


class BaseChecker:
    name = "base"
    msgs = {}

    def __init__(self, linter, seen=set()):  # expect: HL101 confirmed
        self.linter = linter
        self.seen = seen
        linter.register_messages(self.name, self.msgs)

    def open(self, filename):
        """Called by the linter before each file: reset per-file state."""
        self.filename = filename
        self.seen = set()

    def add_message(self, msgid, lineno, arg):
        key = (msgid, arg)
        if key in self.seen:
            return  # report each offending name once per file
        self.seen.add(key)
        self.linter.report(self.filename, lineno, msgid, self.msgs[msgid] % (arg,))

    def process_line(self, lineno, line):
        raise NotImplementedError
