def unique_entries(entries, seen=set()):  # expect: HL101 confirmed
    """Yield feed entries whose guid (or link) has not been seen yet."""
    for entry in entries:
        guid = entry.get("guid") or entry.get("link", "")
        guid = guid.strip().lower()
        if not guid or guid in seen:
            continue
        yield entry
        seen.add(guid)


def normalise(item):
    title = (item.get("title") or "").strip()
    if not title:
        return None
    out = dict(item)
    out["title"] = " ".join(title.split())
    return out
