"""Sessions: a slotted session object carries the user's roles; support staff escalate one session per ticket.

`Session.__init__` copies its `roles=[]` default into a fresh list for each
instance, so `grant()` appending a per-ticket role only touches that session's
own list, which goes away with the session. The default list stays empty, and
`__getattr__` only reads its alias table.
"""
import datetime
import itertools


class Session:
    __slots__ = ("user_id", "roles", "created")

    def __init__(self, user_id, created, roles=[]):  # expect: HL101 refuted
        self.user_id = user_id
        self.roles = list(roles)
        self.created = created

    def __getattr__(self, name, _aliases={"uid": "user_id", "perms": "roles"}):  # expect: HL101 refuted
        target = _aliases.get(name)
        if target is None:
            raise AttributeError(name)
        return getattr(self, target)

    def grant(self, role):
        if role not in self.roles:
            self.roles.append(role)

    def can(self, action):
        return action in self.roles or f"sudo:{action}" in self.perms


class SessionStore:
    def __init__(self):
        self.by_token = {}

    def open(self, token, user_id, now, roles=None):
        session = Session(user_id, now) if roles is None else Session(user_id, now, roles)
        self.by_token[token] = session
        return session

    def close(self, token):
        self.by_token.pop(token, None)


def escalate(session, ticket_id):
    """Support grants a temporary, ticket-scoped role for one action."""
    session.grant(f"ticket:{ticket_id}")
    return session.can(f"ticket:{ticket_id}")


STORE = SessionStore()
_T0 = datetime.datetime(2024, 5, 1, 9, 0, tzinfo=datetime.timezone.utc)
_seq = itertools.count()


def scenario():
    n = next(_seq)
    token = f"tok-{n:08d}"
    now = _T0 + datetime.timedelta(seconds=n)
    if n % 5 == 0:
        session = STORE.open(token, f"admin{n}", now, roles=["admin"])
    else:
        session = STORE.open(token, f"user{n}", now)
    allowed = escalate(session, 40_000 + n)
    STORE.close(token)
    return allowed, session.uid
