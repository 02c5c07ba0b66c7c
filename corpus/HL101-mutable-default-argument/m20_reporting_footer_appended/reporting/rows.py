"""Row helpers shared by the renderers."""


def with_footer(rows, label):
    total = sum(amount for _, amount in rows)
    rows.append((label, total))
    return rows
