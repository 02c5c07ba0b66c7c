__all__ = ["unseen"]


def unseen(entries, seen=set()):  # expect: HL101 refuted
    """Yield the entries whose guid has not come up earlier in this batch."""
    try:
        for entry in entries:
            if entry["guid"] in seen:
                continue
            seen.add(entry["guid"])
            yield entry
    finally:
        seen.clear()
