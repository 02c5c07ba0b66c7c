from i18n import _


def cart_header(user, count):
    greeting = _("Welcome back, %s") % user
    summary = _("%d items") % count
    return f"{greeting} | {_('Your cart')}: {summary} | {_('Checkout')}"
