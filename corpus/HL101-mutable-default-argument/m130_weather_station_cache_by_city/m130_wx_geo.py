"""Maps a city name to its region (a deterministic stand-in for a geocoder)."""
from m130_wx_constants import REGIONS
from m130_wx_models import City
from m130_wx_validators import clean_name


def city_from_name(raw):
    name = clean_name(raw)
    region = REGIONS[sum(map(ord, name)) % len(REGIONS)]
    return City(name, region)
