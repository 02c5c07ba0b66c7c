"""Template includes: render() guards against a template including itself
with a set default of the names currently being rendered. The name is
discarded in a finally clause, so a template that raises KeyError on a
missing variable is removed from the set just like a successful one."""
import itertools
import string

_ids = itertools.count()


def render(name, source, context, _active=set()):  # expect: HL101 refuted
    if name in _active:
        raise RecursionError(f"template {name!r} includes itself")
    _active.add(name)
    try:
        return string.Template(source).substitute(context)
    finally:
        _active.discard(name)


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
