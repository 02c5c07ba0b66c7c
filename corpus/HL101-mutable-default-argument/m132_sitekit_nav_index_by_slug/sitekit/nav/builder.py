"""build_nav(): the nav link for a page, resolved through an index of pages."""
from .links import link_for


def build_nav(page, index={}):  # expect: HL101 confirmed
    return link_for(page, index)
