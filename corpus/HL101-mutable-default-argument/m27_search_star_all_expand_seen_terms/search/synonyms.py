"""Synonym table maintained by the merchandising team."""
SYNONYMS = {
    "cheap": ("budget", "affordable"),
    "laptop": ("notebook",),
    "under": ("below",),
}
