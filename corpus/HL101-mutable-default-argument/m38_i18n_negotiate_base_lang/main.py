import itertools

from i18n import Translator, negotiate_locale

_requests = itertools.count(1)
LANGS = ("de-CH", "fr-BE", "pt-BR", "en-GB", "de-AT")


class LocaleMiddleware:
    def process_request(self, request):
        locale = negotiate_locale(request["headers"].get("Accept-Language"))
        request["translator"] = Translator(locale)
        return request


middleware = LocaleMiddleware()


def scenario():
    n = next(_requests)
    # Mobile clients append a private-use subtag with their install id.
    header = "%s-x-app%d, en;q=0.7" % (LANGS[n % len(LANGS)], n)
    request = middleware.process_request({"path": "/cart", "headers": {"Accept-Language": header}})
    page = request["translator"].gettext("greeting", name="user%d" % n)
    assert page.endswith("user%d!" % n) or page.endswith("user%d !" % n), page
