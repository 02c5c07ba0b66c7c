def build_summary(rows, aggregator, totals={}):  # expect: HL101 refuted
    """Running totals for the dashboard; `aggregator` decides the grouping."""
    for row in rows:
        aggregator.add(totals, row)
    return aggregator.top(totals)
