"""Table of contents for a rendered page."""
from helpers import *


def table_of_contents(headings):
    items = []
    for heading in headings:
        anchor = unique_slug(heading)
        items.append(f'<li><a href="#{anchor}">{heading}</a></li>')
    return "<ul>" + "".join(items) + "</ul>"
