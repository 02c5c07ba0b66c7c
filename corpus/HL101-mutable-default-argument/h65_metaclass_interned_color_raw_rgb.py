"""Avatars: each user gets a background colour; colours are interned by a metaclass."""
import itertools


class Interned(type):
    def __call__(cls, *args, _instances={}):  # expect: HL101 confirmed
        key = (cls, args)
        if key not in _instances:
            _instances[key] = super().__call__(*args)
        return _instances[key]


class Color(metaclass=Interned):
    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b

    def hex(self):
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def mix(self, other):
        return Color((self.r + other.r) // 2, (self.g + other.g) // 2, (self.b + other.b) // 2)


WHITE = Color(255, 255, 255)
PALETTE = [(66, 133, 244), (219, 68, 55), (244, 180, 0), (15, 157, 88), (171, 71, 188), (0, 172, 193)]


def avatar_rgb(user_id):
    return user_id % 256, (user_id >> 8) % 256, (user_id * 31) % 256


_users = itertools.count(1000)


def scenario():
    user_id = next(_users)
    return Color(*avatar_rgb(user_id)).mix(WHITE).hex()
