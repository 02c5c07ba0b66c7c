"""JSON-RPC sessions: every session dispatches the built-in methods plus its own."""
import itertools
import json


def _ping():
    return "pong"


def _echo(*args):
    return list(args)


def make_dispatcher(extra=None, _builtin={"system.ping": _ping, "system.echo": _echo}):  # expect: HL101 refuted
    table = dict(_builtin)
    table.update(extra or {})

    def dispatch(raw):
        request = json.loads(raw)
        method = table.get(request["method"])
        if method is None:
            return json.dumps({"id": request["id"], "error": {"code": -32601}})
        return json.dumps({"id": request["id"], "result": method(*request.get("params", []))})
    return dispatch


def open_session(session_id, user):
    def whoami():
        return {"session": session_id, "user": user}
    return make_dispatcher({f"session.{session_id}.whoami": whoami})


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    dispatch = open_session(f"s{n:06d}", f"user{n % 11}")
    dispatch(json.dumps({"id": 1, "method": "system.echo", "params": [n, "hello"]}))
    return dispatch(json.dumps({"id": 2, "method": f"session.s{n:06d}.whoami"}))
