import copy

from .session import Session
from .transport import send

SETTINGS = {"API_URL": "https://api.example.invalid/", "MAX_REDIRECTS": "3"}
DEFAULT_SESSION = Session.from_env(SETTINGS)


def request(method, path, **kwargs):
    session = copy.deepcopy(DEFAULT_SESSION)
    return send(session, method.upper(), path, **kwargs)
