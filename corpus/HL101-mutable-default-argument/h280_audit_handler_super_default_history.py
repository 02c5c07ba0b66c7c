"""Audit log: AuditHandler.handle() records each security event in the
handler's history. LoginAuditHandler normalises login events and then
delegates to the base handler through super()."""
import itertools

_events = itertools.count()


class AuditHandler:
    def handle(self, event, history=[]):  # expect: HL101 confirmed
        history.append((event["type"], event["id"], event.get("user")))
        return history


class LoginAuditHandler(AuditHandler):
    def handle(self, event, history=None):
        event = dict(event, type="login", user=event["user"].lower())
        return super().handle(event)


def scenario():
    n = next(_events)
    handler = LoginAuditHandler()
    trail = handler.handle({"type": "auth", "id": f"evt-{n:07d}", "user": f"User{n}"})
    return len(trail)
