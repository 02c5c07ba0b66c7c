"""Key-value shell: commands are dispatched with match; `set` pushes an undo record that `undo` pops."""
import itertools

STORE = {}


def execute(command, undo_log=[]):  # expect: HL101 refuted
    match command.split():
        case ["set", key, value]:
            undo_log.append((key, STORE.get(key)))
            STORE[key] = value
        case ["undo"] if undo_log:
            key, old = undo_log.pop()
            if old is None:
                STORE.pop(key, None)
            else:
                STORE[key] = old
        case ["get", key]:
            return STORE.get(key)
    return len(undo_log)


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    execute(f"set user:{n} active")
    execute(f"get user:{n}")
    execute("undo")
