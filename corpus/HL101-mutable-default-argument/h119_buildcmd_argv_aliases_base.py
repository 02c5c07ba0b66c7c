"""Build system: `compiler_argv` assembles a compiler command line from an
options dict, dispatching on each value's type (switch, single value,
repeated value) and skipping disabled options. It names the `base` list
default `argv` and appends to it, so the defines and paths of every compile
job are added to that one list and each command line grows."""
import itertools
import shlex

_jobs = itertools.count()


def compiler_argv(src, options, base=["cc", "-c"]):  # expect: HL101 confirmed
    argv = base
    for key, value in sorted(options.items()):
        if value is False or value is None:
            continue
        if value is True:
            argv.append(f"-{key}")
        elif isinstance(value, (list, tuple)):
            argv.extend(f"-{key}{item}" for item in value)
        else:
            argv.append(f"-{key}{value}")
    argv += [src, "-o", src.rsplit(".", 1)[0] + ".o"]
    return argv


def scenario():
    n = next(_jobs)
    options = {"O": 2, "g": True, "pg": False, "I": ["include", f"gen/job{n}"], "D": [f"BUILD_ID={n}"]}
    return shlex.join(compiler_argv(f"src/module{n}.c", options))
