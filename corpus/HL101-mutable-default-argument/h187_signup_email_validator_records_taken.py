"""Signup accounts: __setattr__ looks the validator up in a per-account table
whose e-mail entry is the `email_check=EmailValidator()` default. The
validator matches the pattern, rejects taken addresses and then adds the new
address to its `taken` set, so the shared instance keeps every signup."""
import itertools
import re


class EmailValidator:
    PATTERN = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")

    def __init__(self):
        self.taken = {"admin@example.com", "root@example.com"}

    def __call__(self, value):
        value = value.strip().lower()
        if not self.PATTERN.fullmatch(value) or value in self.taken:
            raise ValueError(f"e-mail not allowed: {value!r}")
        self.taken.add(value)
        return value


class Account:
    def __init__(self, email, plan, email_check=EmailValidator()):  # expect: HL101 confirmed
        object.__setattr__(self, "_checks", {"email": email_check, "plan": str.lower})
        self.email = email
        self.plan = plan

    def __setattr__(self, name, value):
        check = self._checks.get(name)
        object.__setattr__(self, name, value if check is None else check(value))


_signups = itertools.count()


def scenario():
    n = next(_signups)
    account = Account(f"Dev.Team{n}@Example.org", ("Free", "Pro", "Team")[n % 3])
    return account.email, account.plan
