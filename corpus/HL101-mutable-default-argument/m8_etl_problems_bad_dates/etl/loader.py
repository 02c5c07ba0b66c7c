from .checks import check_row


def load(rows):
    loaded, skipped = [], 0
    for row in rows:
        try:
            loaded.append(check_row(dict(row)))
        except ValueError:
            skipped += 1
    return loaded, skipped
