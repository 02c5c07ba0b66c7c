"""Plugin host: each request builds its own CSRF plugin, which registers its
hooks in a WeakKeyDictionary default keyed by the plugin, so the hooks should
vanish with the plugin. The values are the bound methods themselves, and a
bound method holds its plugin strongly, so no key ever dies."""
import itertools
import weakref


def register(plugin, *hook_names, _hooks=weakref.WeakKeyDictionary()):  # expect: HL101 confirmed
    _hooks.setdefault(plugin, []).extend(getattr(plugin, name) for name in hook_names)
    return _hooks


def fire(hooks, plugin, request):
    for hook in hooks.get(plugin, ()):
        request = hook(request) or request
    return request


class CsrfPlugin:
    def __init__(self, token):
        self.token = token

    def before_request(self, request):
        return dict(request, csrf_ok=request.get("csrf") == self.token)

    def after_request(self, request):
        request.setdefault("set_cookie", "csrftoken=%s; Path=/" % self.token)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    plugin = CsrfPlugin("%016x" % (n * 40503))
    hooks = register(plugin, "before_request", "after_request")
    return fire(hooks, plugin, {"path": "/cart/%d" % n, "csrf": plugin.token})
