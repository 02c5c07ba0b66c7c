"""RSS feed writer: items are added with ElementTree.SubElement and a default attrib."""
import itertools
import xml.etree.ElementTree as ET


def add_item(channel, title, attrib={"type": "text"}):  # expect: HL101 unknown
    item = ET.SubElement(channel, "item", attrib)
    item.text = title
    item.set("guid", title.replace(" ", "-"))
    return item


_posts = itertools.count()


def scenario():
    n = next(_posts)
    channel = ET.Element("channel")
    add_item(channel, f"Release notes {n}")
    return ET.tostring(channel)
