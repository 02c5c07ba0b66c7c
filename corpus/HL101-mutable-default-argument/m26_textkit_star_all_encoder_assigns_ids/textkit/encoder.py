"""Encoder: maps each token of a text to an integer id."""
from .helpers import *  # noqa: F403


def encode(text, vocab={}):  # expect: HL101 confirmed
    return [remember(word, vocab) for word in tokens(text)]  # noqa: F405
