"""Event handlers for the accounts service."""
from registry import handles


@handles("heartbeat")
def on_heartbeat(event):
    return {"status": "alive", "id": event["id"]}


@handles("signup")
def on_signup(event):
    user = event["user"]
    return {"status": "welcomed", "user": user, "mail": f"Welcome, {user}!"}


@handles("deleted")
def on_deleted(event):
    return {"status": "purged", "user": event["user"]}
