"""Test helpers: `CallRecorder` stands in for a collaborator and records each
call so the test can assert on it afterwards. Tests get their mail stub from
a `functools.partial` that fills in the name and return value but not the
call list, so every stub made that way appends to the one list default; the
last-call assertion still passes, which hides it."""
import functools
import itertools

_tests = itertools.count()


class CallRecorder:
    def __init__(self, name, calls=[], return_value=None):  # expect: HL101 confirmed
        self.name = name
        self.calls = calls
        self.return_value = return_value

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.return_value

    def assert_called_with(self, *args, **kwargs):
        assert self.calls and self.calls[-1] == (args, kwargs), f"{self.name}: {self.calls[-1:]}"


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
