"""tenancy: every shop is a subdomain; pick tenant and locale per request."""
import i18n

OVERRIDES = {"acme": {"welcome": "ACME welcomes you to {shop}!"}}


def select_locale(headers):
    for part in headers.get("Accept-Language", "").split(","):
        tag = part.split(";")[0].strip().lower()[:2]
        if tag in i18n.BUILTIN:
            return tag
    return "en"


def formatter_for(request):
    tenant = request["host"].partition(".")[0]
    locale = select_locale(request["headers"])
    if tenant in OVERRIDES:
        return i18n.Formatter(i18n, locale, tenant, OVERRIDES[tenant])
    return i18n.Formatter(i18n, locale, tenant)
