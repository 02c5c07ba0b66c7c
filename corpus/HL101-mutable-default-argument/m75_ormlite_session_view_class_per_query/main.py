"""Profile API: each request loads a user, their team, and a light user card."""
import itertools

from ormlite import Session
from shop.models import User

_requests = itertools.count()


def scenario():
    n = next(_requests)
    store = {
        "users": [{"id": n, "email": f"u{n}@example.com", "team_id": n % 5, "bio": "x" * (n % 7)}],
        "teams": [{"id": t, "name": f"team-{t}"} for t in range(5)],
    }
    session = Session(store)
    user = session.get(User, n)
    team = session.related(user, "teams")
    card = session.only(User, n, "id", "email")
    return user.email, team.name, vars(card)
