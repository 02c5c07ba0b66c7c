"""Format name -> plugin module; each module defines a Plugin class."""

FORMATS = {
    "csv": "exporters.formats.comma",
    "tsv": "exporters.formats.tabbed",
}
