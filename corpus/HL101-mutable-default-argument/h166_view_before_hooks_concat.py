"""Per-request view handler: `build_handler()` makes an `attach_user()` hook
for the request's user and adds it to `before`, the hooks run ahead of the
view. `before = before + [...]` builds a new list for this handler, so the
default list stays empty and each hook goes away with its handler."""
import itertools

_requests = itertools.count()


def build_handler(view, user, before=[]):  # expect: HL101 refuted
    def attach_user(request):
        request["user"] = user
        request.setdefault("seen_by", []).append(user)

    before = before + [attach_user]

    def handler(request):
        for hook in before:
            hook(request)
        return view(request)

    return handler


def show_profile(request):
    return "profile of %s (%s)" % (request["user"], request["path"])


def scenario():
    n = next(_requests)
    handler = build_handler(show_profile, "user-%d" % n)
    return handler({"path": "/profile/%d" % n})
