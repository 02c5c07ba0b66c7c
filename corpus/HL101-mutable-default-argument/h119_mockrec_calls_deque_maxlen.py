"""Test helpers: `CallRecorder` stands in for a collaborator and records its
calls. The call log default is a `deque(maxlen=5)` shared by every stub the
`functools.partial` builds, but it keeps only the last five calls (enough
for `assert_called_with`), dropping older ones as new ones arrive."""
import collections
import functools
import itertools

_tests = itertools.count()


class CallRecorder:
    # heaplint-todo: CallRecorder.__call__, which can store into it at line 19, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
    def __init__(self, name, calls=collections.deque(maxlen=5), return_value=None):  # expect: HL101 refuted
        self.name = name
        self.calls = calls
        self.return_value = return_value

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.return_value

    def assert_called_with(self, *args, **kwargs):
        assert self.calls and self.calls[-1] == (args, kwargs), f"{self.name}: {list(self.calls)}"


mail_stub = functools.partial(CallRecorder, "send_mail", return_value=True)


def signup(email, send_mail):
    account = {"email": email.lower(), "active": False}
    account["welcomed"] = send_mail(account["email"], subject="Welcome", template="welcome.txt")
    return account


def scenario():
    email = f"User{next(_tests)}@Example.test"
    send_mail = mail_stub()
    account = signup(email, send_mail)
    send_mail.assert_called_with(email.lower(), subject="Welcome", template="welcome.txt")
    return account["welcomed"]
