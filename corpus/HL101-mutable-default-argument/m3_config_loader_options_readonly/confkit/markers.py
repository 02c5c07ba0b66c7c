"""Sentinels shared by the loader."""


class _Missing:
    def __repr__(self):
        return "<MISSING>"


MISSING = _Missing()
