class Linter:
    def __init__(self, options={}):  # expect: HL101 refuted
        self.max_line_length = options.get("max_line_length", 79)
        self.checkers = []
        self.catalog = {}
        self.messages = []

    def register_checker(self, checker):
        self.checkers.append(checker)

    def register_messages(self, checker_name, msgs):
        for msgid, template in msgs.items():
            self.catalog[msgid] = (checker_name, template)

    def report(self, filename, lineno, msgid, text):
        self.messages.append(f"{filename}:{lineno}: {msgid} {text}")

    def check(self, source, filename):
        for checker in self.checkers:
            checker.open(filename)
        for lineno, line in enumerate(source.splitlines(), 1):
            for checker in self.checkers:
                checker.process_line(lineno, line)
        return self.messages
