"""Runs the configured plugins over a post, in order."""
import m130_blog_config as config
from m130_blog_registry import load as load_plugin


def run(post):
    for name in config.get("plugins"):
        post = load_plugin(name).apply(post)
    return post
