"""Fixture feed: a never-ending row generator made once at import keeps every row in a default list; each test takes two rows with islice."""
import itertools


def rows(kind, produced=[]):  # expect: HL101 confirmed
    for n in itertools.count():
        row = {"kind": kind, "id": n, "name": f"{kind}-{n}"}
        produced.append(row)
        yield row


_users = rows("user")


def make_fixture():
    owner, guest = itertools.islice(_users, 2)
    return {"owner": owner["name"], "guest": guest["name"]}


def scenario():
    return make_fixture()
