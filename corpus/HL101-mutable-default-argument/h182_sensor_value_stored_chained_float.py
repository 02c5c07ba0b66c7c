"""Telemetry ingest: `read_celsius` keeps the latest reading per sensor in a
`readings` dict default for the diagnostics page, written in one chained
assignment `readings[id] = value = float(raw)`. The right-hand side runs
first, so when a new sensor reports a fault string float() raises ValueError
before the store; the caller marks the probe offline and the dict stays empty."""
import itertools

_probes = itertools.count()


def read_celsius(sensor_id, raw, readings={}):  # expect: HL101 refuted
    readings[sensor_id] = value = float(raw)
    return round(value, 1)


def poll(sensor_id, raw):
    try:
        return {"sensor": sensor_id, "celsius": read_celsius(sensor_id, raw)}
    except ValueError:
        return {"sensor": sensor_id, "status": "offline"}


def scenario():
    n = next(_probes)
    return poll(f"greenhouse-{n}/t1", f"probe-fault#{n}: open circuit on channel {n % 8}")
