"""builtin_filters: the filters every template can use."""
from .filters import *


@template_filter("upper")
def upper(value):
    return str(value).upper()


@template_filter("money")
def money(value):
    return f"{value:,.2f}"


@template_filter("escape")
def escape(value):
    return str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
