"""@unit_of_work: give a repository method a session, close it afterwards."""
import functools

from . import session as session_module


def unit_of_work(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        with session_module.open_session(self.bind) as session:
            return method(self, session, *args, **kwargs)

    return wrapper
