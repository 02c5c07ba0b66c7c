"""Telemetry ingest: `read_celsius` keeps the latest raw reading per sensor in
a `readings` dict default for the diagnostics page. It stores the raw text
first and parses it with float() afterwards. Every probe in the scenario is a
new sensor reporting a fault string, so float() raises ValueError (the caller
marks the probe offline) but the raw text is already stored under a new key."""
import itertools

_probes = itertools.count()


def read_celsius(sensor_id, raw, readings={}):  # expect: HL101 confirmed
    readings[sensor_id] = raw
    value = float(raw)
    return round(value, 1)


def poll(sensor_id, raw):
    try:
        return {"sensor": sensor_id, "celsius": read_celsius(sensor_id, raw)}
    except ValueError:
        return {"sensor": sensor_id, "status": "offline"}


def scenario():
    n = next(_probes)
    return poll(f"greenhouse-{n}/t1", f"probe-fault#{n}: open circuit on channel {n % 8}")
