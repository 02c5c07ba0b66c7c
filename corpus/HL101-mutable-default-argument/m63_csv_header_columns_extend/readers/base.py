"""Shared plumbing for the file readers: column names and per-reader options."""


class MalformedRow(ValueError):
    """A source line that cannot be turned into a row."""


class Reader:
    """Turns the text of one uploaded file into a list of row dicts."""

    name = "base"

    def __init__(
        self,
        columns=[],  # expect: HL101 confirmed
        options={},  # expect: HL101 refuted
    ):
        self.columns = columns
        self.options = options

    def read(self, text):
        raise NotImplementedError(f"{type(self).__name__}.read")

    def __repr__(self):
        return f"<{type(self).__name__} {self.name} delimiter={self.options.get('delimiter')!r}>"
