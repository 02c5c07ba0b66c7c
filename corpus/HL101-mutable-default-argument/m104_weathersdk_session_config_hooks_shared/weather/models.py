from collections import namedtuple

Reading = namedtuple("Reading", "city temp_c wind_kmh summary")


def make_reading(city, data):
    """Build a Reading from the raw JSON payload (Kelvin, metres per second)."""
    temp_c = round(data["temp"] - 273.15, 1)
    wind_kmh = round(data["wind"] * 3.6, 1)
    return Reading(city, temp_c, wind_kmh, data.get("summary", "").lower())
