"""Build front end: per-target compiler options are resolved on top of a profile's base options; the release resolver is a partial."""
import functools
import itertools


def resolve_options(target, overrides, profile="debug", base={"opt": "-O0", "warnings": "all", "std": "c11"}):  # expect: HL101 confirmed
    if profile == "release":
        base["opt"] = "-O2"
    base.update({f"{target}.{key}": value for key, value in overrides.items()})
    flags = sorted((k.split(".", 1)[1], v) for k, v in base.items() if k.startswith(target + "."))
    head = [f"--target={target}", base["opt"], f"-W{base['warnings']}", f"-std={base['std']}"]
    return head + [f"-{key}={value}" for key, value in flags]


resolve_release = functools.partial(resolve_options, profile="release")
_targets = itertools.count()


def scenario():
    n = next(_targets)
    return " ".join(resolve_release(f"lib{n}", {"march": "x86-64", "I": f"include/{n}"}))
