"""Plugins set up on every new room, by dotted module name."""

PLUGINS = ("chatbot.plugins.greeter", "chatbot.plugins.karma")
