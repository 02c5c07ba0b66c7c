"""Plugins are looked up by name: module m130_blog_plugin_<name>, attribute PLUGIN."""
import importlib


def load(name):
    module = importlib.import_module(f"m130_blog_plugin_{name}")
    return module.PLUGIN()
