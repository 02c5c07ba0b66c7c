"""Docs build: `expand_abbreviations()` gives every <abbr> element of an XHTML
fragment a title from the project glossary, a defaultdict whose missing
terms read as an empty title; the terms without a title are returned so
the build can warn about them."""
import collections
import itertools
import xml.etree.ElementTree as ET

_pages = itertools.count()
GLOSSARY = {"XML": "Extensible Markup Language", "DOM": "Document Object Model"}


def expand_abbreviations(root, glossary=collections.defaultdict(str, GLOSSARY)):  # expect: HL101 confirmed
    missing = []
    for abbr in root.iter("abbr"):
        title = glossary[abbr.text]
        if not title:
            missing.append(abbr.text)
        abbr.set("title", title)
    return missing


def scenario():
    n = next(_pages)
    page = ET.fromstring("<p>The <abbr>XML</abbr> <abbr>DOM</abbr> of build <abbr>B%d</abbr></p>" % n)
    missing = expand_abbreviations(page)
    return missing, ET.tostring(page, encoding="unicode")
