"""Experiment settings shared by every caller; QA accounts are pinned."""
EXPERIMENT = {
    "sticky": True,
    "buckets": ("control", "variant"),
    "assignments": {"user-qa-1": "variant", "user-qa-2": "control"},
}
