"""Protocol handlers: one call per decoded frame."""


def on_frame(frame, _sessions={}):  # expect: HL101 refuted
    match frame:
        case {"op": "hello", "sid": str(sid), "user": str(user)}:
            _sessions[sid] = {"user": user, "bytes": 0}
            return f"welcome {user}"
        case {"op": "msg", "sid": sid, "text": str(text) | bytes(text)} if sid in _sessions:
            _sessions[sid]["bytes"] += len(text)
            return None
        case {"op": "bye", "sid": sid}:
            state = _sessions.pop(sid, None)
            return state and f"bye {state['user']} ({state['bytes']} bytes)"
        case _:
            return "unknown frame"
