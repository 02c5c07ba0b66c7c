"""webkit: a small view layer; views live in webkit.views, mixins in webkit.mixins."""
