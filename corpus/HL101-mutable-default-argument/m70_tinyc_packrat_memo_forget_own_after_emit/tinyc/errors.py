"""Errors reported by the tinyc front end."""


class CompileError(Exception):
    def __init__(self, filename, message, pos):
        super().__init__(f"{filename}: token {pos}: {message}")
        self.filename = filename
        self.pos = pos
