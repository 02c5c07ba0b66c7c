"""Template includes: render() guards against a template including itself
with a set default of the names currently being rendered. The name is
discarded only after a successful substitute(), so a template that raises
KeyError on a missing variable leaves its name in the set for good."""
import itertools
import string

_ids = itertools.count()


def render(name, source, context, _active=set()):  # expect: HL101 confirmed
    if name in _active:
        raise RecursionError(f"template {name!r} includes itself")
    _active.add(name)
    text = string.Template(source).substitute(context)
    _active.discard(name)
    return text


def send_mail(n):
    user = {"user": f"customer-{n}"}
    body = render(f"emails/welcome/{n:06d}-body.txt", "Hello $user", user)
    try:
        render(f"emails/password-reset/{n:06d}-reminder.txt", "Dear $user, $link", user)
    except KeyError as exc:
        body += f" (reminder skipped: missing {exc})"
    return body


def scenario():
    return send_mail(next(_ids))
