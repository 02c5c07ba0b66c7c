"""Rostering: each day's shifts are assigned to slot indices from enumerate over a fixed list of shift names."""
import itertools

SHIFTS = ["early", "day", "late", "night"]


def assign_day(staff, roster={}):  # expect: HL101 refuted
    for slot, shift in enumerate(SHIFTS):
        roster[slot] = (shift, staff[slot % len(staff)])
    return [who for _, who in roster.values()]


_days = itertools.count()


def scenario():
    n = next(_days)
    assign_day([f"nurse{n}-{i}" for i in range(3)])
