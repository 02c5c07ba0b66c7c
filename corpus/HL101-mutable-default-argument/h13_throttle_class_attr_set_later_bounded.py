"""Login throttle: the class-level window is assigned after the class body; attempts keep only the last `window` timestamps."""
import itertools


class LoginThrottle:
    def allow(self, user, ts, attempts={}):  # expect: HL101 refuted
        key = user.split("@")[-1]
        recent = attempts.setdefault(key, [])
        recent.append(ts)
        del recent[: -self.window]
        return len(recent) < self.window


LoginThrottle.window = 3
_throttle = LoginThrottle()
_logins = itertools.count()


def scenario():
    n = next(_logins)
    return _throttle.allow(f"user{n}@example.org", 1_700_000_000 + n)
