from utils import seqs


def active_warehouses(rows):
    return seqs.unique(row["warehouse"] for row in rows)
