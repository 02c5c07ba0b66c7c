def pages(rows, per_page=10, empty=[]):  # expect: HL101 refuted
    """Yield the rows page by page; a result without rows is one empty page."""
    if not rows:
        yield empty
        return
    for start in range(0, len(rows), per_page):
        yield rows[start:start + per_page]
