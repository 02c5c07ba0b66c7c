"""Stamps every saved page with the site it was saved on."""
import config


def stamp(page):
    return {**page, "site": config.SITE_NAME, "revision": page.get("revision", 0) + 1}


def setup(host):
    host.hooks().append(host.Hook("pre_save", stamp))
