"""Row helpers shared by the renderers."""


def with_footer(rows, label):
    total = 0
    for _, amount in rows:
        total += amount
    return [*rows, (label, total)]
