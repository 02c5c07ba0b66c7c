"""link_for(): files the page under its nav key, links the entry filed there."""
from ..core import remember
from .keys import nav_key


def link_for(page, index):
    target = remember(index, nav_key(page), page)
    return f'<a href="/{target.section}/{target.slug}">{target.title}</a>'
