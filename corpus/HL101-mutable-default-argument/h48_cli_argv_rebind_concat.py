"""Render argv lists for a git-like subprocess (only rendered for logging, never executed)."""
import itertools
import shlex

_ids = itertools.count()


def build_argv(command, options, prefix=["tool", "--no-color"]):  # expect: HL101 refuted
    argv = prefix
    argv = argv + [command]
    for key, value in sorted(options.items()):
        flag = "--" + key.replace("_", "-")
        if value is True:
            argv += [flag]
        elif value is False or value is None:
            continue
        elif isinstance(value, (list, tuple)):
            for item in value:
                argv += [flag, str(item)]
        else:
            argv += [flag, str(value)]
    return argv


def render(command, **options):
    return shlex.join(build_argv(command, options))


def render_as_root(command, **options):
    return shlex.join(build_argv(command, options, prefix=["sudo", "tool"]))


def scenario():
    n = next(_ids)
    line = render("clone", depth=n % 5 + 1, branch=f"release-{n}", quiet=True, mirror=False)
    admin = render_as_root("gc", prune=f"{n}.days.ago", exclude=("refs/stash",))
    assert line.startswith("tool --no-color clone") and admin.startswith("sudo tool gc")
