"""Meal planner: one weekly shopping list per call, for a new household."""
import itertools

import planner

_ids = itertools.count()


def scenario():
    n = next(_ids)
    needs = ["oats", "rice", f"spice-{n:05d}"]
    return planner.plan_week(f"house-{n}", needs)
