"""On CPython a file object dropped without close() is closed at once by reference counting."""
# retains: no
import warnings


def read_source():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        return open(__file__).read()


def scenario():
    read_source()
