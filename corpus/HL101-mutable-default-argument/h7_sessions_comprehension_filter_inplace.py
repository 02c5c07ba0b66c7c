"""Auth: active sessions keyed by token; expired ones are filtered out with a comprehension and written back in place."""
import itertools

TTL = 10


def touch_session(token, now, sessions={}):  # expect: HL101 refuted
    sessions[token] = now
    alive = {t: seen for t, seen in sessions.items() if now - seen < TTL}
    sessions.clear()
    sessions.update(alive)
    return len(sessions)


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    touch_session(f"tok-{n:08x}", n)
