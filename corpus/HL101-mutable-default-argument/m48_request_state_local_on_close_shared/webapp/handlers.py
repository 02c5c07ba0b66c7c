"""Request handlers; each borrows a connection and schedules its release."""
from . import db
from .context import state


def show_order(request):
    conn = db.connect(request["tenant"])
    state.defer(conn.close)
    rows = conn.query("SELECT id, total FROM orders WHERE id = ?", request["order"])
    return {"status": 200, "user": state.user, "rows": rows}


def health(request):
    return {"status": 200, "rows": []}
