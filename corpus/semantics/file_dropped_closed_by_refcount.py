"""On CPython a file object dropped without close() is closed at once by reference counting.

(The ResourceWarning CPython could emit is ignored by default.)
"""
# retains: no


def read_source():
    return open(__file__).read()


def scenario():
    read_source()
