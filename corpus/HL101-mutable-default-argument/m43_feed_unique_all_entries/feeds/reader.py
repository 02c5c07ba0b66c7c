from .parsing import normalise, unique_entries as _unique


def latest_headline(raw_items):
    entries = []
    for item in raw_items:
        entry = normalise(item)
        if entry is not None:
            entries.append(entry)
    titles = [entry["title"] for entry in _unique(entries)]
    return titles[0] if titles else None
