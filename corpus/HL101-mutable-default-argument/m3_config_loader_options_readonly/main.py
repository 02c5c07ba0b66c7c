"""Service boot: each reload parses a small INI-like text and clamps worker settings."""
import itertools

from confkit import clamp, parse

_reloads = itertools.count()


def scenario():
    n = next(_reloads)
    text = f"# reload {n}\nworkers = {n % 64}\nname = svc{n}\ntimeout = {n % 900}\n"
    settings = parse(text)
    return clamp({"workers": int(settings["workers"]), "timeout": int(settings["timeout"])})
