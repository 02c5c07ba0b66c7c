"""Page: one piece of content (slug, section, title)."""
from dataclasses import dataclass


@dataclass
class Page:
    slug: str
    section: str
    title: str
