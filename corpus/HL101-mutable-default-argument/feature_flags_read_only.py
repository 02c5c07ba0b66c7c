"""Feature-flag check: the default set of beta features is only read."""
import itertools


def is_enabled(flag, user, beta_flags={"new-search", "bulk-export", "dark-mode"}):  # expect: HL101 refuted
    if flag in beta_flags:
        return user.endswith("@staff.example.org")
    return True


_users = itertools.count()


def scenario():
    n = next(_users)
    is_enabled("bulk-export", f"user{n}@example.org")
    is_enabled("billing", f"user{n}@staff.example.org")
