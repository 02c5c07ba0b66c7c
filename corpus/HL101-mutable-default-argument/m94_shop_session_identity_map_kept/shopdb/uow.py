"""@unit_of_work: give a repository method a session, flush it afterwards."""
import functools

from . import session as session_module


def unit_of_work(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        session = session_module.open_session(self.bind)
        try:
            return method(self, session, *args, **kwargs)
        finally:
            session.flush()

    return wrapper
