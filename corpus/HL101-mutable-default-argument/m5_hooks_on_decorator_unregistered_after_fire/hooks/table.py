"""The hook table: one list of callbacks per event name."""


def hooks_for(event, _table={}):  # expect: HL101 refuted
    return _table.setdefault(event, [])
