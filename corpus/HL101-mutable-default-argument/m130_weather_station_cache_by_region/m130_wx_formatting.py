"""Renders a reading; `options` is only read, never written."""
import m130_wx_config as config


def render(city, reading, options={}):  # expect: HL101 refuted
    unit = options.get("unit", config.get("unit"))
    digits = options.get("precision", config.get("precision"))
    value = reading.celsius if unit == "C" else reading.celsius * 9 / 5 + 32
    return f"{city.name} ({reading.station.code}): {value:.{digits}f} {unit}"
