"""VAT rates by region; the default table is only read."""


def lookup_rate(region, table={"eu": 20, "uk": 20, "us": 0, "ch": 8}):  # expect: HL101 refuted
    return table.get(region.lower(), 0)
