"""Build system: `compiler_argv` assembles a compiler command line from an
options dict, dispatching on each value's type (switch, single value,
repeated value) and skipping disabled options. It starts from a copy of the
`base` list default (`argv = list(base)`), so the per-job defines and paths
go into a list of its own and the default keeps its two items."""
import itertools
import shlex

_jobs = itertools.count()


def compiler_argv(src, options, base=["cc", "-c"]):  # expect: HL101 refuted
    argv = list(base)
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
