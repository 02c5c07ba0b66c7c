def warn_once(message, detail="", seen=set()):  # expect: HL101 refuted
    """Report message the first time it is seen; return whether it was new."""
    if message in seen:
        return False
    seen.add(message)
    line = f"warning: {message}" + (f" ({detail})" if detail else "")
    return bool(line)


DEPRECATED = {"legacy_mode": "use compat = true", "threads": "use workers"}
