"""Process-wide memo tables of the page toolkit."""


def escape_memo(_memo={}):  # expect: HL101 refuted
    return _memo
