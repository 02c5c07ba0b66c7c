"""Build front end: per-target compiler options are resolved on top of a profile's base options; the release resolver is a partial."""
import functools
import itertools


# heaplint-todo: called with new arguments as outside code would call it, resolve_options grows it; but this application uses resolve_options as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def resolve_options(target, overrides, profile="debug", base={"opt": "-O0", "warnings": "all", "std": "c11"}):  # expect: HL101 refuted
    if profile == "release":
        base["opt"] = "-O2"
    base.update(overrides)
    extra = sorted(key for key in base if key not in ("opt", "warnings", "std"))
    head = [f"--target={target}", base["opt"], f"-W{base['warnings']}", f"-std={base['std']}"]
    return head + [f"-{key}={base[key]}" for key in extra]


resolve_release = functools.partial(resolve_options, profile="release")
_targets = itertools.count()


def scenario():
    n = next(_targets)
    return " ".join(resolve_release(f"lib{n}", {"march": "x86-64", "I": f"include/{n}"}))
