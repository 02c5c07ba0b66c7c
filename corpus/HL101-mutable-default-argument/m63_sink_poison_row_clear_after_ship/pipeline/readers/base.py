"""Shared plumbing for the readers: column selection and per-reader options."""


class MalformedRow(ValueError):
    """A record that cannot be read or delivered."""


class Reader:
    name = "base"

    def __init__(
        self,
        columns=[],  # expect: HL101 refuted
        options={},  # expect: HL101 refuted
    ):
        self.columns = tuple(columns)
        self.options = options

    def read(self, text):
        raise NotImplementedError(f"{type(self).__name__}.read")
