"""Shared plumbing for the readers: column selection and per-reader options."""


class Reader:
    name = "base"

    def __init__(
        self,
        columns=[],  # expect: HL101 refuted
        options={},  # expect: HL101 refuted
    ):
        self.columns = list(columns)
        self.options = dict(options)

    def read(self, text):
        raise NotImplementedError(f"{type(self).__name__}.read")
