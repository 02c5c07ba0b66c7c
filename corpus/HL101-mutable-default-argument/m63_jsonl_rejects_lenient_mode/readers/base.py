"""Shared plumbing for the feed readers."""


class MalformedRow(ValueError):
    """A feed line that cannot be turned into a row."""


class Reader:
    name = "base"

    def __init__(
        self,
        columns=[],  # expect: HL101 refuted
        options={},  # expect: HL101 refuted
    ):
        self.columns = columns
        self.options = options
        self.strict = bool(options.get("strict", False))
