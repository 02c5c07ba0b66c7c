"""User profiles keep an audit trail of assignments. __setattr__ runs the
length check registered in the class-level CHECKS map, then extends the
trail with `trail += [...]`, which extends the list in place: every profile
writes its entries into the `trail=[]` default that __init__ starts from."""
import itertools


class Length:
    def __init__(self, low, high):
        self.low, self.high = low, high

    def __call__(self, name, value):
        if not self.low <= len(value) <= self.high:
            raise ValueError(f"{name}: length must be {self.low}..{self.high}")


class Profile:
    CHECKS = {"username": Length(3, 32), "bio": Length(0, 280)}

    def __init__(self, username, bio, trail=[]):  # expect: HL101 confirmed
        object.__setattr__(self, "_trail", trail)
        self.username = username
        self.bio = bio

    def __setattr__(self, name, value):
        self.CHECKS[name](name, value)
        trail = self._trail
        trail += [f"{name}:{value}"]
        object.__setattr__(self, "_trail", trail)
        object.__setattr__(self, name, value)


_users = itertools.count()


def scenario():
    n = next(_users)
    profile = Profile(f"user{n}", f"Backend developer #{n}, likes tea")
    return len(profile._trail)
