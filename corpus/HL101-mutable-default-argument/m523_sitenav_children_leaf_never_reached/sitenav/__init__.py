"""sitenav: the site's navigation tree, parent path -> child paths."""
from .build import add_page
from .menu import render
