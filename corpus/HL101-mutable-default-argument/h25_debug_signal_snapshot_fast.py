"""Debug helper: SIGUSR1 records a stack snapshot; workers raise it on slow requests."""
import itertools
import signal


# heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
def _on_usr1(signum, frame, _snapshots=[]):  # expect: HL101 refuted
    where = (frame.f_code.co_name, frame.f_lineno) if frame else ("?", 0)
    _snapshots.append(where)
    return len(_snapshots)


signal.signal(signal.SIGUSR1, _on_usr1)


def handle_request(path, elapsed_ms):
    if elapsed_ms > 250:
        signal.raise_signal(signal.SIGUSR1)
    return f"{path} {elapsed_ms}ms"


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return handle_request(f"/report/{n}", 30 + n % 50)
