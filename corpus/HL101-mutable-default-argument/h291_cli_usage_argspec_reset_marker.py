"""CLI help: usage() prints every option of a command together with its
default, read from inspect.getfullargspec() so the help text can never drift
from the code. reset_note() marks the first default as reset and reports it."""
import inspect
import itertools

_runs = itertools.count()


def deploy(
    target,
    regions=["eu-west-1"],  # expect: HL101 confirmed
    *,
    # heaplint-todo: usage() reads the defaults of the command it is given as a parameter: outside code may call it with deploy, and heaplint does not run it on the functions it may be given (heaplint: unknown)
    tags={"team": "infra"},  # expect: HL101 refuted
    dry_run=False,
):
    return f"deploy {target} to {','.join(regions)} tags={sorted(tags)} dry={dry_run}"


def usage(cmd, run):
    spec = inspect.getfullargspec(cmd)
    defaults = spec.defaults or ()
    lines = [f"usage #{run}: {cmd.__name__} {spec.args[0].upper()}"]
    for name, value in zip(spec.args[len(spec.args) - len(defaults):], defaults):
        lines.append(f"  --{name}  (default: {value!r})")
    for name, value in (spec.kwonlydefaults or {}).items():
        lines.append(f"  --{name}  (default: {value!r})")
    return "\n".join(lines)


def reset_note(cmd, run):
    spec = inspect.getfullargspec(cmd)
    spec.defaults[0].append(f"<reset {run}>")
    return f"run {run}: {cmd.__name__} defaults restored to {spec.defaults[0]!r}"


def scenario():
    n = next(_runs)
    return usage(deploy, n), reset_note(deploy, n), deploy(f"svc-{n}")
