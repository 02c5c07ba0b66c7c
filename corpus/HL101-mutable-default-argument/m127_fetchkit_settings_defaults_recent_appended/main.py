"""Crawler: each call fetches one new page with the client's default settings."""
import itertools

import fetchkit

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    request = fetchkit.fetch(f"https://shop.example.com/catalog?page={n}&sort=price")
    return request["timeout"], request["seen"]
