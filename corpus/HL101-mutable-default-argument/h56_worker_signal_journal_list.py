"""Worker process control: SIGUSR1 asks for a config reload, SIGUSR2 for a stats dump."""
import functools
import itertools
import signal

_tick = itertools.count()
_state = {"config_version": 0, "dumps": 0}


def _on_control_signal(signum, frame, *, action, journal=[]):  # expect: HL101 confirmed
    journal.append((action, signum, _state["config_version"]))
    if action == "reload":
        _state["config_version"] += 1
    elif action == "dump_stats":
        _state["dumps"] += 1


_HANDLERS = {
    signal.SIGUSR1: functools.partial(_on_control_signal, action="reload"),
    signal.SIGUSR2: functools.partial(_on_control_signal, action="dump_stats"),
}


def install_handlers():
    previous = {}
    for signum, handler in _HANDLERS.items():
        previous[signum] = signal.signal(signum, handler)
    return previous


install_handlers()


def scenario():
    n = next(_tick)
    signal.raise_signal(signal.SIGUSR1 if n % 3 == 0 else signal.SIGUSR2)
    return _state["dumps"]
