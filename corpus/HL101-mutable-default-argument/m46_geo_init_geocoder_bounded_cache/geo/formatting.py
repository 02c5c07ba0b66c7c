"""Map-pin labels."""


def pin_label(address, point):
    lat, lon = point
    ns = "N" if lat >= 0 else "S"
    ew = "E" if lon >= 0 else "W"
    return f"{address.split(',')[0]} @ {abs(lat):.2f}{ns} {abs(lon):.2f}{ew}"
