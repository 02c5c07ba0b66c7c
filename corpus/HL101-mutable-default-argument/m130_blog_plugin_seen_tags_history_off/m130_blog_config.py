"""Site settings.

tag_history: remember every tag ever published, so posts can mark new tags.
"""
import m130_blog_constants as const

SETTINGS = {"plugins": const.PLUGINS, "tag_history": False}


def get(key):
    return SETTINGS[key]
