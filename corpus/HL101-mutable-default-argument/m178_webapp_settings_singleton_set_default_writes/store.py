"""Order store stand-in: derives a user's orders deterministically."""


def fetch_orders(user, page, limit):
    first = page * limit
    ids = range(first, first + min(limit, 3))
    return [{"id": f"{user}-{i}", "total": 10 * i + len(user)} for i in ids]
