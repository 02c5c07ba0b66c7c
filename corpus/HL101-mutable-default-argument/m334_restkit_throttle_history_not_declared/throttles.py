"""Project throttles."""
from restkit import BaseThrottle


class LoginThrottle(BaseThrottle):
    rate = 5
    window = 30
