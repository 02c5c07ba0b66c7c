"""Session store: the parameter is annotated Dict[str, dict] = {} and each login stores its session in it."""
import itertools
from typing import Dict


def open_session(user: str, token: str, sessions: Dict[str, dict] = {}) -> dict:  # expect: HL101 confirmed
    session = {"user": user, "token": token}
    sessions[token] = session
    return session


def login(username):
    return open_session(username, f"tok-{username}")


_users = itertools.count()


def scenario():
    return login(f"user{next(_users)}")["token"]
