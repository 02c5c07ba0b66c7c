from ..checker import BaseChecker


class LineLengthChecker(BaseChecker):
    name = "layout"
    msgs = {"C0301": "line too long (%d)"}

    def __init__(self, linter):
        super().__init__(linter)
        self.max_length = linter.max_line_length

    def process_line(self, lineno, line):
        if len(line) > self.max_length:
            self.add_message("C0301", lineno, len(line))
