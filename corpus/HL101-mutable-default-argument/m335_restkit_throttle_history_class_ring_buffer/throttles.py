"""Project throttles."""
import collections

from restkit import BaseThrottle


class LoginThrottle(BaseThrottle):
    rate = 5
    window = 30
    history = collections.deque(maxlen=32)
