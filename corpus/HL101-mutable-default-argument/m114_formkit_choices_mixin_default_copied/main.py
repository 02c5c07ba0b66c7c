"""Signup page: each request renders the signup form with the visitor's referral code."""
import itertools

from forms import signup

_visits = itertools.count(1)


def scenario():
    n = next(_visits)
    return signup.render_signup(f"ref{n:05d}")
