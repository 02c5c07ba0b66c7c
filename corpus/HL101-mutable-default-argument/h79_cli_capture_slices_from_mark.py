"""CLI test runner: commands print their output; the runner captures it per invocation for the report."""
import contextlib
import functools
import io
import itertools


# heaplint-todo: it flows into `contextlib.redirect_stdout()`, which heaplint cannot see (heaplint: unknown)
def captured(func, buf=io.StringIO()):  # expect: HL101 confirmed
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = buf.tell()
        with contextlib.redirect_stdout(buf):
            code = func(*args, **kwargs)
        output = buf.getvalue()[start:]
        return code, output
    return wrapper


@captured
def cmd_status(project, pending):
    print(f"On project {project}")
    for name in pending:
        print(f"  pending: {name}")
    return 1 if pending else 0


_runs = itertools.count()


def scenario():
    n = next(_runs)
    code, output = cmd_status(f"proj-{n}", [f"migration_{n}_{i:02d}" for i in range(n % 4)])
    return {"exit": code, "lines": output.count("\n")}
