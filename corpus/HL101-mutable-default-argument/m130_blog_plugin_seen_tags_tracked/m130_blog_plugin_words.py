"""Adds a word count and a short summary."""
from m130_blog_base import Plugin
from m130_blog_constants import SUMMARY_WORDS
from m130_blog_text import first_words


class WordsPlugin(Plugin):
    def apply(self, post):
        post.words = len(post.body.split())
        post.summary = first_words(post.body, SUMMARY_WORDS)
        return post


PLUGIN = WordsPlugin
