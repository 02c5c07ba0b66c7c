"""Process-wide memo tables of the page toolkit."""


def escape_memo(_memo={}):  # expect: HL101 confirmed
    return _memo
