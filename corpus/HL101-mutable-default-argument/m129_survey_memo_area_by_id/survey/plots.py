"""Plots: `cache` is the memo dict the Memo callable fills."""
from .helpers import *


def plot_area(corners, cache={}):  # expect: HL101 refuted
    return area(corners, cache)
