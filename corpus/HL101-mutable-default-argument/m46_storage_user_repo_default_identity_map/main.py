"""Profile endpoint: one unit of work per request, loading the user through its repository."""
import itertools

from accounts import UserRepository
from storage import UnitOfWork

_ids = itertools.count(1000)


def fetch_row(table, key):
    return {"id": key, "table": table, "name": f"user{key}", "email": f"user{key}@example.test"}


def scenario():
    user_id = next(_ids)
    with UnitOfWork(fetch_row) as uow:
        users = UserRepository(uow)
        user = users.get(user_id)
        again = users.get(user_id)
        users.rename(user_id, user["name"].title())
    return user is again, uow.loads
