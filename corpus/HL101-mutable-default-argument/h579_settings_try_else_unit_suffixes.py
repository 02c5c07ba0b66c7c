"""Settings loader: integer overrides from the environment are parsed with
try/except/else. A value that parses is recorded in `applied` in the else
branch so the startup banner can list it; a bad value is ignored. The
worker pool writes timeouts with a unit suffix ("30000ms"), so int()
raises every time and the else branch never runs."""
import itertools

_workers = itertools.count()


def apply_override(name, raw, applied=[]):  # expect: HL101 refuted
    try:
        value = int(raw)
    except ValueError:
        return None
    else:
        applied.append((name, value))
        return value


def configure(env):
    return {name: apply_override(name, raw) for name, raw in env.items()}


def scenario():
    n = next(_workers)
    return configure({f"WORKER_{n}_TIMEOUT": f"{30000 + n}ms"})
