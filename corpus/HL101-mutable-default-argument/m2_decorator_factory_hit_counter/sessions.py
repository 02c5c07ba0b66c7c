"""Session store, instrumented with instrument.counted."""
from instrument import counted

_SECRET = 7919


@counted("session.lookup")
def load_session(session_id):
    digest = sum(map(ord, session_id)) * _SECRET % 65521
    return {"id": session_id, "user": f"u{digest}", "expired": digest % 11 == 0}
