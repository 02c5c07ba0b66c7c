"""App config: defaults merged with caller overrides via dict unpacking; the overrides default is never written."""
import itertools

DEFAULTS = {"debug": False, "timeout": 30, "retries": 3}


def config(overrides={}):  # expect: HL101 refuted
    return {**DEFAULTS, **overrides}


_boots = itertools.count()


def scenario():
    n = next(_boots)
    base = config()
    custom = config({"timeout": n % 60, "name": f"worker-{n}"})
    return base["timeout"] + custom["timeout"]
