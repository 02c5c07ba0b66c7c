"""The site's fixed set of sections."""

SECTIONS = ("news", "guides", "releases", "community")
