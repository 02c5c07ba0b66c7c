"""Fixed reference data."""
REGIONS = ("north", "south", "east", "west", "coast", "alps", "lakes", "plain")
DEFAULT_UNIT = "C"
STATION_PREFIX = "ST-"
FEED_NAME = "regional-stations"
